package org.longarm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.model.IncidentType;
import org.longarm.store.testkit.IncidentBuilder;

class ReviewsTest {
    @TempDir
    Path dir;

    static final Instant T0 = Instant.parse("2024-01-02T03:04:05Z");

    @Test
    void reviewsAreNumberedListedNewestFirstAndAudited() {
        try (Store store = Store.open(dir)) {
            Review a = store.addReview(new Review(0, "i1", "confirmed", "two sources", "ana", T0), "{\"verdict\":\"confirmed\"}");
            Review b = store.addReview(new Review(0, "i1", "needs_work", "", "ben", T0.plusSeconds(60)), "{}");
            store.addReview(new Review(0, "i2", "rejected", null, "ana", T0.plusSeconds(120)), "{}");
            assertEquals(1, a.id());
            assertEquals(List.of(b, a), store.reviews("i1"));
            List<AuditEntry> audit = store.audit(10);
            assertEquals(3, audit.size());
            assertEquals("i2", audit.get(0).target());
            assertEquals("review", audit.get(2).action());
            assertEquals("{\"verdict\":\"confirmed\"}", audit.get(2).detailJson());
            assertEquals(2, store.audit(2).size());
        }
    }

    @Test
    void reviewsSurviveReplacingTheIncidentsAndReopening() {
        try (Store store = Store.open(dir)) {
            store.replaceIncidents(List.of(IncidentBuilder.incident("i1").mention("a1", 0, "seized").build()));
            store.addReview(new Review(0, "i1", "confirmed", "ok", "ana", T0), "{}");
            store.replaceIncidents(List.of());
            store.replaceIncidents(List.of(IncidentBuilder.incident("i1").mention("a1", 0, "seized").build()));
        }
        try (Store store = Store.open(dir)) {
            assertEquals(1, store.reviews("i1").size());
        }
    }

    @Test
    void watchesAreStoredAndAudited() {
        try (Store store = Store.open(dir)) {
            Watch w = new Watch("abc123", "China abductions", IncidentType.ABDUCTION, "CHN", " agents ", "ana", T0);
            store.addWatch(w, "{}");
            assertEquals(List.of(w), store.watches());
            assertEquals("agents", store.watch("abc123").orElseThrow().query());
            assertTrue(store.watch("nope").isEmpty());
            assertEquals("watch", store.audit(1).get(0).action());
        }
    }

    @Test
    void badVerdictsAndOverlongNotesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Review(0, "i1", "maybe", "", "ana", T0));
        assertThrows(IllegalArgumentException.class, () -> new Review(0, "i1", "confirmed", "x".repeat(Review.MAX_NOTE + 1), "ana", T0));
    }

    @Test
    void dataDirIsWhereTheStoreWasOpened() {
        try (Store store = Store.open(dir)) {
            assertEquals(dir, store.dataDir());
        }
    }
}
