package org.longarm.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.longarm.Pipeline;
import org.longarm.extract.CitationFinder;
import org.longarm.extract.Extractor;
import org.longarm.ingest.Ingest;
import org.longarm.ingest.IngestProblem;
import org.longarm.ingest.IngestSink;
import org.longarm.link.Linker;
import org.longarm.model.Article;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;
import org.longarm.model.Checks;
import org.longarm.nlp.Nlp;
import org.longarm.nlp.NlpDoc;
import org.longarm.pack.DomainPack;
import org.longarm.pack.Prefilter;

/**
 * One bench run, in one process: builds the corpora, then times decompression, the prefilter path (decompress,
 * parse, prefilter), CoreNLP, extraction and linking per candidate, {@code Pipeline.process} per candidate, and
 * the import path end to end; heap peaks are reset once the corpora are written. Progress goes to {@code log}.
 */
public final class Bench {
    private final BenchOptions options;
    private final ImportPath importPath;
    private final Consumer<String> log;
    private long started;

    public Bench(BenchOptions options, ImportPath importPath, Consumer<String> log) {
        this.options = Checks.notNull(options, "options");
        this.importPath = Checks.notNull(importPath, "importPath");
        this.log = Checks.notNull(log, "log");
    }

    public BenchReport run() throws IOException {
        started = System.nanoTime();
        boolean temporary = options.workDir() == null;
        Path work = temporary ? Files.createTempDirectory("longarm-bench") : Files.createDirectories(options.workDir());
        try {
            return run(work);
        } finally {
            if (temporary) deleteTree(work);
        }
    }

    private BenchReport run(Path work) throws IOException {
        log(String.format(Locale.ROOT, "building corpora in %s: %.0f MB and %.0f MB, %.1f %% relevant, seed %d",
                work, options.mb(), options.e2eMb(), options.relevantShare() * 100, options.seed()));
        Corpus corpus = CorpusBuilder.standard(options.relevantShare(), options.seed())
                .write(work.resolve("corpus.jsonl.gz"), (long) (options.mb() * 1e6));
        Corpus e2eCorpus = CorpusBuilder.standard(options.relevantShare(), options.seed() + 1)
                .write(work.resolve("e2e.jsonl.gz"), (long) (options.e2eMb() * 1e6));
        log(String.format(Locale.ROOT, "corpus: %d articles (%d relevant), %.1f MB, %.1f MB gzip",
                corpus.articles(), corpus.relevant(), corpus.megabytes(), corpus.gzipBytes() / 1e6));
        System.gc();
        HeapMeter.resetPeaks();

        log("decompressing (" + (options.repeats() + 1) + " passes, the first untimed)");
        Timings decompress = new Timings();
        for (int i = 0; i <= options.repeats(); i++) {
            long t0 = System.nanoTime();
            long n = drain(corpus.file());
            if (n != corpus.bytes()) throw new IllegalStateException("decompressed " + n + " bytes, wrote " + corpus.bytes());
            if (i > 0) decompress.add(System.nanoTime() - t0);
        }

        long tPack = System.nanoTime();
        org.longarm.pack.Packs packs = org.longarm.pack.Packs.builtin();
        DomainPack pack = packs.view("prk");
        double packSeconds = (System.nanoTime() - tPack) / 1e9;
        log("ingest: decompress and parse (" + (options.repeats() + 1) + " passes, the first untimed)");
        Timings ingest = new Timings();
        for (int i = 0; i <= options.repeats(); i++) {
            long t0 = System.nanoTime();
            List<Article> all = candidates(corpus.file(), null);
            if (all.size() != corpus.articles()) throw new IllegalStateException("read " + all.size() + " articles, wrote " + corpus.articles());
            if (i > 0) ingest.add(System.nanoTime() - t0);
        }
        log("prefilter: decompress, parse and prefilter (" + (options.repeats() + 1) + " passes, the first untimed)");
        Timings prefilter = new Timings();
        List<Article> candidates = List.of();
        for (int i = 0; i <= options.repeats(); i++) {
            long t0 = System.nanoTime();
            candidates = candidates(corpus.file(), packs.prefilter());
            if (i > 0) prefilter.add(System.nanoTime() - t0);
        }
        if (candidates.isEmpty()) throw new IllegalStateException("the prefilter passed no article of the corpus: nothing to time");

        log("starting CoreNLP");
        long tNlp = System.nanoTime();
        Nlp nlp = Nlp.create();
        Pipeline pipeline = Pipeline.create(packs, nlp);
        double startSeconds = packSeconds + (System.nanoTime() - tNlp) / 1e9;
        Extractor extractor = new Extractor(pack);
        CitationFinder citations = new CitationFinder(pack);

        log("warming up on " + options.warmup() + " candidates");
        for (int i = 0; i < options.warmup(); i++) pipeline.process(candidates.get(i % candidates.size()));
        List<Article> sample = new ArrayList<>();
        for (int i = 0; i < options.sample(); i++) sample.add(candidates.get((options.warmup() + i) % candidates.size()));

        log("timing CoreNLP and extraction on " + sample.size() + " candidates");
        Timings corenlp = new Timings();
        Timings extract = new Timings();
        List<ArticleResult> results = new ArrayList<>();
        Timings corenlpCpu = Timings.cpu();
        for (Article a : sample) {
            long c0 = corenlpCpu.now();
            NlpDoc doc = corenlp.time(() -> nlp.annotate(a.text(), a.publishedDate()));
            corenlpCpu.add(corenlpCpu.now() - c0);
            List<ArticleIncident> incidents = extract.time(() -> extractor.extract(a, doc));
            results.add(new ArticleResult(a, true, incidents, citations.cites(a), pipeline.version()));
        }
        Linker linker = new Linker();
        for (int i = 0; i < 2; i++) linker.link(results);
        Timings link = new Timings();
        for (int i = 0; i < options.repeats(); i++) link.time(() -> linker.link(results));

        log("timing Pipeline.process on " + sample.size() + " candidates");
        Timings process = new Timings();
        Timings processCpu = Timings.cpu();
        for (Article a : sample) {
            long c0 = processCpu.now();
            process.time(() -> pipeline.process(a));
            processCpu.add(processCpu.now() - c0);
        }

        log(String.format(Locale.ROOT, "importing end to end: %d articles (%d relevant)", e2eCorpus.articles(), e2eCorpus.relevant()));
        Path data = Files.createTempDirectory(work, "data");
        long tImport = System.nanoTime();
        ImportPath.Imported imported = importPath.run(e2eCorpus.file(), data, pipeline);
        Measured.EndToEnd e2e = new Measured.EndToEnd(e2eCorpus, imported, (System.nanoTime() - tImport) / 1e9);

        double peak = HeapMeter.peakMb();
        double live = HeapMeter.liveMb();
        Reference.reachabilityFence(pipeline);
        return BenchReport.of(new Measured(corpus, decompress.medianSeconds(), ingest.medianSeconds(), prefilter.medianSeconds(),
                candidates.size(),
                startSeconds, corenlp, corenlpCpu, extract, link, process, processCpu, e2e, peak, live, HeapMeter.maxMb()));
    }

    /** Reads the whole gzip file, discarding the bytes; returns how many there were. */
    static long drain(Path file) throws IOException {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            for (int n; (n = in.read(buf)) >= 0; ) total += n;
        }
        return total;
    }

    /** The articles of the file the prefilter passes (all of them for a null prefilter), read by the import path's own reader. */
    static List<Article> candidates(Path file, Prefilter prefilter) {
        List<Article> out = new ArrayList<>();
        Ingest.read(file, new IngestSink() {
            @Override
            public void article(Article a) {
                if (prefilter == null || prefilter.candidate(a.title(), a.text())) out.add(a);
            }

            @Override
            public void problem(IngestProblem problem) {
                throw new IllegalStateException("the bench corpus is malformed: " + problem.source() + ": " + problem.reason());
            }
        });
        return out;
    }

    private void log(String line) {
        log.accept(String.format(Locale.ROOT, "bench: [%5.1f s] %s", (System.nanoTime() - started) / 1e9, line));
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the bench's temporary folder " + root, e);
        }
    }
}
