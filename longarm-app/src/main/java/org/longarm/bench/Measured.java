package org.longarm.bench;

import org.longarm.model.Checks;

/**
 * The raw results of one bench run, before they become rates ({@link BenchReport#of(Measured)}). Times of whole
 * passes are medians over the repeated passes; per-article timings keep every lap.
 *
 * @param corpus the corpus read by the decompress and prefilter passes
 * @param decompressSeconds one pass of gzip decompression of the corpus, discarding the bytes
 * @param ingestSeconds one pass of decompression and JSON parsing into articles by ingest's own reader
 * @param prefilterSeconds one pass of decompress, JSON parsing into articles (ingest) and the prefilter
 * @param candidates articles of the corpus the prefilter passes on to NLP
 * @param pipelineStartSeconds loading the domain pack and starting CoreNLP
 * @param corenlp CoreNLP annotation, one lap per sampled candidate
 * @param corenlpCpu the same, CPU time of the annotating thread
 * @param extract extraction (from the annotated text), one lap per sampled candidate
 * @param link linking the sampled candidates' results into incidents, one lap per repetition
 * @param process the whole per-article pipeline ({@code Pipeline.process}), one lap per sampled candidate
 * @param processCpu the same, CPU time of the processing thread
 * @param endToEnd the import path over the end-to-end corpus into a fresh store
 * @param peakHeapMb sum of the heap pools' peaks over the run, MiB
 * @param liveHeapMb heap in use after a full GC at the end (pipeline still loaded), MiB
 * @param maxHeapMb the heap limit, MiB
 */
public record Measured(Corpus corpus, double decompressSeconds, double ingestSeconds, double prefilterSeconds, int candidates,
                       double pipelineStartSeconds, Timings corenlp, Timings corenlpCpu, Timings extract, Timings link,
                       Timings process, Timings processCpu,
                       EndToEnd endToEnd, double peakHeapMb, double liveHeapMb, double maxHeapMb) {
    public Measured {
        Checks.notNull(corpus, "corpus");
        Checks.notNull(corenlp, "corenlp");
        Checks.notNull(corenlpCpu, "corenlpCpu");
        Checks.notNull(processCpu, "processCpu");
        Checks.notNull(extract, "extract");
        Checks.notNull(link, "link");
        Checks.notNull(process, "process");
        Checks.notNull(endToEnd, "endToEnd");
        Checks.check(candidates >= 0 && candidates <= corpus.articles(), "candidates out of range: " + candidates);
    }

    /** The end-to-end import of {@code corpus}: what it did and its wall time (store opening included). */
    public record EndToEnd(Corpus corpus, ImportPath.Imported imported, double seconds) {
        public EndToEnd {
            Checks.notNull(corpus, "corpus");
            Checks.notNull(imported, "imported");
            Checks.check(seconds >= 0, "seconds must not be negative, was " + seconds);
        }
    }
}
