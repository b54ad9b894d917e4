package org.longarm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;
import org.longarm.model.Attribution;
import org.longarm.model.AttributionKind;
import org.longarm.model.Incident;
import org.longarm.model.IncidentType;
import org.longarm.model.Mention;
import org.longarm.model.Perpetrator;
import org.longarm.model.Place;
import org.longarm.model.Status;
import org.longarm.model.Target;
import org.longarm.model.TargetCount;
import org.longarm.model.TargetKind;
import org.longarm.model.TextSpan;
import org.longarm.model.TimeInterval;
import org.longarm.store.testkit.ArticleResultBuilder;
import org.longarm.store.testkit.IncidentBuilder;

class StoreTest {
    @TempDir
    Path dir;

    static final String TEXT = "Officials said agents of the security ministry seized two men in Dandong last March, "
            + "according to a named activist. Café owners were questioned.";

    /** An article whose one incident has every role filled, spans everywhere, a hedge and a named attribution. */
    static ArticleResult rich(String id) {
        String phrase = "agents of the security ministry seized two men in Dandong last March";
        int s = TEXT.indexOf(phrase);
        Mention m = new Mention(new TextSpan(id, s, s + phrase.length()), phrase, IncidentType.ABDUCTION,
                Status.COMPLETED, true,
                new Attribution(AttributionKind.NAMED_SOURCE, "a named activist", new TextSpan(id, 100, 116)),
                new TextSpan(id, s + 32, s + 38));
        ArticleIncident inc = new ArticleIncident(id, IncidentType.ABDUCTION, Status.COMPLETED, "PRK",
                new Perpetrator("Ministry of State Security", "security ministry", new TextSpan(id, s + 14, s + 31)),
                List.of(new Target("two men", TargetKind.GROUP, new TextSpan(id, s + 39, s + 46))),
                new TargetCount(2, new TextSpan(id, s + 39, s + 42)),
                new Place("CHN", "Dandong", 40.1374, 124.3856, new TextSpan(id, s + 50, s + 57)),
                new TimeInterval(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31), "last March",
                        new TextSpan(id, s + 58, s + 68)),
                List.of(m));
        return ArticleResultBuilder.article(id).text(TEXT).flags("no-outlet", "sniffed-date")
                .extraJson("{\"author\":\"Ünal\",\"tags\":[1,2]}").cites("Daily NK", "Yonhap")
                .mentioning(IncidentType.THREAT, Status.ONGOING, "were questioned")
                .incident(inc).build();
    }

    static Incident richIncident(String id) {
        ArticleResult r = rich("a1");
        return IncidentBuilder.incident(id).perpetrator("Ministry of State Security", "MSS", "bowibu")
                .target("two men", TargetKind.GROUP).target("Kim", TargetKind.PERSON)
                .count(2).countIn("a1", 2).countIn("a0", 3).conflict(true)
                .location("CHN", "Dandong", 40.1374, -124.3856).time("2019-03-01", "2019-03-31")
                .mention(r.incidents().get(1).first()).mention("a0", 5, "text, with \"quotes\"")
                .origins("Yonhap", "Daily NK").grade("B2").report(r.incidents().get(1)).report(r.incidents().get(0))
                .build();
    }

    @Test
    void openCreatesTheDataFolderWithItsParentsAndTheDatabaseFile() {
        Path data = dir.resolve("a/b/data");
        try (Store s = Store.open(data)) {
            assertEquals(List.of(), s.results());
        }
        assertTrue(Files.isRegularFile(data.resolve(Store.FILE_NAME)));
    }

    @Test
    void aSavedArticleReadsBackEqualWithEveryField() {
        ArticleResult r = rich("a1");
        try (Store s = Store.open(dir)) {
            s.save(r);
            assertEquals(List.of(r), s.results());
            assertEquals(Optional.of(r), s.article("a1"));
        }
        try (Store s = Store.open(dir)) {
            assertEquals(List.of(r), s.results(), "after reopening");
        }
    }

    @Test
    void anArticleWithUnknownsAndNoIncidentsReadsBackEqual() {
        ArticleResult r = ArticleResultBuilder.article("bare").outlet(null).url(null).published(null).title(null)
                .language(null).source(null).text("").candidate(false).build();
        try (Store s = Store.open(dir)) {
            s.save(r);
            assertEquals(Optional.of(r), s.article("bare"));
            assertEquals(Optional.empty(), s.article("other"));
        }
    }

    @Test
    void hasIsTrueOnlyForTheStoredIdWithTheSameHash() {
        ArticleResult r = rich("a1");
        try (Store s = Store.open(dir)) {
            assertFalse(s.has("a1", r.article().sha256()));
            s.save(r);
            assertTrue(s.has("a1", r.article().sha256()));
            String otherText = ArticleResultBuilder.article("a1").text(TEXT + " More.").buildArticle().sha256();
            assertFalse(s.has("a1", otherText));
            assertFalse(s.has("a2", r.article().sha256()));
        }
    }

    @Test
    void savingAChangedTextReplacesTheArticleButKeepsItsFirstImportTime() {
        MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
        ArticleResult first = rich("a1");
        ArticleResult second = ArticleResultBuilder.article("a1").text("A shorter text, changed.").pipeline("test-2").build();
        try (Store s = Store.open(dir, clock)) {
            s.save(first);
            clock.now = Instant.parse("2024-02-02T00:00:00Z");
            s.save(second);
            assertEquals(List.of(second), s.results());
            assertTrue(s.has("a1", second.article().sha256()));
            assertFalse(s.has("a1", first.article().sha256()));
            assertEquals(Optional.of(Instant.parse("2024-01-01T00:00:00Z")), s.importedAt("a1"));
            s.save(ArticleResultBuilder.article("a2").build());
            assertEquals(Optional.of(Instant.parse("2024-02-02T00:00:00Z")), s.importedAt("a2"));
        }
    }

    @Test
    void replacingAnArticleRewritesItsMentionRows() throws SQLException {
        try (Store s = Store.open(dir)) {
            s.save(rich("a1"));
            assertEquals(2, countRows("SELECT COUNT(*) FROM article_mention WHERE article_id = 'a1'"));
            s.save(ArticleResultBuilder.article("a1").text("nothing here").build());
            assertEquals(0, countRows("SELECT COUNT(*) FROM article_mention WHERE article_id = 'a1'"));
        }
    }

    @Test
    void resultsAndIdsAreSortedById() {
        try (Store s = Store.open(dir)) {
            for (String id : List.of("b", "a10", "C", "a2")) s.save(ArticleResultBuilder.article(id).build());
            assertEquals(List.of("C", "a10", "a2", "b"), s.results().stream().map(r -> r.article().id()).toList());
            assertEquals(List.of("C", "a10", "a2", "b"), s.articleIds());
        }
    }

    @Test
    void idsSortAsJavaStringsDoWhateverTheDatabaseCollation() {
        List<String> ids = List.of("\uD83D\uDE00x", "\uFFFDy", "é", "z", "Z");
        try (Store s = Store.open(dir)) {
            for (String id : ids) s.save(ArticleResultBuilder.article(id).build());
            List<String> sorted = ids.stream().sorted().toList();
            assertEquals(sorted, s.articleIds());
            assertEquals(sorted, s.results().stream().map(r -> r.article().id()).toList());
            s.replaceIncidents(ids.stream().map(id -> IncidentBuilder.incident(id).build()).toList());
            assertEquals(sorted, s.incidents().stream().map(Incident::id).toList());
        }
    }

    @Test
    void saveAllStoresEveryArticleOrNoneWhenOneFails() {
        try (Store s = Store.open(dir)) {
            s.saveAll(List.of(rich("a1"), rich("a2")));
            assertEquals(List.of("a1", "a2"), s.articleIds());
            int[] calls = {0};
            s.articles.midSave = () -> { if (++calls[0] == 2) throw new IllegalStateException("boom"); };
            assertThrows(IllegalStateException.class, () -> s.saveAll(List.of(rich("a3"), rich("a4"))));
            assertEquals(List.of("a1", "a2"), s.articleIds());
        }
    }

    @Test
    void theSchemaHasTheDocumentedTablesAndColumns() throws SQLException {
        try (Store s = Store.open(dir)) {
            for (String sql : List.of(
                    "SELECT id, outlet, url, published, title, text, language, extra_json, flags, source, sha256,"
                            + " imported_at, candidate, relevant, pipeline_version, result_json FROM article",
                    "SELECT id, type, status, origin_state, country, time_from, time_to, pipeline_version, json FROM incident",
                    "SELECT incident_id, article_id, start_offset, end_offset, type FROM incident_mention",
                    "SELECT article_id, incident_index, mention_index, start_offset, end_offset, type, status"
                            + " FROM article_mention")) {
                assertEquals(0, countRows("SELECT COUNT(*) FROM (" + sql + ") t"), sql);
            }
        }
    }

    @Test
    void migrationsUseNoSqliteOnlySyntax() throws Exception {
        Path migrations = Path.of(Store.class.getResource("/db/migration").toURI());
        List<Path> files;
        try (var list = Files.list(migrations)) {
            files = list.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            String sql = Files.readString(f).toUpperCase(java.util.Locale.ROOT);
            for (String bad : List.of("AUTOINCREMENT", "PRAGMA", "WITHOUT ROWID", "INSERT OR", "ON CONFLICT",
                    "REPLACE INTO", "DATETIME(", "STRFTIME(", " BLOB", " REAL", "IF NOT EXISTS")) {
                assertFalse(sql.contains(bad), f.getFileName() + " uses " + bad.trim());
            }
        }
    }

    @Test
    void aStoreWithASchemaFromTheFutureIsRefusedWithAClearError() throws SQLException {
        Store.open(dir).close();
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success)"
                    + " SELECT 99, '99', 'future', type, 'V99__future.sql', 0, installed_by, installed_on, 0, 1"
                    + " FROM flyway_schema_history WHERE version = '1'");
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("99"), e.getMessage());
    }

    @Test
    void aSaveThatFailsHalfwayLeavesThePreviousVersionWhole() {
        ArticleResult before = rich("a1");
        try (Store s = Store.open(dir)) {
            s.save(before);
            s.articles.midSave = () -> { throw new IllegalStateException("boom"); };
            ArticleResult after = ArticleResultBuilder.article("a1").text("changed").build();
            assertThrows(IllegalStateException.class, () -> s.save(after));
            s.articles.midSave = () -> {};
            assertEquals(List.of(before), s.results());
            assertTrue(s.has("a1", before.article().sha256()));
        }
    }

    @Test
    void anIncidentReadsBackEqualWithEveryField() {
        Incident i = richIncident("i1");
        Incident bare = IncidentBuilder.incident("i0").originState(null).mention("a1", 0, "Officials").build();
        try (Store s = Store.open(dir)) {
            s.replaceIncidents(List.of(i, bare));
            assertEquals(List.of(bare, i), s.incidents());
            assertEquals(Optional.of(i), s.incident("i1"));
            assertEquals(Optional.empty(), s.incident("i9"));
        }
    }

    @Test
    void replaceIncidentsDropsTheOldSetAndIndexesMentionsByArticle() {
        try (Store s = Store.open(dir)) {
            s.replaceIncidents(List.of(richIncident("i1"), IncidentBuilder.incident("i2").mention("a7", 0, "x").build()));
            assertEquals(List.of("i1"), s.incidentIdsMentioning("a0"));
            assertEquals(List.of("i2"), s.incidentIdsMentioning("a7"));
            Incident only = IncidentBuilder.incident("i3").mention("a1", 0, "y").build();
            s.replaceIncidents(List.of(only));
            assertEquals(List.of(only), s.incidents());
            assertEquals(List.of(), s.incidentIdsMentioning("a7"));
            assertEquals(List.of("i3"), s.incidentIdsMentioning("a1"));
        }
    }

    @Test
    void aFailedReplaceOfIncidentsKeepsTheOldSet() {
        Incident old = richIncident("i1");
        Incident dup = IncidentBuilder.incident("i2").build();
        try (Store s = Store.open(dir)) {
            s.replaceIncidents(List.of(old));
            assertThrows(StoreException.class, () -> s.replaceIncidents(List.of(dup, dup)));
            assertEquals(List.of(old), s.incidents());
        }
    }

    @Test
    void statsCountArticlesCandidatesRelevantAndIncidents() {
        try (Store s = Store.open(dir)) {
            s.save(rich("a1"));
            s.save(ArticleResultBuilder.article("a2").build());
            s.save(ArticleResultBuilder.article("a3").candidate(false).build());
            s.replaceIncidents(List.of(richIncident("i1")));
            assertEquals(new Store.Stats(3, 2, 1, 1), s.stats());
        }
    }

    @Test
    void theJournalIsAWriteAheadLogAndCloseCheckpointsIt() throws SQLException {
        Store s = Store.open(dir);
        s.save(rich("a1"));
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertEquals("wal", rs.getString(1));
        }
        s.close();
        Path wal = dir.resolve(Store.FILE_NAME + "-wal");
        assertTrue(!Files.exists(wal) || wal.toFile().length() == 0, "the log is written back on close");
    }

    @Test
    void closingTwiceIsHarmlessAndUseAfterCloseFails() {
        Store s = Store.open(dir);
        s.close();
        s.close();
        assertThrows(IllegalStateException.class, s::results);
    }

    @Test
    void aStoreLeftOpenAfterWritingReopensConsistent() throws SQLException {
        Store abandoned = Store.open(dir);
        abandoned.save(rich("a1"));
        abandoned.save(rich("a2"));
        abandoned.replaceIncidents(List.of(richIncident("i1")));
        // never closed: the next opener must see every committed write and nothing half-done
        try (Store s = Store.open(dir)) {
            assertEquals(List.of(rich("a1"), rich("a2")), s.results());
            assertEquals(List.of(richIncident("i1")), s.incidents());
            s.save(rich("a3"));
            assertEquals(3, s.articleIds().size());
        }
        assertEquals("ok", integrityCheck());
        abandoned.close();
    }

    private String integrityCheck() throws SQLException {
        return StoreFiles.integrityCheck(dir);
    }

    private int countRows(String sql) throws SQLException {
        return StoreFiles.countRows(dir, sql);
    }

    private Connection connect() throws SQLException {
        return StoreFiles.connect(dir);
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}
