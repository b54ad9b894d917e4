package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.longarm.cli.RobustSupport.JSON;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.store.Store;

/**
 * {@code kill -9} in the middle of an import, then the same import again: the store ends exactly as after one
 * uninterrupted import. The import to kill runs in a separate JVM ({@code org.longarm.cli.Main}, the test's class
 * path). The moment is made deterministic by the input order: after the first article comes a broken file, so the
 * line naming it on standard error means one article is stored and the rest are still to come; the process is killed
 * on that line, and the test checks that it was indeed killed part-way.
 */
class KilledImportTest {
    private static final String BROKEN = "r01b-broken.json";

    @TempDir
    Path tmp;

    @Test
    void importKilledMidwayThenRunAgainEndsWithTheExportsOfAnUninterruptedImport() throws Exception {
        Path in = tmp.resolve("in");
        List<Path> corpus = RobustSupport.copyCorpus(in);
        assertEquals("r01.json", corpus.get(0).getFileName().toString(), "the corpus must start with r01.json");
        Files.writeString(in.resolve(BROKEN), "{\"id\": \"r01b\", \"text\": \"never closed");
        Files.writeString(in.resolve("r01c-long.json"), longReport());
        int total = corpus.size() + 1;

        Path killed = tmp.resolve("killed");
        long t0 = System.nanoTime();
        int storedAtKill = killMidway(in, killed);
        long t1 = System.nanoTime();
        assertTrue(storedAtKill >= 1 && storedAtKill < total,
                "the kill should land part-way: " + storedAtKill + " of " + total + " articles stored");

        Cli.Run resumed = Cli.run("import", in.toString(), "--data", killed.toString());
        Path fresh = tmp.resolve("fresh");
        long t2 = System.nanoTime();
        Cli.Run uninterrupted = Cli.run("import", in.toString(), "--data", fresh.toString());
        System.out.printf(java.util.Locale.ROOT, "KilledImportTest: killed after %d of %d articles; %.1f s to the kill,"
                + " %.1f s to run it again, %.1f s for the uninterrupted import%n", storedAtKill, total, (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);

        assertEquals(1, uninterrupted.status(), uninterrupted::toString); // the broken file
        assertEquals(uninterrupted.status(), resumed.status(), resumed::toString);
        assertTrue(resumed.err().contains(total + " articles read: " + (total - storedAtKill) + " new, " + storedAtKill
                + " unchanged, 1 rejected"), resumed::toString);
        RobustSupport.assertNoStackTrace(resumed.err());
        Map<String, String> expected = RobustSupport.exports(fresh);
        assertTrue(RobustSupport.jsonLines(expected.get("jsonl")).size() >= 3, "the corpus should give incidents");
        RobustSupport.assertSameExports(expected, RobustSupport.exports(killed), "killed import run again");
        try (Store a = Store.open(killed); Store b = Store.open(fresh)) {
            assertEquals(b.stats(), a.stats());
        }
    }

    /** Runs the import in another JVM, kills it (SIGKILL) once it names the broken file, returns the articles stored. */
    private int killMidway(Path in, Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx2g", "-Xss4m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "import", in.toString(), "--data", data.toString())
                .directory(tmp.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("LONGARM_DEBUG");
        pb.environment().remove("LONGARM_DATA");
        Process p = pb.start();
        StringBuffer err = new StringBuffer();
        CountDownLatch named = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    err.append(line).append('\n');
                    if (line.contains(File.separator + BROKEN + ": ")) {
                        p.destroyForcibly();
                        named.countDown();
                    }
                }
            } catch (Exception e) {
                err.append("(reading stderr failed: ").append(e).append(")\n");
            } finally {
                named.countDown();
            }
        }, "killed-import-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!named.await(180, TimeUnit.SECONDS)) fail("the import never named " + BROKEN + " within 180 s:\n" + err);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed import did not end");
            reader.join(10_000);
            assertTrue(err.indexOf(BROKEN + ": ") >= 0, () -> "the import ended before naming " + BROKEN + ":\n" + err);
            assertEquals(137, p.exitValue(), () -> "the import was not killed but ended by itself:\n" + err);
        } finally {
            p.destroyForcibly();
        }
        try (Store store = Store.open(data)) {
            return store.articleIds().size();
        }
    }

    /** A long, relevant article (own words, invented cases), so the killed import has work left after the kill. */
    private static String longReport() throws Exception {
        String[] towns = {"Hyesan", "Musan", "Hoeryong", "Onsong", "Sinuiju", "Manpo", "Chongjin", "Kimchaek"};
        String[] cities = {"Yanji", "Tumen", "Helong", "Longjing", "Dandong", "Ji'an", "Hunchun", "Shenyang"};
        StringBuilder text = new StringBuilder("SEOUL, May 6 (Peninsula Review) -- A Seoul-based rights group on Monday "
                + "published case notes on people who left North Korea and what happened to them afterwards.");
        for (int i = 0; i < towns.length * 3; i++) {
            String town = towns[i % towns.length];
            String city = cities[(i * 3) % cities.length];
            int year = 2012 + i % 9;
            text.append(switch (i % 3) {
                case 0 -> " A farmer from " + town + " crossed the river in " + year + " and reached " + city + " a week later.";
                case 1 -> " Chinese police arrested a mother from " + town + " in " + city + " in " + year + ", the group said.";
                default -> " Relatives of a miner from " + town + " said he was sent back from " + city + " in " + year + ".";
            });
            if (i % 6 == 5) text.append("\n\nThe group said its notes rely on interviews with relatives.");
        }
        return JSON.writeValueAsString(JSON.createObjectNode().put("id", "r01c").put("outlet", "Peninsula Review")
                .put("url", "https://example.invalid/r01c").put("published", "2024-05-06").put("title", "Case notes")
                .put("language", "en").put("text", text.toString()));
    }
}
