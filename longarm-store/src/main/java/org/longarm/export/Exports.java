package org.longarm.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.longarm.model.ArticleResult;
import org.longarm.model.Incident;

/** Front door of the export formats of FORMATS.md; output is deterministic, byte for byte. */
public final class Exports {
    private Exports() {}

    public static void incidentsJsonl(List<Incident> incidents, Writer out) throws IOException {
        throw new UnsupportedOperationException("TODO");
    }

    public static void articlesJsonl(List<ArticleResult> articles, Writer out) throws IOException {
        throw new UnsupportedOperationException("TODO");
    }

    public static void csv(List<Incident> incidents, Writer out) throws IOException {
        throw new UnsupportedOperationException("TODO");
    }

    public static void geojson(List<Incident> incidents, Writer out) throws IOException {
        throw new UnsupportedOperationException("TODO");
    }
}
