package org.longarm.bench;

import java.nio.file.Path;
import java.util.List;
import org.longarm.model.Checks;

/**
 * A bench corpus as written: a {@code .jsonl.gz} file of {@code articles} articles, {@code relevantIds} of them
 * built from fixture articles (the rest filler); {@code bytes} uncompressed, {@code gzipBytes} on disk.
 */
public record Corpus(Path file, int articles, List<String> relevantIds, long bytes, long gzipBytes) {
    public Corpus {
        Checks.notNull(file, "file");
        relevantIds = List.copyOf(Checks.notNull(relevantIds, "relevantIds"));
        Checks.check(articles >= relevantIds.size(), "articles < relevant: " + articles + " < " + relevantIds.size());
        Checks.check(bytes >= 0 && gzipBytes >= 0, "negative size: " + bytes + ", " + gzipBytes);
    }

    public int relevant() {
        return relevantIds.size();
    }

    /** Uncompressed size in MB (10^6 bytes). */
    public double megabytes() {
        return bytes / 1e6;
    }
}
