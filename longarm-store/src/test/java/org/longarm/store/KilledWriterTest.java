package org.longarm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.model.ArticleResult;

/** A JVM killed with SIGKILL in the middle of an import leaves whole articles (with all their results) or none. */
class KilledWriterTest {
    @TempDir
    Path dir;

    @Test
    void aWriterKilledMidImportLeavesOnlyWholeArticles() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                StoreWriterProcess.class.getName(), dir.toString()).redirectErrorStream(true).start();
        int saved = -1;
        List<String> other = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; saved < 3 * StoreWriterProcess.IDS && (line = r.readLine()) != null; ) {
                if (line.startsWith("saved ")) saved = Integer.parseInt(line.substring(6));
                else other.add(line);
            }
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the writer did not die");
        }
        if (saved < 3 * StoreWriterProcess.IDS) fail("the writer stopped after " + saved + " saves: " + other);
        assertEquals(137, p.exitValue(), "killed by SIGKILL");

        assertEquals("ok", integrityCheck());
        try (Store store = Store.open(dir)) {
            List<ArticleResult> results = store.results();
            assertEquals(StoreWriterProcess.IDS, results.size(), "every id was saved at least twice before the kill");
            int mentions = 0;
            for (ArticleResult stored : results) {
                int version = StoreWriterProcess.version(stored);
                assertTrue(version >= 2, stored.article().id() + " lost a committed version: " + version);
                assertEquals(StoreWriterProcess.expected(stored.article().id(), version), stored);
                assertTrue(store.has(stored.article().id(), stored.article().sha256()));
                mentions += stored.incidents().size();
            }
            assertEquals(mentions, countRows("SELECT COUNT(*) FROM article_mention"), "mention rows match the results");
            assertEquals(0, countRows("SELECT COUNT(*) FROM article_mention m WHERE NOT EXISTS"
                    + " (SELECT 1 FROM article a WHERE a.id = m.article_id)"), "no orphan mention rows");
        }
    }

    private String integrityCheck() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private int countRows(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
    }
}
