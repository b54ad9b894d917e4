package org.longarm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.model.Incident;
import org.longarm.model.IncidentType;
import org.longarm.model.Status;
import org.longarm.search.SearchIndex;
import org.longarm.store.Store;
import org.longarm.store.testkit.IncidentBuilder;

/** The API over 10,000 incidents: every page, the stats, the map and the feed answer quickly and in full. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleTest {
    static final int N = 10_000;
    static final String[][] PLACES = {{"CHN", "Dandong", "40.13", "124.39"}, {"CHN", "Shenyang", "41.8", "123.43"},
        {"RUS", "Vladivostok", "43.1", "131.9"}, {"MYS", "Kuala Lumpur", "3.14", "101.69"}, {"VNM", "Hanoi", "21.03", "105.85"}};

    @TempDir
    static Path data;
    Server server;
    Http http;

    /** {@code n} incidents spread over types, statuses, places and months, stored and indexed. */
    static List<Incident> many(Path dir, int n) {
        List<Incident> out = new ArrayList<>(n);
        IncidentType[] types = IncidentType.values();
        Status[] statuses = Status.values();
        for (int i = 0; i < n; i++) {
            String[] p = PLACES[i % PLACES.length];
            LocalDate from = LocalDate.of(2000, 1, 1).plusDays((i * 37L) % 8000);
            out.add(IncidentBuilder.incident(String.format("inc-%05d", i)).type(types[i % types.length])
                    .status(statuses[i % statuses.length]).perpetrator(i % 3 == 0 ? "Ministry of State Security" : "Reconnaissance General Bureau")
                    .location(p[0], p[1], Double.parseDouble(p[2]), Double.parseDouble(p[3])).time(from, from.plusDays(i % 40))
                    .mention("art-" + (i / 2), 10, "agents seized person number " + i + " near " + p[1]).build());
        }
        try (Store store = Store.open(dir)) {
            store.replaceIncidents(out);
            SearchIndex.rebuild(dir, out);
        }
        return out;
    }

    @BeforeAll
    void start() {
        many(data, N);
        server = Server.start(data, "127.0.0.1", 0, "scale-token-0123456789abcdef", Clock.systemUTC(), System.err);
        http = new Http(server.url());
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    HttpResponse<String> timed(String path, long maxMillis) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.get(path);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(ms < maxMillis, path + " took " + ms + " ms");
        return r;
    }

    @Test
    void listPagesAreSmallAndTheLastPageIsReachable() {
        JsonNode first = Http.json(timed("/api/incidents", 3000));
        assertEquals(N, first.get("total").asInt());
        assertEquals(50, first.get("items").size());
        JsonNode last = Http.json(timed("/api/incidents?limit=500&cursor=" + Params.cursorFor(N - 20), 3000));
        assertEquals(20, last.get("items").size());
        assertTrue(last.get("next").isNull());
        JsonNode text = Http.json(timed("/api/incidents?q=Hanoi&type=FORCED_RETURN", 3000));
        long expected = 0;
        for (int i = 0; i < N; i++) {
            if (PLACES[i % PLACES.length][1].equals("Hanoi") && IncidentType.values()[i % IncidentType.values().length] == IncidentType.FORCED_RETURN) expected++;
        }
        assertTrue(expected > 0);
        assertEquals(expected, text.get("total").asLong());
    }

    @Test
    void statsMapAndFeedAggregateEverything() {
        JsonNode stats = Http.json(timed("/api/stats", 5000));
        assertEquals(N, stats.get("incidents").asInt());
        int months = 0;
        for (JsonNode n : stats.get("by_month")) months += n.asInt();
        assertEquals(N, months);
        JsonNode map = Http.json(timed("/api/map", 5000));
        assertEquals(PLACES.length, map.get("points").size());
        String feed = timed("/feeds/incidents.atom", 5000).body();
        assertEquals(50, feed.split("<entry>", -1).length - 1);
    }
}
