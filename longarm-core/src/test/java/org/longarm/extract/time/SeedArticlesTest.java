package org.longarm.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract on the real seed articles of ../shared (skipped when absent): spans fit, mentions are sorted, and
 * every relative mention lies around the publication date, not in another decade.
 */
class SeedArticlesTest {
    private static Path articles() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/eval/seeds/articles");
            if (Files.isDirectory(candidate)) return candidate;
        }
        return null;
    }

    @Test
    void findsWellFormedMentionsInTheSeedArticles() throws IOException {
        Path dir = articles();
        assumeTrue(dir != null, "../shared/eval/seeds/articles not found: skipping the seed-article check");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no seed articles in " + dir);
        ObjectMapper json = new ObjectMapper();
        for (Path f : files) {
            JsonNode article = json.readTree(f.toFile());
            String text = article.get("text").asText();
            LocalDate published = LocalDate.parse(article.get("published").asText());
            List<TimeMention> found = TimeExpressions.find(text, published);
            assertFalse(found.isEmpty(), f + " has no time expression");
            int previousEnd = 0;
            for (TimeMention m : found) {
                assertTrue(m.start() >= previousEnd, f + ": " + m);
                assertEquals(m.expression(), text.substring(m.start(), m.end()));
                previousEnd = m.end();
                if (m.relative() && m.from() != null) {
                    assertTrue(m.from().isAfter(published.minusYears(30)) && m.from().isBefore(published.plusYears(2)),
                            f + ": " + m);
                }
            }
        }
    }
}
