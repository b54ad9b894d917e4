/**
 * The {@code bench} command's measurements: a deterministic corpus built from the bench's own fixture articles and
 * generated filler ({@link org.longarm.bench.CorpusBuilder}), timed runs of each stage of the import path
 * ({@link org.longarm.bench.Bench}) and their report ({@link org.longarm.bench.BenchReport}). Nothing here is used
 * by an import.
 */
package org.longarm.bench;
