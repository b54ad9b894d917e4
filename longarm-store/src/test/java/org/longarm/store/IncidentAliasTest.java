package org.longarm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.model.Attribution;
import org.longarm.model.Incident;
import org.longarm.model.IncidentType;
import org.longarm.model.Mention;
import org.longarm.model.Status;
import org.longarm.model.TextSpan;

/** When a new article joins two incidents into one, the old ids still resolve, to the incident that holds them. */
class IncidentAliasTest {
    @TempDir
    Path dir;

    private static Mention mention(String article) {
        return new Mention(new TextSpan(article, 0, 4), "fled", IncidentType.DEFECTION, Status.COMPLETED, false, Attribution.AUTHOR, null);
    }

    private static Incident incident(String id, String... articles) {
        List<Mention> ms = java.util.Arrays.stream(articles).map(IncidentAliasTest::mention).toList();
        return new Incident(id, IncidentType.DEFECTION, Status.COMPLETED, "PRK", null, List.of(), List.of(), null, Map.of(), false,
                null, null, null, ms, List.of(), articles.length, "C3", List.of(), "p1");
    }

    @Test
    void mergedIncidentsKeepTheirOldIdsAsAliases() {
        try (Store store = Store.open(dir)) {
            store.replaceIncidents(List.of(incident("inc-a", "a1"), incident("inc-b", "b1")));
            store.replaceIncidents(List.of(incident("inc-c", "a1", "b1", "c1")));
            assertEquals("inc-c", store.incident("inc-a").orElseThrow().id());
            assertEquals("inc-c", store.incident("inc-b").orElseThrow().id());
            assertEquals(List.of("inc-c"), store.incidents().stream().map(Incident::id).toList());
        }
    }

    @Test
    void aliasesFollowTheirIncidentThroughLaterMerges() {
        try (Store store = Store.open(dir)) {
            store.replaceIncidents(List.of(incident("inc-a", "a1"), incident("inc-b", "b1")));
            store.replaceIncidents(List.of(incident("inc-c", "a1", "b1")));
            store.replaceIncidents(List.of(incident("inc-d", "a0", "a1", "b1")));
            assertEquals("inc-d", store.incident("inc-a").orElseThrow().id());
            assertEquals("inc-d", store.incident("inc-c").orElseThrow().id());
        }
    }

    @Test
    void anUnknownIdStaysUnknown() {
        try (Store store = Store.open(dir)) {
            store.replaceIncidents(List.of(incident("inc-a", "a1")));
            assertTrue(store.incident("inc-zzz").isEmpty());
        }
    }
}
