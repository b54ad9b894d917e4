package org.longarm.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.longarm.export.Exports;
import org.longarm.store.Store;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The formats of {@code export --format}, by their names on the command line. */
enum ExportFormat {
    JSONL("jsonl") {
        @Override
        void write(Store store, Writer out) throws IOException {
            Exports.incidentsJsonl(store.incidents(), out);
        }
    },
    ARTICLES_JSONL("articles-jsonl") {
        @Override
        void write(Store store, Writer out) throws IOException {
            Exports.articlesJsonl(store.results(), out);
        }
    },
    CSV("csv") {
        @Override
        void write(Store store, Writer out) throws IOException {
            Exports.csv(store.incidents(), out);
        }
    },
    GEOJSON("geojson") {
        @Override
        void write(Store store, Writer out) throws IOException {
            Exports.geojson(store.incidents(), out);
        }
    };

    final String label;

    ExportFormat(String label) {
        this.label = label;
    }

    abstract void write(Store store, Writer out) throws IOException;

    @Override
    public String toString() {
        return label;
    }

    /** Parses a label, any case. */
    static final class Converter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            for (ExportFormat f : values()) if (f.label.equals(value.strip().toLowerCase(Locale.ROOT))) return f;
            throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", labels()));
        }
    }

    /** The labels, for help and completion. */
    static final class Labels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return labels().iterator();
        }
    }

    static List<String> labels() {
        List<String> out = new ArrayList<>();
        for (ExportFormat f : values()) out.add(f.label);
        return out;
    }
}
