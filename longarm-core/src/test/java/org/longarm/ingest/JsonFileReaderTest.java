package org.longarm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.model.Article;

class JsonFileReaderTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(JsonFileReaderTest.class.getResource("/ingest/" + name).toURI());
    }

    @Test
    void readsAShortFormArticleWithItsOwnId() throws Exception {
        Article a = Fixtures.read(resource("short-form.json")).only();
        assertEquals("wire-0042", a.id());
        assertEquals("Example Wire", a.outlet());
        assertEquals("2021-06-01", a.published());
        assertEquals("en", a.language());
        assertTrue(a.text().startsWith("Two men who said they were traders"), a.text());
        assertEquals(resource("short-form.json").toString(), a.source());
        assertEquals("{\"cites\":[],\"relevant\":false}", a.extraJson());
    }

    @Test
    void readsANewsPleaseArticleAndNamesItForTheFile() throws Exception {
        Article a = Fixtures.read(resource("news-please.json")).only();
        assertEquals("news-please", a.id());
        assertEquals("news.example.com", a.outlet());
        assertEquals("2018-11-05T09:30:00", a.published());
        assertTrue(a.extraJson().contains("\"date_download\""), a.extraJson());
        assertEquals(List.of(), a.flags());
    }

    @Test
    void readsAnArrayOfArticlesGivingEachAHashedIdWhenItHasNone() {
        Path file = Fixtures.write(dir, "batch.json",
                "[{\"id\":\"x1\",\"text\":\"one\"},{\"url\":\"https://a.example/2\",\"text\":\"two\"},{\"text\":\"three\"}]");
        CollectingSink sink = Fixtures.read(file);
        assertEquals(List.of(), sink.problems);
        assertEquals(3, sink.articles.size());
        assertEquals("x1", sink.articles.get(0).id());
        assertEquals(ArticleIds.hashed("batch", "https://a.example/2", "two"), sink.articles.get(1).id());
        assertEquals(ArticleIds.hashed("batch", null, "three"), sink.articles.get(2).id());
        assertEquals(file + "[2]", sink.articles.get(2).source());
    }

    @Test
    void aBadElementOfAnArraySpoilsOnlyItself() {
        Path file = Fixtures.write(dir, "mixed.json", "[{\"text\":\"fine\"},{\"text\":7},\"just a string\"]");
        CollectingSink sink = Fixtures.read(file);
        assertEquals(1, sink.articles.size());
        assertEquals(2, sink.problems.size());
        assertEquals(file + "[1]", sink.problems.get(0).source());
        assertEquals("field 'text' must be a string, was a number (7)", sink.problems.get(0).reason());
        assertEquals("expected a JSON object, found a string", sink.problems.get(1).reason());
    }

    @Test
    void malformedJsonIsOneProblemNamingTheFileAndPosition() {
        Path file = Fixtures.write(dir, "broken.json", "{\"text\": \"unterminated}\n");
        IngestProblem p = Fixtures.read(file).onlyProblem();
        assertEquals(file.toString(), p.source());
        assertTrue(p.reason().startsWith("malformed JSON: "), p.reason());
        assertTrue(p.reason().endsWith("(column 24)"), p.reason());
        assertTrue(!p.reason().contains("Source") && !p.reason().contains("com.fasterxml"), "no internals: " + p.reason());
    }

    @Test
    void aMalformedFileOverSeveralLinesSaysWhichLine() {
        Path file = Fixtures.write(dir, "multi.json", "{\n  \"text\": \"a\",\n  \"title\": oops\n}\n");
        IngestProblem p = Fixtures.read(file).onlyProblem();
        assertTrue(p.reason().matches("malformed JSON: .* \\(line 3, column \\d+\\)"), p.reason());
    }

    @Test
    void trailingGarbageAfterTheObjectIsMalformed() {
        Path file = Fixtures.write(dir, "trailing.json", "{\"text\":\"ok\"} {\"text\":\"again\"}");
        assertTrue(Fixtures.read(file).onlyProblem().reason().startsWith("malformed JSON"));
    }

    @Test
    void anEmptyFileIsAProblem() {
        Path file = Fixtures.write(dir, "empty.json", "");
        assertEquals("malformed JSON: no value (empty input)", Fixtures.read(file).onlyProblem().reason());
    }

    @Test
    void aMissingTextIsAProblem() {
        Path file = Fixtures.write(dir, "notext.json", "{\"id\":\"n\",\"title\":\"Only a title\"}");
        assertEquals("missing 'text' (or 'maintext')", Fixtures.read(file).onlyProblem().reason());
    }

    @Test
    void aBinaryFileIsRefused() {
        Path file = Fixtures.write(dir, "blob.json", new byte[] {'{', 0, 0, 1, 2, '}'});
        assertTrue(Fixtures.read(file).onlyProblem().reason().startsWith("binary data (NUL byte at byte 1)"));
    }

    @Test
    void invalidUtf8IsRefusedAndNamed() {
        byte[] bytes = "{\"text\":\"caf\u00e9 X\"}".getBytes(StandardCharsets.UTF_8);
        bytes[12] = (byte) 0xFF;
        Path file = Fixtures.write(dir, "latin.json", bytes);
        assertEquals("invalid UTF-8 at byte 12 (0xFF)", Fixtures.read(file).onlyProblem().reason());
    }

    @Test
    void aFileOverTheByteLimitIsRefusedWithoutReadingIt() {
        Path file = Fixtures.write(dir, "big.json", "{\"text\":\"" + "x".repeat(200) + "\"}");
        IngestProblem p = Fixtures.read(file, new IngestLimits(1000, 100)).onlyProblem();
        assertEquals("file too large (211 bytes, limit 100)", p.reason());
    }

    @Test
    void aLeadingByteOrderMarkIsAccepted() {
        Path file = Fixtures.write(dir, "bom.json", "\uFEFF{\"text\":\"with a mark\"}");
        assertEquals("with a mark", Fixtures.read(file).only().text());
    }
}
