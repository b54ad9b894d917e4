package org.longarm.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.longarm.model.Incident;
import org.longarm.model.Mention;
import org.longarm.model.Place;

/** Incidents as CSV: a header row, one row per incident, RFC 4180 quoting, {@code \n} line ends, unknowns empty. */
final class IncidentCsv {
    static final List<String> HEADER = List.of("id", "type", "status", "origin_state", "perpetrator", "target_count",
            "count_conflict", "country", "place", "lat", "lon", "time_from", "time_to", "articles",
            "independent_origins", "grade", "first_article", "first_mention");

    private IncidentCsv() {}

    static void write(List<Incident> sorted, Writer out) throws IOException {
        out.write(row(HEADER));
        for (Incident x : sorted) out.write(row(fields(x)));
    }

    private static List<String> fields(Incident x) {
        Place p = x.location();
        Mention first = x.mentions().isEmpty() ? null : x.mentions().get(0);
        List<String> f = new ArrayList<>(HEADER.size());
        f.add(x.id());
        f.add(x.type().name());
        f.add(x.status().name());
        f.add(x.originState());
        f.add(x.perpetrator());
        f.add(text(x.count()));
        f.add(Boolean.toString(x.countConflict()));
        f.add(p == null ? null : p.country());
        f.add(p == null ? null : p.place());
        f.add(p == null ? null : text(p.lat()));
        f.add(p == null ? null : text(p.lon()));
        f.add(text(x.from()));
        f.add(text(x.to()));
        f.add(Integer.toString(x.articles()));
        f.add(Integer.toString(x.origins().size()));
        f.add(x.grade());
        f.add(first == null ? null : first.span().articleId());
        f.add(first == null ? null : first.text());
        return f;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    static String row(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) b.append(',');
            b.append(quote(fields.get(i)));
        }
        return b.append('\n').toString();
    }

    /** A field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, quote or line break. */
    static String quote(String field) {
        if (field == null) return "";
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
