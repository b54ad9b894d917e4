package org.longarm.export;

import static org.longarm.export.JsonLines.date;
import static org.longarm.export.JsonLines.string;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.longarm.model.Incident;
import org.longarm.model.Place;

/**
 * Incidents with coordinates as a GeoJSON FeatureCollection of Points ([lon, lat], RFC 7946), one feature per
 * line so that versions diff well; incidents without coordinates are left out.
 */
final class IncidentGeoJson {
    private IncidentGeoJson() {}

    static void write(List<Incident> sorted, Writer out) throws IOException {
        out.write("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean any = false;
        for (Incident x : sorted) {
            Place p = x.location();
            if (p == null || p.lat() == null) continue;
            out.write(any ? ",\n" : "\n");
            out.write(feature(x, p));
            any = true;
        }
        out.write(any ? "\n]}\n" : "]}\n");
    }

    private static String feature(Incident x, Place p) {
        return JsonLines.of(g -> {
            g.writeStartObject();
            string(g, "type", "Feature");
            g.writeObjectFieldStart("geometry");
            string(g, "type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(p.lon());
            g.writeNumber(p.lat());
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            string(g, "id", x.id());
            string(g, "type", x.type().name());
            string(g, "status", x.status().name());
            string(g, "place", p.place());
            string(g, "country", p.country());
            date(g, "time_from", x.from());
            date(g, "time_to", x.to());
            g.writeEndObject();
            g.writeEndObject();
        });
    }
}
