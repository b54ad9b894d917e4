package org.longarm.export;

import static org.longarm.export.JsonLines.date;
import static org.longarm.export.JsonLines.number;
import static org.longarm.export.JsonLines.string;
import static org.longarm.export.JsonLines.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.longarm.model.ArticleIncident;
import org.longarm.model.Incident;
import org.longarm.model.Mention;
import org.longarm.model.Place;
import org.longarm.model.Target;

/** One incident as the JSONL export writes it (FORMATS.md, "Incidents out"), fields in a fixed order. */
final class IncidentJson {
    private IncidentJson() {}

    static String of(Incident x) {
        return JsonLines.of(g -> write(g, x));
    }

    private static void write(JsonGenerator g, Incident x) throws IOException {
        g.writeStartObject();
        string(g, "id", x.id());
        string(g, "type", x.type().name());
        string(g, "status", x.status().name());
        string(g, "origin_state", x.originState());
        g.writeFieldName("perpetrator");
        if (x.perpetrator() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            string(g, "name", x.perpetrator());
            strings(g, "aliases", x.perpetratorAliases());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("targets");
        for (Target t : x.targets()) {
            g.writeStartObject();
            string(g, "name", t.name());
            string(g, "kind", t.kind().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeCount(g, x);
        writeLocation(g, x.location());
        g.writeObjectFieldStart("time");
        date(g, "from", x.from());
        date(g, "to", x.to());
        g.writeEndObject();
        g.writeArrayFieldStart("mentions");
        for (Mention m : x.mentions()) writeMention(g, m);
        g.writeEndArray();
        strings(g, "origins", x.origins());
        g.writeObjectFieldStart("corroboration");
        g.writeNumberField("articles", x.articles());
        g.writeNumberField("independent_origins", x.origins().size());
        string(g, "grade", x.grade());
        strings(g, "reasons", x.reasons());
        g.writeEndObject();
        string(g, "plover", x.type().plover());
        string(g, "cameo", x.type().cameo());
        string(g, "pipeline", x.pipeline());
        writeSources(g, x);
        g.writeArrayFieldStart("candidate_links");
        for (org.longarm.model.CandidateLink l : x.candidates()) {
            g.writeStartObject();
            string(g, "incident", l.incident());
            g.writeNumberField("score", l.score());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** What each article said, so that differing statuses, perpetrators, counts and times stay visible per source. */
    private static void writeSources(JsonGenerator g, Incident x) throws IOException {
        g.writeArrayFieldStart("by_article");
        for (ArticleIncident r : x.reports()) {
            g.writeStartObject();
            string(g, "article", r.articleId());
            string(g, "status", r.status().name());
            string(g, "perpetrator", r.perpetrator() == null ? null : r.perpetrator().name());
            g.writeFieldName("count");
            if (r.count() == null) g.writeNull();
            else g.writeNumber(r.count().value());
            string(g, "country", r.location() == null ? null : r.location().country());
            date(g, "from", r.time().from());
            date(g, "to", r.time().to());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeCount(JsonGenerator g, Incident x) throws IOException {
        g.writeFieldName("target_count");
        if (x.count() == null && x.countByArticle().isEmpty()) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        number(g, "value", x.count());
        g.writeObjectFieldStart("by_article");
        for (Map.Entry<String, Integer> e : new TreeMap<>(x.countByArticle()).entrySet()) {
            number(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeBooleanField("conflict", x.countConflict());
        g.writeEndObject();
    }

    private static void writeLocation(JsonGenerator g, Place p) throws IOException {
        g.writeFieldName("location");
        if (p == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "country", p.country());
        string(g, "place", p.place());
        number(g, "lat", p.lat());
        number(g, "lon", p.lon());
        g.writeEndObject();
    }

    private static void writeMention(JsonGenerator g, Mention m) throws IOException {
        g.writeStartObject();
        string(g, "article", m.span().articleId());
        g.writeNumberField("start", m.span().start());
        g.writeNumberField("end", m.span().end());
        string(g, "text", m.text());
        string(g, "status", m.status().name());
        g.writeBooleanField("hedged", m.hedged());
        g.writeObjectFieldStart("attribution");
        string(g, "kind", m.attribution().kind().name());
        string(g, "source", m.attribution().source());
        g.writeEndObject();
        g.writeFieldName("trigger");
        if (m.trigger() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeNumberField("start", m.trigger().start());
            g.writeNumberField("end", m.trigger().end());
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
