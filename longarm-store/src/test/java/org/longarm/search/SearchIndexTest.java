package org.longarm.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.model.Incident;
import org.longarm.model.IncidentType;
import org.longarm.model.Status;
import org.longarm.model.TargetKind;
import org.longarm.store.testkit.IncidentBuilder;

class SearchIndexTest {
    @TempDir
    Path data;

    static List<Incident> incidents() {
        return List.of(
                IncidentBuilder.incident("i1").type(IncidentType.ABDUCTION).perpetrator("Ministry of State Security")
                        .location("CHN", "Dandong", 40.1, 124.4).time("2019-03-01", "2019-03-31")
                        .mention("a1", 0, "agents seized two defectors near the river").build(),
                IncidentBuilder.incident("i2").type(IncidentType.FORCED_RETURN).status(Status.COMPLETED)
                        .location("CHN", "Shenyang", 41.8, 123.4).time("2016-05-01", "2016-05-01")
                        .target("three women", TargetKind.GROUP)
                        .mention("a2", 5, "police repatriated three women").build(),
                IncidentBuilder.incident("i3").type(IncidentType.ASSASSINATION).status(Status.ATTEMPTED)
                        .perpetrator("Reconnaissance General Bureau").location("MYS", "Kuala Lumpur", 3.1, 101.7)
                        .mention("a3", 0, "an attempt on the life of an exiled general").build());
    }

    static SearchQuery q(IncidentType type, String country, LocalDate since, LocalDate until, String text) {
        return new SearchQuery(type, null, country, since, until, text, 0, 50);
    }

    @Test
    void openBuildsAMissingIndexAndFindsEverythingNewestFirstUndatedLast() {
        try (SearchIndex index = SearchIndex.open(data, incidents())) {
            assertTrue(Files.isDirectory(data.resolve("index")));
            SearchResult r = index.search(SearchQuery.all(10));
            assertEquals(3, r.total());
            assertEquals(List.of("i1", "i2", "i3"), r.ids());
        }
    }

    @Test
    void fullTextMatchesMentionsNamesAndPlacesWithStemming() {
        try (SearchIndex index = SearchIndex.open(data, incidents())) {
            assertEquals(List.of("i2"), index.search(q(null, null, null, null, "repatriate")).ids());
            assertEquals(List.of("i3"), index.search(q(null, null, null, null, "reconnaissance")).ids());
            assertEquals(List.of("i1"), index.search(q(null, null, null, null, "Dandong")).ids());
            assertEquals(List.of("i2"), index.search(q(null, null, null, null, "women")).ids());
            assertEquals(0, index.search(q(null, null, null, null, "seized women")).total(), "all words must match");
            assertEquals(0, index.search(q(null, null, null, null, "\"two women\"")).total());
        }
    }

    @Test
    void filtersByTypeCountryAndDatesLikeTheCommandLine() {
        try (SearchIndex index = SearchIndex.open(data, incidents())) {
            assertEquals(List.of("i1", "i2"), index.search(q(null, "CHN", null, null, null)).ids());
            assertEquals(List.of("i2"), index.search(q(IncidentType.FORCED_RETURN, null, null, null, null)).ids());
            assertEquals(List.of("i1"), index.search(q(null, null, LocalDate.parse("2019-03-15"), null, null)).ids());
            assertEquals(List.of("i2"), index.search(q(null, null, null, LocalDate.parse("2018-01-01"), null)).ids());
        }
    }

    @Test
    void facetsCountAllHitsByDimension() {
        try (SearchIndex index = SearchIndex.open(data, incidents())) {
            Map<String, Map<String, Integer>> f = index.search(SearchQuery.all(1)).facets();
            assertEquals(Map.of("CHN", 2, "MYS", 1), f.get("country"));
            assertEquals(Map.of("2019", 1, "2016", 1), f.get("year"));
            assertEquals(1, f.get("type").get("ASSASSINATION"));
            assertEquals(Map.of("Ministry of State Security", 1, "Reconnaissance General Bureau", 1), f.get("perpetrator"));
            assertEquals(Map.of("CHN", 1), index.search(q(IncidentType.ABDUCTION, null, null, null, null)).facets().get("country"));
        }
    }

    @Test
    void idsListsEveryHitInSearchOrder() {
        try (SearchIndex index = SearchIndex.open(data, incidents())) {
            assertEquals(List.of("i1", "i2", "i3"), index.ids(SearchQuery.all(1)));
            assertEquals(List.of("i1", "i2"), index.ids(q(null, "CHN", null, null, null)));
        }
    }

    @Test
    void pagesByOffset() {
        try (SearchIndex index = SearchIndex.open(data, incidents())) {
            SearchResult second = index.search(SearchQuery.all(2).page(2, 2));
            assertEquals(3, second.total());
            assertEquals(List.of("i3"), second.ids());
        }
    }

    @Test
    void outOfStepIndexIsRebuiltAndAnOpenIndexSeesAnotherWritersCommit() {
        SearchIndex.rebuild(data, incidents().subList(0, 1));
        assertFalse(SearchIndex.inStep(data, incidents()));
        try (SearchIndex index = SearchIndex.open(data, incidents())) {
            assertTrue(SearchIndex.inStep(data, incidents()));
            assertEquals(3, index.size());
            SearchIndex.rebuild(data, incidents().subList(1, 3));
            assertEquals(3, index.search(SearchQuery.all(10)).total(), "the open reader keeps its commit until refreshed");
            assertTrue(index.refresh());
            assertEquals(List.of("i2", "i3"), index.search(SearchQuery.all(10)).ids());
            assertFalse(index.refresh());
        }
    }

    @Test
    void emptyStoreGivesAnEmptyIndexWithEmptyFacets() {
        try (SearchIndex index = SearchIndex.open(data, List.of())) {
            SearchResult r = index.search(q(null, null, null, null, "anything"));
            assertEquals(0, r.total());
            assertTrue(r.facets().get("type").isEmpty());
        }
    }
}
