package org.longarm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
    @TempDir
    Path dir;

    @Test
    void foldersAreWalkedRecursivelyInPathOrderWithoutSidecarsOrHiddenFiles() {
        Path b = Fixtures.write(dir, "b.jsonl", "");
        Path a = Fixtures.write(dir, "sub/a.txt", "x");
        Fixtures.write(dir, "sub/a.meta.json", "{}");
        Path c = Fixtures.write(dir, "c.json", "{}");
        Fixtures.write(dir, ".hidden.json", "{}");
        Fixtures.write(dir, ".git/objects/x.json", "{}");
        Path readme = Fixtures.write(dir, "z/README.md", "#");
        CollectingSink sink = new CollectingSink();
        assertEquals(List.of(b, c, a, readme), Ingest.files(List.of(dir), sink));
        assertEquals(List.of(), sink.problems);
    }

    @Test
    void linkedFoldersAreFollowedAndALinkLoopIsReported() throws Exception {
        Path outside = Files.createTempDirectory(dir, "elsewhere");
        Path linkedFile = Fixtures.write(outside, "linked.jsonl", "");
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.createSymbolicLink(tree.resolve("link"), outside);
        Files.createSymbolicLink(tree.resolve("loop"), tree);
        CollectingSink sink = new CollectingSink();
        List<Path> files = Ingest.files(List.of(tree), sink);
        assertEquals(List.of(tree.resolve("link").resolve(linkedFile.getFileName())), files);
        assertEquals(tree.resolve("loop") + ": symbolic link loop, not followed", sink.onlyProblem().toString());
    }

    @Test
    void aMissingPathIsReportedAndSkipped() {
        Path present = Fixtures.write(dir, "here.json", "{}");
        Path missing = dir.resolve("not-here.jsonl");
        CollectingSink sink = new CollectingSink();
        assertEquals(List.of(present), Ingest.files(List.of(missing, present), sink));
        assertEquals(missing + ": no such file or directory", sink.onlyProblem().toString());
    }

    @Test
    void filesGivenTwiceAreListedOnceInTheOrderGiven() {
        Path x = Fixtures.write(dir, "x.json", "{}");
        Path y = Fixtures.write(dir, "d/y.json", "{}");
        CollectingSink sink = new CollectingSink();
        assertEquals(List.of(x, y), Ingest.files(List.of(x, dir.resolve("d"), dir, Fixtures.write(dir, "x.meta.json", "{}")), sink));
    }

    @Test
    void estimateCountsJsonlLinesPlainAndGzipped() {
        String lines = "{}\n".repeat(7) + "{}";
        assertEquals(8, Ingest.estimate(Fixtures.write(dir, "e.jsonl", lines)));
        assertEquals(7, Ingest.estimate(Fixtures.write(dir, "f.jsonl", "{}\n".repeat(7))));
        assertEquals(8, Ingest.estimate(Fixtures.write(dir, "e.jsonl.gz", Fixtures.gzip(lines))));
        assertEquals(0, Ingest.estimate(Fixtures.write(dir, "empty.jsonl", "")));
    }

    @Test
    void estimateIsOneForOtherFiles() {
        assertEquals(1, Ingest.estimate(Fixtures.write(dir, "a.json", "[{},{}]")));
        assertEquals(1, Ingest.estimate(Fixtures.write(dir, "a.txt", "text")));
    }

    @Test
    void estimateOfABrokenGzipCountsWhatItCanSee() {
        byte[] full = Fixtures.gzip("{\"text\":\"a line of some length\"}\n".repeat(5000));
        long n = Ingest.estimate(Fixtures.write(dir, "cut.jsonl.gz", Arrays.copyOf(full, full.length / 2)));
        assertEquals(true, n > 0 && n <= 5001, "estimated " + n);
    }

    @Test
    void unknownFileTypesAreRefused() {
        Path file = Fixtures.write(dir, "notes.md", "# notes");
        assertEquals(file + ": unsupported file type (.md); expected .json, .jsonl, .jsonl.gz, .txt, .html, .warc, .warc.gz, .rss, .atom or .xml",
                Fixtures.read(file).onlyProblem().toString());
    }

    @Test
    void brokenHtmlWarcAndFeedFilesAreNamedProblems() {
        for (String name : List.of("page.html", "crawl.warc", "crawl.warc.gz", "news.rss")) {
            Path file = Fixtures.write(dir, name, "x");
            IngestProblem p = Fixtures.read(file).onlyProblem();
            assertEquals(true, p.source().startsWith(file.toString()), p.toString());
        }
    }

    @Test
    void readingAMissingFileIsAProblem() {
        Path missing = dir.resolve("gone.txt");
        assertEquals(missing + ": no such file or directory", Fixtures.read(missing).onlyProblem().toString());
    }

    @Test
    void readingASidecarOnItsOwnIsAProblem() {
        Path file = Fixtures.write(dir, "a.meta.json", "{}");
        assertEquals(true, Fixtures.read(file).onlyProblem().reason().contains("sidecar"));
    }

    @Test
    void misuseIsAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> Ingest.read(null, new CollectingSink()));
        assertThrows(IllegalArgumentException.class, () -> Ingest.files(List.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new IngestLimits(0, 10));
    }
}
