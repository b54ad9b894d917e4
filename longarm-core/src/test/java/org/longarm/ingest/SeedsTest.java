package org.longarm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.model.Article;

/** Reads the shared seed articles (../shared/seeds), when they are there. */
class SeedsTest {
    @TempDir
    Path tmp;

    /** The nearest {@code shared/seeds} folder found by walking up from the working directory, or null. */
    static Path seeds() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) return candidate;
            candidate = p.resolve("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) return candidate;
        }
        return null;
    }

    private static List<Path> seedTexts() throws IOException {
        Path seeds = seeds();
        assumeTrue(seeds != null, "skipped: no shared/seeds folder above " + Path.of("").toAbsolutePath());
        try (Stream<Path> files = Files.list(seeds)) {
            List<Path> texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            assumeTrue(!texts.isEmpty(), "skipped: no .txt seeds in " + seeds);
            return texts;
        }
    }

    @Test
    void seedTextsTakeTheirIdFromTheStemAndTheirMetadataFromTheSidecar() throws IOException {
        List<Path> texts = seedTexts();
        CollectingSink sink = new CollectingSink();
        List<Path> files = Ingest.files(List.of(seeds()), sink);
        assertEquals(texts, files.stream().filter(f -> f.toString().endsWith(".txt")).toList(), "sidecars are not inputs");
        for (Path file : files) Ingest.read(file, sink);
        assertEquals(List.of(), sink.problems);
        assertEquals(texts.size(), sink.articles.size());
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < texts.size(); i++) {
            Path text = texts.get(i);
            Article a = sink.articles.get(i);
            String stem = text.getFileName().toString().replaceFirst("\\.txt$", "");
            assertEquals(stem, a.id());
            Path sidecar = text.resolveSibling(stem + ".meta.json");
            if (!Files.exists(sidecar)) continue;
            JsonNode meta = json.readTree(sidecar.toFile());
            assertEquals(meta.path("outlet").asText(null), a.outlet(), stem);
            assertEquals(meta.path("published").asText(null), a.published(), stem);
            assertEquals(meta.path("title").asText(null), a.title(), stem);
            assertEquals(Files.readString(text).replaceFirst("^\uFEFF", ""), a.text(), stem);
            assertEquals(List.of(), a.flags(), stem);
        }
    }

    @Test
    void withoutTheSidecarADateIsFoundInTheDateline() throws IOException {
        int found = 0;
        for (Path text : seedTexts()) {
            Path copy = Files.copy(text, tmp.resolve(text.getFileName()));
            Path sidecar = text.resolveSibling(ArticleIds.stem(text) + ".meta.json");
            String expected = Files.exists(sidecar) ? new ObjectMapper().readTree(sidecar.toFile()).path("published").asText(null) : null;
            CollectingSink sink = new CollectingSink();
            Ingest.read(copy, sink);
            Article a = sink.only();
            if (a.published() == null) {
                assertEquals(List.of(IngestFlags.NO_PUBLICATION_DATE), a.flags().stream()
                        .filter(f -> !f.equals(IngestFlags.OUTLET_INFERRED)).toList(), copy.toString());
                continue;
            }
            found++;
            assertTrue(a.flags().contains(IngestFlags.DATE_INFERRED), a.flags().toString());
            if (expected != null) assertEquals(expected, a.published(), "inferred date of " + copy.getFileName());
            if (a.outlet() != null) {
                String metaOutlet = Files.exists(sidecar) ? new ObjectMapper().readTree(sidecar.toFile()).path("outlet").asText(null) : null;
                if (metaOutlet != null) assertEquals(metaOutlet, a.outlet(), "inferred outlet of " + copy.getFileName());
            }
        }
        assertTrue(found > 0, "no seed had a dateline the inference could read");
    }

    @Test
    void theSeedsFolderIsFoundFromTheModuleDirectory() {
        Path seeds = seeds();
        assumeTrue(seeds != null, "skipped: no shared/seeds folder found");
        assertNotNull(seeds.getFileName());
    }
}
