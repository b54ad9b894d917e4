package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.longarm.cli.RobustSupport.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.longarm.store.Store;

/**
 * The import through the real command line under bad input, repeated and reordered runs, and the evidence contract
 * of the export (every mention quotes its article exactly). CoreNLP is the one of {@link SharedPipeline}.
 */
class RobustnessTest {
    /** The attribution kinds of ONTOLOGY.md, spelled out here so that a drift of the code shows. */
    private static final Set<String> ATTRIBUTION_KINDS = Set.of("OFFICIAL_NAMED", "OFFICIAL_ANONYMOUS", "ANONYMOUS_SOURCE",
            "NAMED_SOURCE", "MEDIA", "AUTHOR");

    @TempDir
    Path tmp;

    // ---------------------------------------------------------------------------------------------- bad input

    /**
     * One bad input: how to write it, where the problem is named ({@code at} after the file's path: "" the file itself,
     * ":N" its line N, null any line), why, and which of its articles are stored (null: some, unknown which).
     */
    private record BadInput(String label, String file, Writer writer, String at, String reason, List<String> alsoStored) {
        @Override
        public String toString() {
            return label;
        }
    }

    @FunctionalInterface
    private interface Writer {
        void write(Path file) throws IOException;
    }

    private static final String GOOD_TEXT = "SINUIJU, Oct. 3 (Border Watch) -- Chinese border police handed two North Korean "
            + "women back to the North's security agents on Monday, a smuggler who saw the handover said on Tuesday.";

    static Stream<Arguments> badInputs() {
        return Stream.of(
                new BadInput("malformed JSON file", "broken.json",
                        f -> Files.writeString(f, "{\"id\": \"broken\", \"text\": \"Agents seized a defector"),
                        "", "malformed JSON", List.of()),
                new BadInput("one bad line among good JSONL lines", "mixed.jsonl",
                        f -> Files.writeString(f, line("line-a", "2020-02-01", "Seoul will host a marathon in the spring.")
                                + "{\"id\": \"line-b\", \"text\": \"cut short\n"
                                + line("line-c", "2020-02-02", "North Korean agents abducted a defector in Yanbian last week, "
                                        + "a South Korean official said on Sunday.")),
                        ":2", "malformed JSON", List.of("line-a", "line-c")),
                new BadInput("article without text", "no-text.json",
                        f -> Files.writeString(f, "{\"id\": \"no-text\", \"title\": \"A headline alone\", \"published\": \"2020-01-01\"}"),
                        "", "missing 'text'", List.of()),
                new BadInput("wrongly typed field", "typed.json",
                        f -> Files.writeString(f, "{\"id\": \"typed\", \"published\": 12, \"text\": \"North Korean agents "
                                + "watched the defectors' homes, police said.\"}"),
                        "", "field 'published' must be a string", List.of()),
                new BadInput("binary file named .json", "photo.json", f -> Files.write(f, binary()),
                        "", "binary", List.of()),
                new BadInput("binary file named .jsonl", "dump.jsonl", f -> Files.write(f, binary()),
                        "", "binary", List.of()),
                new BadInput("invalid UTF-8", "latin1.json", f -> Files.write(f, concat(
                        "{\"id\": \"latin1\", \"text\": \"A defector told a caf".getBytes(StandardCharsets.US_ASCII),
                        new byte[] {(byte) 0xE9},
                        " owner in Seoul that agents had followed her.\"}".getBytes(StandardCharsets.US_ASCII))),
                        "", "invalid UTF-8 at byte", List.of()),
                new BadInput("3 MB article", "huge.json", f -> Files.writeString(f, JSON.writeValueAsString(JSON.createObjectNode()
                        .put("id", "huge").put("published", "2020-01-01").put("text", filler(3_000_000)))),
                        "", "article too large", List.of()),
                new BadInput("9 MB JSONL record", "huge.jsonl", f -> Files.writeString(f, JSON.writeValueAsString(JSON.createObjectNode()
                        .put("id", "huge-line").put("published", "2020-01-01").put("text", filler(9_000_000))) + "\n"
                        + line("after-huge", "2020-01-02", "Pyongyang announced a new fishing season.")),
                        ":1", "record too large", List.of("after-huge")),
                new BadInput("truncated gzip", "cut.jsonl.gz", f -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (OutputStream gz = new GZIPOutputStream(bytes)) {
                        for (int i = 0; i < 200; i++) {
                            gz.write(line("gz-" + i, "2020-03-01", "Line " + i + " of a long feed about the weather in Busan, "
                                    + "with enough words to spread over blocks " + filler(200)).getBytes(StandardCharsets.UTF_8));
                        }
                    }
                    byte[] all = bytes.toByteArray();
                    Files.write(f, Arrays.copyOf(all, all.length / 2));
                }, null, "truncated gzip", null)
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0} is named with its reason, the good articles are stored, exit 1")
    @MethodSource("badInputs")
    void badInputIsNamedOnStderrWithItsReasonWhileTheGoodArticlesAreStored(BadInput bad) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.json"), JSON.writeValueAsString(JSON.createObjectNode().put("id", "good")
                .put("outlet", "Border Watch").put("published", "2021-10-05").put("title", "Handover").put("text", GOOD_TEXT)));
        Path file = in.resolve(bad.file());
        bad.writer().write(file);
        Path data = tmp.resolve("data");

        Cli.Run run = Cli.run("import", in.toString(), "--data", data.toString());

        assertEquals(1, run.status(), run::toString);
        String named = "longarm: " + file + (bad.at() == null ? ":" : bad.at() + ": ");
        Optional<String> line = run.err().lines().filter(l -> l.startsWith(named)).findFirst();
        assertTrue(line.isPresent(), () -> "no line starting '" + named + "' on stderr:\n" + run.err());
        assertTrue(line.get().contains(bad.reason()), () -> "reason '" + bad.reason() + "' missing: " + line.get());
        assertTrue(line.get().length() < 400, () -> "the reason should be one short line: " + line.get());
        RobustSupport.assertNoStackTrace(run.err());
        assertEquals("", run.out());

        Set<String> stored = storedIds(data);
        assertTrue(stored.contains("good"), () -> "the good article was not stored: " + stored + "\n" + run);
        if (bad.alsoStored() != null) {
            Set<String> expected = new TreeSet<>(bad.alsoStored());
            expected.add("good");
            assertEquals(expected, stored, run::toString);
            assertTrue(run.err().contains(expected.size() + " articles read: " + expected.size() + " new, 0 unchanged, 1 rejected"),
                    run::toString);
        } else {
            assertTrue(run.err().contains(" new, 0 unchanged, 1 rejected"), run::toString);
        }
    }

    @Test
    void aThreeMegabyteArticleIsRefusedByTheIngestLimitWithoutStoppingTheBatch() throws Exception {
        // the same limits, on the article rather than the file: a 3 MB text in a small-enough JSONL line
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("feed.jsonl"), line("before", "2020-01-01", "A quiet day in Kaesong.")
                + JSON.writeValueAsString(JSON.createObjectNode().put("id", "big").put("text", filler(3_000_000))) + "\n"
                + line("after", "2020-01-02", "A quiet day in Wonsan."));
        Cli.Run run = Cli.run("import", in.toString(), "--data", tmp.resolve("data").toString());
        assertEquals(1, run.status(), run::toString);
        assertTrue(run.err().contains("feed.jsonl:2: article too large (3000000 chars, limit 500000)"), run::toString);
        assertEquals(Set.of("before", "after"), storedIds(tmp.resolve("data")));
    }

    // ---------------------------------------------------------------------------------------------- determinism

    @Test
    void freshImportsOfTheSameArticlesGiveByteIdenticalExportsWhateverTheOrderOrPacking() throws Exception {
        List<Path> files = RobustSupport.copyCorpus(tmp.resolve("corpus"));

        Path a = tmp.resolve("data-a");
        Cli.Run first = Cli.run("import", tmp.resolve("corpus").toString(), "--data", a.toString());
        assertEquals(0, first.status(), first::toString);
        Map<String, String> expected = RobustSupport.exports(a);
        assertFalse(expected.get("jsonl").isBlank(), "the corpus should give incidents");

        Path b = tmp.resolve("data-b");
        Cli.Run second = Cli.run("import", tmp.resolve("corpus").toString(), "--data", b.toString());
        assertEquals(0, second.status(), second::toString);
        RobustSupport.assertSameExports(expected, RobustSupport.exports(b), "second fresh import of the same folder");

        // the same files listed one by one, last first
        List<String> reversed = new ArrayList<>(List.of("import"));
        for (int i = files.size() - 1; i >= 0; i--) reversed.add(files.get(i).toString());
        reversed.addAll(List.of("--data", tmp.resolve("data-c").toString()));
        Cli.Run third = Cli.run(reversed.toArray(String[]::new));
        assertEquals(0, third.status(), third::toString);
        RobustSupport.assertSameExports(expected, RobustSupport.exports(tmp.resolve("data-c")), "import of the files in reverse order");

        // the same articles shuffled into two folders: one JSONL file and single files under other names
        List<Path> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new Random(20240611));
        Path packed = Files.createDirectories(tmp.resolve("packed"));
        StringBuilder jsonl = new StringBuilder();
        for (Path f : shuffled.subList(0, shuffled.size() / 2)) {
            jsonl.append(JSON.writeValueAsString(JSON.readTree(f.toFile()))).append('\n');
        }
        Files.writeString(packed.resolve("batch.jsonl"), jsonl);
        Path loose = Files.createDirectories(tmp.resolve("loose"));
        int n = 0;
        for (Path f : shuffled.subList(shuffled.size() / 2, shuffled.size())) {
            Files.copy(f, loose.resolve(String.format("item-%02d.json", n++)));
        }
        Cli.Run fourth = Cli.run("import", loose.toString(), packed.toString(), "--data", tmp.resolve("data-d").toString());
        assertEquals(0, fourth.status(), fourth::toString);
        RobustSupport.assertSameExports(expected, RobustSupport.exports(tmp.resolve("data-d")),
                "import of the articles shuffled into a JSONL file and renamed files");
    }

    @Test
    void reimportIntoTheSameStoreChangesNothingAndSaysUnchanged() throws Exception {
        List<Path> files = RobustSupport.copyCorpus(tmp.resolve("corpus"));
        Path data = tmp.resolve("data");
        Cli.Run first = Cli.run("import", tmp.resolve("corpus").toString(), "--data", data.toString());
        assertEquals(0, first.status(), first::toString);
        Map<String, String> exports = RobustSupport.exports(data);
        Map<String, Instant> importedAt = importedAt(data);
        assertEquals(files.size(), importedAt.size());

        Cli.Run again = Cli.run("import", tmp.resolve("corpus").toString(), "--data", data.toString());

        assertEquals(0, again.status(), again::toString);
        String summary = files.size() + " articles read: 0 new, " + files.size() + " unchanged, 0 rejected";
        assertTrue(again.err().contains(summary), () -> "expected '" + summary + "' on stderr:\n" + again);
        RobustSupport.assertSameExports(exports, RobustSupport.exports(data), "re-import into the same store");
        assertEquals(importedAt, importedAt(data), "re-import changed imported_at");
    }

    // ---------------------------------------------------------------------------------------------- evidence

    @Test
    void everyMentionExportedFromTheFixturesQuotesItsArticleWithAnOntologyAttribution() throws Exception {
        assertMentionsQuoteTheirArticles(RobustSupport.fixtures().resolve("articles"));
    }

    @Test
    void everyMentionExportedFromTheSeedsQuotesItsArticleWithAnOntologyAttribution() throws Exception {
        Optional<Path> seeds = RobustSupport.seeds();
        assumeTrue(seeds.isPresent(), "skipped: no shared/eval/seeds above the working folder (../shared is absent)");
        assertMentionsQuoteTheirArticles(seeds.get().resolve("articles"));
    }

    private void assertMentionsQuoteTheirArticles(Path articles) throws Exception {
        Map<String, String> texts = RobustSupport.textsById(articles);
        Path data = tmp.resolve("data");
        Cli.Run run = Cli.run("import", articles.toString(), "--data", data.toString());
        assertEquals(0, run.status(), () -> "import of " + articles + " failed: " + run);
        List<JsonNode> incidents = RobustSupport.jsonLines(RobustSupport.exports(data).get("jsonl"));
        assertFalse(incidents.isEmpty(), "no incident exported from " + articles);
        int checked = 0;
        for (JsonNode incident : incidents) {
            String id = incident.get("id").asText();
            assertTrue(incident.get("mentions").size() > 0, id + " has no mention");
            for (JsonNode m : incident.get("mentions")) {
                String article = m.get("article").asText();
                String text = texts.get(article);
                assertTrue(text != null, id + ": mention of an unknown article " + article);
                int start = m.get("start").asInt();
                int end = m.get("end").asInt();
                assertTrue(0 <= start && start < end && end <= text.length(), id + ": bad offsets " + m);
                assertEquals(text.substring(start, end), m.get("text").asText(), id + ": mention text is not the article's span");
                String kind = m.get("attribution").get("kind").asText();
                assertTrue(ATTRIBUTION_KINDS.contains(kind), id + ": attribution kind " + kind + " is not in the ontology");
                JsonNode trigger = m.get("trigger");
                if (trigger != null && !trigger.isNull()) {
                    assertTrue(start <= trigger.get("start").asInt() && trigger.get("end").asInt() <= end,
                            id + ": trigger outside its mention " + m);
                }
                checked++;
            }
        }
        System.out.println("RobustnessTest: " + checked + " mentions in " + incidents.size() + " incidents checked against "
                + articles);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static Set<String> storedIds(Path data) {
        Cli.Run run = Cli.run("export", "--format", "articles-jsonl", "--data", data.toString());
        assertEquals(0, run.status(), run::toString);
        Set<String> ids = new TreeSet<>();
        for (JsonNode a : RobustSupport.jsonLines(run.out())) ids.add(a.get("id").asText());
        return ids;
    }

    private static Map<String, Instant> importedAt(Path data) {
        Map<String, Instant> out = new LinkedHashMap<>();
        try (Store store = Store.open(data)) {
            for (String id : store.articleIds()) out.put(id, store.importedAt(id).orElseThrow());
        }
        return out;
    }

    private static String line(String id, String published, String text) throws IOException {
        ObjectNode o = JSON.createObjectNode().put("id", id).put("outlet", "Test Feed").put("published", published).put("text", text);
        return JSON.writeValueAsString(o) + "\n";
    }

    /** Plain, harmless words up to the given length (no trigger of the pack, so the prefilter lets none through). */
    private static String filler(int chars) {
        String words = "The quick brown fox jumps over the lazy dog near the river bank. ";
        StringBuilder sb = new StringBuilder(chars);
        while (sb.length() < chars) sb.append(words);
        sb.setLength(chars);
        return sb.toString();
    }

    private static byte[] binary() {
        byte[] b = new byte[4096];
        new Random(7).nextBytes(b);
        b[0] = (byte) 0x89; // like a PNG header, with NUL bytes a few bytes in
        b[1] = 'P';
        b[2] = 'N';
        b[3] = 'G';
        b[4] = 0;
        b[5] = 0;
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
