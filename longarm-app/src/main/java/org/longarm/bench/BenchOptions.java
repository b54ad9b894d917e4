package org.longarm.bench;

import java.nio.file.Path;
import org.longarm.model.Checks;

/**
 * How a bench run is sized.
 *
 * @param mb uncompressed size of the throughput corpus, MB (10^6 bytes)
 * @param e2eMb uncompressed size of the (separate, smaller) end-to-end corpus, MB
 * @param relevantShare share of relevant articles in both corpora, in (0, 1]
 * @param seed seed of the corpora (the end-to-end one uses {@code seed + 1})
 * @param sample candidates timed per NLP stage and through {@code Pipeline.process}
 * @param warmup candidates processed before any per-article timing
 * @param repeats timed passes over the corpus for decompression and prefilter (after one untimed pass)
 * @param workDir folder for corpora and the store, or null for a temporary one deleted afterwards
 */
public record BenchOptions(double mb, double e2eMb, double relevantShare, long seed, int sample, int warmup, int repeats,
                           Path workDir) {
    public static final double DEFAULT_MB = 20;
    public static final double DEFAULT_E2E_MB = 2;
    public static final int DEFAULT_SAMPLE = 20;
    public static final int DEFAULT_WARMUP = 5;
    public static final int DEFAULT_REPEATS = 3;

    public BenchOptions {
        Checks.check(mb > 0 && mb <= 100_000, "mb must be in (0, 100000], was " + mb);
        Checks.check(e2eMb > 0 && e2eMb <= 100_000, "e2e mb must be in (0, 100000], was " + e2eMb);
        Checks.check(relevantShare > 0 && relevantShare <= 1, "relevant share must be in (0, 1], was " + relevantShare);
        Checks.check(sample >= 1, "sample must be at least 1, was " + sample);
        Checks.check(warmup >= 0, "warmup must not be negative, was " + warmup);
        Checks.check(repeats >= 1, "repeats must be at least 1, was " + repeats);
    }

    public static BenchOptions defaults() {
        return new BenchOptions(DEFAULT_MB, DEFAULT_E2E_MB, CorpusBuilder.DEFAULT_RELEVANT_SHARE, CorpusBuilder.DEFAULT_SEED,
                DEFAULT_SAMPLE, DEFAULT_WARMUP, DEFAULT_REPEATS, null);
    }
}
