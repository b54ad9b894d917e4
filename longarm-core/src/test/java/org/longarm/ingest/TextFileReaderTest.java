package org.longarm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.model.Article;

class TextFileReaderTest {
    private static final String WIRE = """
            Border guards detain two agents

            2021/03/09 07:45

            TOKYO, March 9 (Kyodo) -- Police in a port city said Tuesday they had detained two men accused of \
            following a former diplomat for several weeks.
            """;

    @TempDir
    Path dir;

    @Test
    void theSidecarGivesOutletDateAndTitleAndTheStemGivesTheId() {
        Path file = Fixtures.write(dir, "story-7.txt", WIRE);
        Fixtures.write(dir, "story-7.meta.json",
                "{\"outlet\":\"Sidecar Times\",\"published\":\"2021-03-10\",\"title\":\"From the sidecar\",\"url\":\"https://s.example/7\",\"desk\":\"asia\"}");
        Article a = Fixtures.read(file).only();
        assertEquals("story-7", a.id());
        assertEquals("Sidecar Times", a.outlet());
        assertEquals("2021-03-10", a.published());
        assertEquals("From the sidecar", a.title());
        assertEquals("https://s.example/7", a.url());
        assertEquals("{\"desk\":\"asia\"}", a.extraJson());
        assertEquals(List.of(), a.flags());
        assertEquals(file.toString(), a.source());
    }

    @Test
    void theTextIsTheFileContentExactly() {
        String content = "  Leading spaces stay.\r\nSo do CRLF line ends and trailing space.  \n\n";
        Path file = Fixtures.write(dir, "exact.txt", content);
        assertEquals(content, Fixtures.read(file).articles.get(0).text());
    }

    @Test
    void onlyALeadingByteOrderMarkIsStripped() {
        Path file = Fixtures.write(dir, "bom.txt", "\uFEFFBody with a mark \uFEFF inside.");
        assertEquals("Body with a mark \uFEFF inside.", Fixtures.read(file).articles.get(0).text());
    }

    @Test
    void withoutASidecarTheDatelineAndCreditLineAreReadAndFlagged() {
        Path file = Fixtures.write(dir, "wire.txt", WIRE);
        Article a = Fixtures.read(file).only();
        assertEquals("wire", a.id());
        assertEquals("2021-03-09", a.published());
        assertEquals("Kyodo", a.outlet());
        assertEquals("Border guards detain two agents", a.title());
        assertEquals(List.of(IngestFlags.DATE_INFERRED, IngestFlags.OUTLET_INFERRED), a.flags());
    }

    @Test
    void aSidecarLackingFieldsIsCompletedFromTheText() {
        Path file = Fixtures.write(dir, "half.txt", WIRE);
        Fixtures.write(dir, "half.meta.json", "{\"outlet\":\"Given Outlet\"}");
        Article a = Fixtures.read(file).only();
        assertEquals("Given Outlet", a.outlet());
        assertEquals("2021-03-09", a.published());
        assertEquals(List.of(IngestFlags.DATE_INFERRED), a.flags());
    }

    @Test
    void whenNoDateIsFoundTheArticleIsFlaggedAndNothingIsGuessed() {
        Path file = Fixtures.write(dir, "undated.txt",
                "A defector spoke to reporters on Aug. 3 about being followed.\nOfficials (courtesy of a ministry) declined to comment.");
        Article a = Fixtures.read(file).only();
        assertNull(a.published());
        assertNull(a.outlet());
        assertEquals(List.of(IngestFlags.NO_PUBLICATION_DATE), a.flags());
    }

    @Test
    void aLongFirstLineIsNoTitle() {
        Path file = Fixtures.write(dir, "long.txt", "word ".repeat(60) + "\nsecond line");
        assertNull(Fixtures.read(file).articles.get(0).title());
    }

    @Test
    void theTitleStopsAtAWideGapBeforeAByline() {
        assertEquals("Headline here", TextFileReader.title("\n\n  Headline here        Jane Roe  Example Wire\nBody"));
    }

    @Test
    void aBrokenSidecarIsNamedAndItsArticleNotImported() {
        Path file = Fixtures.write(dir, "s.txt", WIRE);
        Path sidecar = Fixtures.write(dir, "s.meta.json", "{\"outlet\": ");
        CollectingSink sink = Fixtures.read(file);
        IngestProblem p = sink.onlyProblem();
        assertEquals(0, sink.articles.size());
        assertEquals(sidecar.toString(), p.source());
        assertTrue(p.reason().startsWith("malformed JSON") && p.reason().endsWith("(sidecar of s.txt, which was not imported)"),
                p.reason());
    }

    @Test
    void aSidecarWithAnUnparseableDateIsAProblem() {
        Path file = Fixtures.write(dir, "d.txt", WIRE);
        Fixtures.write(dir, "d.meta.json", "{\"published\":\"the other day\"}");
        assertTrue(Fixtures.read(file).onlyProblem().reason().startsWith("unparseable date in 'published': 'the other day'"));
    }

    @Test
    void aBlankFileIsAProblem() {
        Path file = Fixtures.write(dir, "blank.txt", " \n\t\n");
        assertEquals("blank text (the file holds only white space)", Fixtures.read(file).onlyProblem().reason());
    }

    @Test
    void aBinaryFileIsAProblem() {
        Path file = Fixtures.write(dir, "bin.txt", new byte[] {'G', 'I', 'F', 0, 1});
        assertEquals("binary data (NUL byte at byte 3), not text", Fixtures.read(file).onlyProblem().reason());
    }

    @Test
    void invalidUtf8IsAProblemNotAReplacementCharacter() {
        byte[] latin1 = "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Fixtures.write(dir, "latin1.txt", latin1);
        assertEquals("invalid UTF-8 at byte 3 (0xE9)", Fixtures.read(file).onlyProblem().reason());
    }

    @Test
    void aFileOverTheByteLimitIsRefused() {
        Path file = Fixtures.write(dir, "huge.txt", "x".repeat(500));
        assertEquals("file too large (500 bytes, limit 100)", Fixtures.read(file, new IngestLimits(1000, 100)).onlyProblem().reason());
    }

    @Test
    void aTextOverTheCharLimitIsRefused() {
        Path file = Fixtures.write(dir, "long.txt", "x".repeat(500));
        assertEquals("article too large (500 chars, limit 100)", Fixtures.read(file, new IngestLimits(100, 10_000)).onlyProblem().reason());
    }
}
