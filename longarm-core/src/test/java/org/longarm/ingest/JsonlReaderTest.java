package org.longarm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.model.Article;

class JsonlReaderTest {
    private static final String THREE = """
            {"id":"j1","outlet":"Example Wire","published":"2020-02-02","text":"First body."}
            {"source_domain":"b.example","url":"https://b.example/x","date_publish":"2020-02-03 10:00:00","maintext":"Second body."}
            {"text":"Third body, no id and no url."}
            """;

    @TempDir
    Path dir;

    @Test
    void readsOneArticlePerLineWithLineSources() {
        Path file = Fixtures.write(dir, "batch.jsonl", THREE);
        CollectingSink sink = Fixtures.read(file);
        assertEquals(List.of(), sink.problems);
        assertEquals(List.of("j1", ArticleIds.hashed("batch", "https://b.example/x", null),
                ArticleIds.hashed("batch", null, "Third body, no id and no url.")),
                sink.articles.stream().map(Article::id).toList());
        assertEquals(file + ":2", sink.articles.get(1).source());
        assertEquals("2020-02-03T10:00:00", sink.articles.get(1).published());
    }

    @Test
    void hashedIdsAreTheStemAndSixteenHexDigitsOfSha256() {
        String id = ArticleIds.hashed("batch", "https://b.example/x", "ignored");
        assertTrue(id.matches("batch-[0-9a-f]{16}"), id);
        assertEquals(id, ArticleIds.hashed("batch", "https://b.example/x", "other text"));
    }

    @Test
    void readsGzippedLinesTheSame() {
        Path plain = Fixtures.write(dir, "p.jsonl", THREE);
        Path gz = Fixtures.write(dir, "p.jsonl.gz", Fixtures.gzip(THREE));
        List<Article> fromPlain = Fixtures.read(plain).articles;
        List<Article> fromGz = Fixtures.read(gz).articles;
        assertEquals(fromPlain.stream().map(Article::id).toList(), fromGz.stream().map(Article::id).toList());
        assertEquals(gz + ":3", fromGz.get(2).source());
    }

    @Test
    void aMalformedLineIsReportedWithItsNumberAndTheOthersGoThrough() {
        Path file = Fixtures.write(dir, "some.jsonl", "{\"text\":\"a\"}\n{\"text\": nope}\n{\"text\":\"c\"}\n");
        CollectingSink sink = Fixtures.read(file);
        assertEquals(2, sink.articles.size());
        IngestProblem p = sink.onlyProblem();
        assertEquals(file + ":2", p.source());
        assertTrue(p.reason().startsWith("malformed JSON: "), p.reason());
    }

    @Test
    void emptyAndWhiteSpaceLinesAreSkippedSilentlyButCounted() {
        Path file = Fixtures.write(dir, "gaps.jsonl", "\n{\"text\":\"a\"}\n   \r\n\n{\"text\":5}\n\n");
        CollectingSink sink = Fixtures.read(file);
        assertEquals(1, sink.articles.size());
        assertEquals(file + ":2", sink.articles.get(0).source());
        assertEquals(file + ":5", sink.onlyProblem().source());
    }

    @Test
    void windowsLineEndsAndALastLineWithoutNewlineAreRead() {
        Path file = Fixtures.write(dir, "crlf.jsonl", "{\"text\":\"a\"}\r\n{\"text\":\"b\"}");
        CollectingSink sink = Fixtures.read(file);
        assertEquals(List.of("a", "b"), sink.articles.stream().map(Article::text).toList());
    }

    @Test
    void missingBlankAndWronglyTypedFieldsAreProblemsPerLine() {
        Path file = Fixtures.write(dir, "fields.jsonl", """
                {"id":"m","title":"no body"}
                {"text":"   "}
                {"text":{}}
                {"text":"ok","published":12}
                {"text":"ok","published":"someday"}
                """);
        CollectingSink sink = Fixtures.read(file);
        assertEquals(0, sink.articles.size());
        assertEquals(List.of(
                file + ":1: missing 'text' (or 'maintext')",
                file + ":2: blank 'text' (or 'maintext')",
                file + ":3: field 'text' must be a string, was an object",
                file + ":4: field 'published' must be a string, was a number (12)",
                file + ":5: unparseable date in 'published': 'someday'"),
                sink.problems.stream().map(IngestProblem::toString).toList());
    }

    @Test
    void invalidUtf8OnOneLineSpoilsOnlyThatLine() {
        byte[] good = "{\"text\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"text\":\"bad \u00e9\"}\n".getBytes(StandardCharsets.UTF_8);
        bad[14] = (byte) 0x41;
        Path file = Fixtures.write(dir, "utf.jsonl", Fixtures.concat(Fixtures.concat(good, bad), good));
        CollectingSink sink = Fixtures.read(file);
        assertEquals(2, sink.articles.size());
        assertEquals(file + ":2: invalid UTF-8 at byte 13 (0xC3)", sink.onlyProblem().toString());
    }

    @Test
    void aFileStartingWithNulBytesIsABinaryFile() {
        byte[] bytes = new byte[100];
        Arrays.fill(bytes, 10, 20, (byte) 'x');
        Path file = Fixtures.write(dir, "image.jsonl", bytes);
        CollectingSink sink = Fixtures.read(file);
        assertEquals(0, sink.articles.size());
        assertEquals(file + ": binary file (NUL bytes), not JSON lines", sink.onlyProblem().toString());
    }

    @Test
    void aNulByteLaterOnIsAProblemForItsLine() {
        String head = "{\"text\":\"a\"}\n".repeat(1000);
        byte[] bytes = Fixtures.concat(head.getBytes(StandardCharsets.UTF_8), "{\"text\":\"b\u0000\"}\n{\"text\":\"c\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        Path file = Fixtures.write(dir, "late.jsonl", bytes);
        CollectingSink sink = Fixtures.read(file);
        assertEquals(1001, sink.articles.size());
        IngestProblem p = sink.onlyProblem();
        assertEquals(file + ":1001", p.source());
        assertTrue(p.reason().startsWith("binary data (NUL byte"), p.reason());
    }

    @Test
    void aTruncatedGzipKeepsTheWholeLinesBeforeTheCutAndSaysSo() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2000; i++) many.append("{\"id\":\"n").append(i).append("\",\"text\":\"body number ").append(i).append(" with some words\"}\n");
        byte[] full = Fixtures.gzip(many.toString());
        Path file = Fixtures.write(dir, "cut.jsonl.gz", Arrays.copyOf(full, full.length / 2));
        CollectingSink sink = Fixtures.read(file);
        assertTrue(sink.articles.size() > 0 && sink.articles.size() < 2000, "read " + sink.articles.size());
        IngestProblem p = sink.onlyProblem();
        assertEquals(file + ":" + (sink.articles.size() + 1), p.source());
        assertTrue(p.reason().startsWith("truncated gzip"), p.reason());
        for (int i = 0; i < sink.articles.size(); i++) assertEquals("n" + i, sink.articles.get(i).id());
    }

    @Test
    void aFileThatIsNotGzipAtAllIsSaidToBeSo() {
        Path file = Fixtures.write(dir, "fake.jsonl.gz", THREE);
        assertEquals(file + ": not a gzip file", Fixtures.read(file).onlyProblem().toString());
    }

    @Test
    void anEmptyGzipFileIsAProblem() {
        Path file = Fixtures.write(dir, "zero.jsonl.gz", new byte[0]);
        assertEquals("truncated or empty gzip file", Fixtures.read(file).onlyProblem().reason());
    }

    @Test
    void anArticleOverTheCharLimitIsRefusedWithItsSize() {
        Path file = Fixtures.write(dir, "big.jsonl", "{\"text\":\"" + "y".repeat(50) + "\"}\n{\"text\":\"small\"}\n");
        CollectingSink sink = Fixtures.read(file, new IngestLimits(20, 10_000));
        assertEquals(1, sink.articles.size());
        assertEquals(file + ":1: article too large (50 chars, limit 20)", sink.onlyProblem().toString());
    }

    @Test
    void aLineOverTheByteLimitIsSkippedWithoutBeingBuffered() {
        String longLine = "{\"text\":\"" + "z".repeat(300_000) + "\"}\n";
        Path file = Fixtures.write(dir, "long.jsonl", "{\"text\":\"a\"}\n" + longLine + "{\"text\":\"b\"}\n");
        CollectingSink sink = Fixtures.read(file, new IngestLimits(1_000_000, 1_000));
        assertEquals(List.of("a", "b"), sink.articles.stream().map(Article::text).toList());
        assertEquals(file + ":2: record too large (300011 bytes, limit 1000)", sink.onlyProblem().toString());
    }

    @Test
    void textIsKeptExactlyIncludingEscapesAndSurroundingSpace() {
        Path file = Fixtures.write(dir, "exact.jsonl", "{\"text\":\"  Tab\\there,\\nnew line \\u00e9\\ud83d\\ude00  \"}\n");
        assertEquals("  Tab\there,\nnew line \u00e9\ud83d\ude00  ", Fixtures.read(file).only().text());
    }
}
