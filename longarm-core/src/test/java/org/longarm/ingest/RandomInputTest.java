package org.longarm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.model.Article;

/** Every reader takes arbitrary bytes without throwing: each input ends as articles or problems. */
class RandomInputTest {
    private static final long SEED = Long.getLong("tests.seed", System.nanoTime());
    private static final String[] PIECES = {"{", "}", "[", "]", "\"text\"", "\"maintext\"", ":", ",", "\"", "\\", "\\u00",
            "\n", "\r\n", " ", "null", "12", "\"published\"", "\"2016-08-18 18:17:00\"", "\u00e9", "\ud83d\ude00",
            "\"id\"", "\"a b\"", "April 16, 2019", "(Yonhap) -", "\u0000", "\uFEFF"};

    @TempDir
    Path dir;

    @Test
    void randomBytesAndRandomJsonishTextNeverThrow() {
        Random random = new Random(SEED);
        String seed = "seed " + SEED + " (rerun with -Dtests.seed=" + SEED + ")";
        for (int round = 0; round < 200; round++) {
            String ext = List.of(".json", ".jsonl", ".jsonl.gz", ".txt").get(round % 4);
            byte[] bytes = random.nextBoolean() ? randomBytes(random) : jsonish(random);
            if (ext.endsWith(".gz") && random.nextInt(3) > 0) bytes = Fixtures.gzip(new String(bytes, StandardCharsets.ISO_8859_1));
            Path file = Fixtures.write(dir, "r" + round + ext, bytes);
            CollectingSink sink = new CollectingSink();
            try {
                Ingest.read(file, sink, new IngestLimits(5_000, 20_000));
            } catch (RuntimeException e) {
                throw new AssertionError("reading " + file + " threw, " + seed, e);
            }
            for (Article a : sink.articles) {
                assertTrue(!a.text().isBlank() && a.text().length() <= 5_000, seed);
            }
            for (IngestProblem p : sink.problems) {
                assertTrue(p.source().startsWith(file.toString()), seed + ": " + p);
                assertTrue(!p.reason().contains("Exception"), seed + ": " + p);
            }
            if (ext.equals(".txt")) assertEquals(1, sink.articles.size() + sink.problems.size(), seed);
        }
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(300)];
        random.nextBytes(b);
        return b;
    }

    private static byte[] jsonish(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(60);
        for (int i = 0; i < n; i++) sb.append(PIECES[random.nextInt(PIECES.length)]);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
