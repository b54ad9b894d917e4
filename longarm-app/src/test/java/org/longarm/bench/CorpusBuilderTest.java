package org.longarm.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.longarm.ingest.Ingest;
import org.longarm.ingest.IngestProblem;
import org.longarm.ingest.IngestSink;
import org.longarm.model.Article;
import org.longarm.pack.DomainPack;
import org.longarm.pack.Prefilter;

class CorpusBuilderTest {
    @TempDir
    Path tmp;

    @Test
    void sameSeedWritesTheSameBytes() throws Exception {
        Corpus a = CorpusBuilder.standard(0.03, 7).write(tmp.resolve("a.jsonl.gz"), 200_000);
        Corpus b = CorpusBuilder.standard(0.03, 7).write(tmp.resolve("b.jsonl.gz"), 200_000);
        assertArrayEquals(Files.readAllBytes(a.file()), Files.readAllBytes(b.file()));
        assertEquals(a.relevantIds(), b.relevantIds());
    }

    @Test
    void anotherSeedWritesAnotherCorpus() throws Exception {
        Corpus a = CorpusBuilder.standard(0.03, 7).write(tmp.resolve("a.jsonl.gz"), 200_000);
        Corpus b = CorpusBuilder.standard(0.03, 8).write(tmp.resolve("b.jsonl.gz"), 200_000);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.file()), Files.readAllBytes(b.file())));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.02, 0.03, 0.05})
    void holdsTheRequestedShareOfRelevantArticles(double share) {
        Corpus c = CorpusBuilder.standard(share, 1).write(tmp.resolve("c.jsonl.gz"), 600_000);
        assertTrue(c.articles() > 150, "articles: " + c.articles());
        assertEquals(c.articles() * share, c.relevant(), 1.0, c.relevant() + " relevant of " + c.articles());
    }

    @Test
    void thePrefilterPassesExactlyTheRelevantArticles() {
        Corpus c = CorpusBuilder.standard(0.05, 3).write(tmp.resolve("c.jsonl.gz"), 400_000);
        Prefilter prefilter = DomainPack.load("prk").prefilter();
        List<Article> all = read(c.file());
        Set<String> candidates = new HashSet<>();
        for (Article a : all) if (prefilter.candidate(a.title(), a.text())) candidates.add(a.id());
        assertEquals(c.articles(), all.size());
        assertEquals(new HashSet<>(c.relevantIds()), candidates);
    }

    @Test
    void writesAtLeastTheRequestedSizeAndCountsItExactly() throws Exception {
        Corpus c = CorpusBuilder.standard(0.03, 1).write(tmp.resolve("c.jsonl.gz"), 100_000);
        assertTrue(c.bytes() >= 100_000, "bytes: " + c.bytes());
        assertEquals(c.bytes(), Bench.drain(c.file()));
        assertEquals(Files.size(c.file()), c.gzipBytes());
    }

    @Test
    void fillerArticlesVaryAndReadLikeProse() {
        Corpus c = CorpusBuilder.standard(0.03, 1).write(tmp.resolve("c.jsonl.gz"), 100_000);
        Set<String> texts = new HashSet<>();
        for (Article a : read(c.file())) {
            if (c.relevantIds().contains(a.id())) continue;
            assertTrue(a.text().length() > 500, a.id() + " too short: " + a.text().length());
            assertFalse(a.text().contains("{"), a.id() + " has an unfilled slot: " + a.text());
            texts.add(a.text());
        }
        assertEquals(c.articles() - c.relevant(), texts.size(), "every filler text is different");
    }

    @Test
    void rejectsAShareOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> CorpusBuilder.standard(0, 1));
        assertThrows(IllegalArgumentException.class, () -> CorpusBuilder.standard(1.5, 1));
    }

    private static List<Article> read(Path file) {
        List<Article> out = new ArrayList<>();
        Ingest.read(file, new IngestSink() {
            @Override
            public void article(Article article) {
                out.add(article);
            }

            @Override
            public void problem(IngestProblem problem) {
                throw new AssertionError(problem.source() + ": " + problem.reason());
            }
        });
        return out;
    }
}
