package org.longarm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.longarm.eval.ScorerFixture.obj;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real score.py on the same files as the Scorer and compares the printed lines and the --json file. */
class ScorerMatchesPythonTest {
    private static final long SEED = 20_261_125L;
    private static final int RANDOM_CASES = 40;

    @TempDir
    Path dir;

    private static String python(Path scorePy, ScorerFixture f, Path json) throws Exception {
        Process p = new ProcessBuilder("python3", scorePy.toString(), f.articles.toString(), f.gold.toString(),
                f.pred.toString(), f.predArticles.toString(), "--json", json.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new AssertionError("score.py failed on " + f.dir);
        return out;
    }

    private static void assertSame(Path scorePy, ScorerFixture f, String what) throws Exception {
        Score score = f.score();
        Path json = f.dir.resolve("py.json");
        String py = python(scorePy, f, json);
        assertEquals(py, String.join("\n", score.lines()) + "\n", what + ": printed lines");
        assertEquals(Files.readString(json), score.json(), what + ": --json file");
    }

    @Test
    void handBuiltCaseScoresExactlyAsScorePy() throws Exception {
        Path eval = SharedEval.assumeScorePy();
        assertSame(eval.resolve("score.py"), HandBuiltCase.write(dir), "hand-built case");
    }

    @Test
    void randomCasesScoreExactlyAsScorePy() throws Exception {
        Path eval = SharedEval.assumeScorePy();
        Random seeds = new Random(SEED);
        for (int i = 0; i < RANDOM_CASES; i++) {
            long seed = seeds.nextLong();
            ScorerFixture f = randomCase(new Random(seed), Files.createDirectory(dir.resolve("case" + i)));
            assertSame(eval.resolve("score.py"), f, "random case seed " + seed);
        }
    }

    private static final String[] WORDS = {"agents", "seized", "a", "man", "near", "the", "border", "and", "officials",
        "said", "he", "fled", "to", "Seoul", "\uD83D\uDE00", "in", "April", "threatened", "family", "\u00e9t\u00e9", "\uD83C\uDDF0\uD83C\uDDF5"};
    private static final String[] TYPES = {"ABDUCTION", "DEFECTION", "THREAT"};
    private static final String[] STATUSES = {"COMPLETED", "ATTEMPTED", "ONGOING"};
    private static final String[] PERPS = {"Ministry of State Security", "the SSD", "Bowibu", "Kim Jong Un",
        "North Korea", "Reconnaissance General Bureau", "Chinese police"};
    private static final String[] OUTLETS = {"Yonhap", "www.Reuters.com", "The Korea Herald", "NK News", "dailynk.com"};
    private static final String[] COUNTRIES = {"CHN", "KOR", "RUS"};

    private static <T> T pick(Random r, T[] xs) {
        return xs[r.nextInt(xs.length)];
    }

    private static Object maybe(Random r, Object v) {
        return r.nextInt(3) == 0 ? null : v;
    }

    private static String date(Random r) {
        return r.nextInt(4) == 0 ? null : String.format("2016-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private static List<String> outlets(Random r) {
        List<String> out = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) out.add(pick(r, OUTLETS));
        return out;
    }

    static ScorerFixture randomCase(Random r, Path dir) throws Exception {
        ScorerFixture f = new ScorerFixture(dir);
        int nArticles = 1 + r.nextInt(4);
        List<String> texts = new ArrayList<>();
        for (int a = 0; a < nArticles; a++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 6 + r.nextInt(20); w > 0; w--) sb.append(pick(r, WORDS)).append(w % 7 == 0 ? ". " : " ");
            String text = sb.toString().trim();
            texts.add(text);
            ObjectNode art = obj("id", "a" + a, "outlet", pick(r, OUTLETS), "text", text);
            if (r.nextBoolean()) art.set("relevant", ScorerFixture.JSON.valueToTree(r.nextBoolean()));
            if (r.nextBoolean()) art.set("cites", ScorerFixture.JSON.valueToTree(outlets(r)));
            f.article("a" + a + ".json", art);
        }
        List<int[]> evidence = new ArrayList<>(); // article, start, end (UTF-16) of each gold evidence
        for (int g = r.nextInt(6); g > 0; g--) {
            ArrayNode mentions = ScorerFixture.JSON.createArrayNode();
            for (int m = 1 + r.nextInt(3); m > 0; m--) {
                int a = r.nextInt(nArticles + 1); // now and then an article outside the set
                if (a == nArticles) {
                    mentions.add(ScorerFixture.evidence("elsewhere", "agents"));
                    continue;
                }
                String t = texts.get(a);
                int s = r.nextInt(t.length());
                int e = Math.min(t.length(), s + 1 + r.nextInt(25));
                if (Character.isLowSurrogate(t.charAt(s))) s--;
                if (e < t.length() && Character.isLowSurrogate(t.charAt(e))) e++;
                mentions.add(ScorerFixture.evidence("a" + a, t.substring(s, e)));
                evidence.add(new int[] {a, t.indexOf(t.substring(s, e)), t.indexOf(t.substring(s, e)) + e - s});
            }
            Object count = switch (r.nextInt(4)) {
                case 0 -> null;
                case 1 -> obj("a0", 3, "a1", 4);
                default -> 1 + r.nextInt(3);
            };
            f.gold(obj("incident_id", "g" + g, "type", pick(r, TYPES), "status", pick(r, STATUSES),
                    "perpetrator", maybe(r, pick(r, PERPS)),
                    "perpetrator_alternates", r.nextBoolean() ? List.of(pick(r, PERPS)) : null,
                    "location", r.nextInt(4) == 0 ? null : obj("country", maybe(r, pick(r, COUNTRIES))),
                    "time", r.nextInt(4) == 0 ? null : obj("from", date(r), "to", date(r)),
                    "target_count", count, "mentions", mentions));
        }
        int origins = r.nextInt(4);
        for (int p = r.nextInt(8); p > 0; p--) {
            ArrayNode mentions = ScorerFixture.JSON.createArrayNode();
            for (int m = 1 + r.nextInt(3); m > 0; m--) {
                if (!evidence.isEmpty() && r.nextBoolean()) {
                    // a short span just inside or just outside either end of a gold evidence: offsets matter here
                    int[] ev = evidence.get(r.nextInt(evidence.size()));
                    int at = (r.nextBoolean() ? ev[1] : ev[2]) + r.nextInt(7) - 3;
                    int s = r.nextBoolean() ? at : at - 2;
                    mentions.add(ScorerFixture.mention("a" + ev[0], Math.max(0, s), Math.max(0, s) + 1 + r.nextInt(2)));
                    continue;
                }
                int a = r.nextInt(nArticles);
                int len = texts.get(a).length();
                int s = r.nextInt(len);
                mentions.add(ScorerFixture.mention("a" + a, s, Math.min(len, s + 1 + r.nextInt(30))));
            }
            Object countValue = r.nextInt(3) == 0 ? null : obj("value", 1 + r.nextInt(3), "by_article", obj(), "conflict", false);
            f.pred(obj("id", "p" + p, "type", pick(r, TYPES), "status", pick(r, STATUSES),
                    "perpetrator", r.nextInt(3) == 0 ? null : obj("name", pick(r, PERPS), "aliases", List.of()),
                    "location", r.nextInt(3) == 0 ? null : obj("country", pick(r, COUNTRIES)),
                    "time", obj("from", date(r), "to", date(r)), "target_count", countValue, "mentions", mentions,
                    // one value for all: score.py breaks ties between best matches by set order, which varies
                    "corroboration", obj("articles", 1, "independent_origins", origins)));
        }
        for (int a = 0; a < nArticles; a++) {
            if (r.nextInt(3) == 0) continue;
            ObjectNode art = obj("id", "a" + a, "cites", outlets(r));
            switch (r.nextInt(4)) {
                case 0 -> art.set("relevant", ScorerFixture.JSON.valueToTree(r.nextBoolean()));
                case 1 -> art.putNull("relevant");
                default -> { }
            }
            f.predArticle(art);
        }
        return f;
    }
}
