package org.longarm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.model.ArticleResult;

/**
 * A JVM killed with SIGKILL in the middle of saving an article leaves whole articles with all their results: the
 * interrupted save is absent, the version before it whole, every other article as last committed.
 */
class KilledWriterTest {
    static final int STALL_AT = 2 * StoreWriterProcess.IDS + 7;

    @TempDir
    Path dir;

    @Test
    void aWriterKilledInTheMiddleOfASaveLeavesOnlyWholeArticles() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                StoreWriterProcess.class.getName(), dir.toString(), Integer.toString(STALL_AT))
                .redirectErrorStream(true).start();
        boolean stalled = false;
        List<String> other = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; !stalled && (line = r.readLine()) != null; ) {
                if (line.equals("stalled " + STALL_AT)) stalled = true;
                else if (!line.startsWith("saved ")) other.add(line);
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the writer did not die");
        } finally {
            p.destroyForcibly();
        }
        if (!stalled) fail("the writer ended before it stalled: " + other);
        assertEquals(137, p.exitValue(), "killed by SIGKILL");

        assertEquals("ok", integrityCheck());
        TreeMap<String, ArticleResult> expected = new TreeMap<>();
        for (int i = 0; i < STALL_AT; i++) {
            String id = StoreWriterProcess.id(i);
            expected.put(id, StoreWriterProcess.expected(id, StoreWriterProcess.version(i)));
        }
        try (Store store = Store.open(dir)) {
            List<ArticleResult> results = store.results();
            assertEquals(summary(expected.values()), summary(results), "id=version of each article");
            assertEquals(List.copyOf(expected.values()), results, "each article as its last committed save left it");
            int mentions = results.stream().mapToInt(r -> r.incidents().stream().mapToInt(x -> x.mentions().size()).sum()).sum();
            assertEquals(mentions, countRows("SELECT COUNT(*) FROM article_mention"), "mention rows match the results");
            String interrupted = StoreWriterProcess.id(STALL_AT);
            assertTrue(store.has(interrupted, expected.get(interrupted).article().sha256()), "the previous version");
        }
    }

    private static String summary(Collection<ArticleResult> results) {
        return results.stream().map(r -> r.article().id() + "=" + r.pipelineVersion()).collect(Collectors.joining(" "));
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
}
