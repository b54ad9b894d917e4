package org.longarm.ingest;

import org.longarm.model.Checks;

/**
 * Bounds that keep ingest's memory flat: the longest article text taken (in chars), and the largest single
 * {@code .json}/{@code .txt} file or JSONL line read into memory (in bytes).
 */
public record IngestLimits(int maxArticleChars, long maxFileBytes) {
    /** 2,000,000 chars per article, 8 MiB per file or line. */
    public static final IngestLimits DEFAULT = new IngestLimits(500_000, 8L * 1024 * 1024);

    public IngestLimits {
        Checks.check(maxArticleChars > 0, "maxArticleChars must be positive, was " + maxArticleChars);
        Checks.check(maxFileBytes > 0 && maxFileBytes <= Integer.MAX_VALUE - 16,
                "maxFileBytes must be in 1.." + (Integer.MAX_VALUE - 16) + ", was " + maxFileBytes);
    }

    void checkArticle(String text) throws BadInput {
        if (text.length() > maxArticleChars) {
            throw new BadInput("article too large (" + text.length() + " chars, limit " + maxArticleChars + ")");
        }
    }
}
