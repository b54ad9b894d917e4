package org.longarm.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import org.longarm.model.ArticleResult;
import org.longarm.model.Checks;
import org.longarm.model.Incident;

/**
 * Front door of the export formats of FORMATS.md; output is deterministic, byte for byte: records sorted by id
 * whatever the input order, fields in a fixed order, no timestamps, {@code \n} line ends. The writer is flushed,
 * not closed; callers give it UTF-8.
 */
public final class Exports {
    private Exports() {}

    /** One incident per line, sorted by id (FORMATS.md, "Incidents out"). */
    public static void incidentsJsonl(List<Incident> incidents, Writer out) throws IOException {
        for (Incident x : sortedIncidents(incidents)) out.write(IncidentJson.of(x) + "\n");
        out.flush();
    }

    /** One article per line, sorted by id (FORMATS.md, "Articles out"); near-copies name their original in duplicate_of. */
    public static void articlesJsonl(List<ArticleResult> articles, Writer out) throws IOException {
        Checks.notNull(articles, "articles");
        List<ArticleResult> sorted = articles.stream().sorted(Comparator.comparing(r -> r.article().id())).toList();
        java.util.Map<String, String> duplicateOf = org.longarm.link.Duplicates.find(sorted);
        for (ArticleResult r : sorted) out.write(ArticleJson.of(r, duplicateOf.get(r.article().id())) + "\n");
        out.flush();
    }

    /** A header row, then one row per incident sorted by id; RFC 4180 quoting, unknowns as empty fields. */
    public static void csv(List<Incident> incidents, Writer out) throws IOException {
        IncidentCsv.write(sortedIncidents(incidents), out);
        out.flush();
    }

    /** A FeatureCollection with a Point per incident that has coordinates, sorted by id. */
    public static void geojson(List<Incident> incidents, Writer out) throws IOException {
        IncidentGeoJson.write(sortedIncidents(incidents), out);
        out.flush();
    }

    /** One incident as the JSONL export writes it, without the line end: the object the REST API serves too. */
    public static String incidentJson(Incident incident) {
        return IncidentJson.of(Checks.notNull(incident, "incident"));
    }

    /** One article as the articles JSONL export writes it, without the line end. */
    public static String articleJson(ArticleResult article) {
        return ArticleJson.of(Checks.notNull(article, "article"));
    }

    private static List<Incident> sortedIncidents(List<Incident> incidents) {
        Checks.notNull(incidents, "incidents");
        return incidents.stream().sorted(Comparator.comparing(Incident::id)).toList();
    }
}
