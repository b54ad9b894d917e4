package org.longarm.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.longarm.model.Article;
import org.longarm.model.Checks;

/**
 * Times one CoreNLP configuration on the bench's fixture articles, in a process of its own (heap figures of two
 * pipelines in one JVM would mix): start time, warm per-article annotation time, heap after a full GC with the
 * pipeline loaded, peak heap.
 */
public final class NlpVariantBench {
    private final NlpVariant variant;
    private final int warmup;
    private final int rounds;
    private final Consumer<String> log;

    public NlpVariantBench(NlpVariant variant, int warmup, int rounds, Consumer<String> log) {
        this.variant = Checks.notNull(variant, "variant");
        Checks.check(warmup >= 0, "warmup must not be negative, was " + warmup);
        Checks.check(rounds >= 1, "rounds must be at least 1, was " + rounds);
        this.warmup = warmup;
        this.rounds = rounds;
        this.log = Checks.notNull(log, "log");
    }

    public BenchReport run() {
        List<Article> articles = BenchArticles.load();
        HeapMeter.resetPeaks();
        log.accept("bench: starting CoreNLP (" + variant.cliName() + ": " + variant.annotators()
                + (variant.fineGrained() ? ", fine-grained NER" : ", coarse NER") + ")");
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(variant.properties());
        double startSeconds = (System.nanoTime() - t0) / 1e9;
        Timings first = new Timings();
        first.time(() -> annotate(pipeline, articles.get(0)));
        log.accept("bench: warming up on " + warmup + " articles");
        for (int i = 0; i < warmup; i++) annotate(pipeline, articles.get((i + 1) % articles.size()));
        log.accept("bench: timing " + rounds + " rounds over " + articles.size() + " fixture articles");
        Timings annotate = new Timings();
        Timings cpu = Timings.cpu();
        long tokens = 0;
        for (int r = 0; r < rounds; r++) {
            for (Article a : articles) {
                long c0 = cpu.now();
                tokens += annotate.time(() -> annotate(pipeline, a));
                cpu.add(cpu.now() - c0);
            }
        }
        double peak = HeapMeter.peakMb();
        double live = HeapMeter.liveMb();
        Reference.reachabilityFence(pipeline);
        List<Metric> out = new ArrayList<>();
        out.add(Metric.text("variant", variant.cliName(), "variant"));
        out.add(Metric.text("annotators", variant.annotators(), "annotators"));
        out.add(Metric.text("ner", variant.fineGrained() ? "fine-grained" : "coarse", "NER"));
        out.add(Metric.of("start_s", startSeconds, "s", "pipeline start"));
        out.add(Metric.of("first_article_ms", first.meanMs(), "ms", "first article after start"));
        out.add(Metric.count("articles", annotate.count(), "articles timed"));
        out.add(Metric.of("tokens_per_article", (double) tokens / annotate.count(), "", "tokens per article"));
        out.add(Metric.of("corenlp_ms_per_article", annotate.meanMs(), "ms", "annotation, mean"));
        out.add(Metric.of("corenlp_ms_median", annotate.medianMs(), "ms", "  median"));
        out.add(Metric.of("corenlp_ms_p90", annotate.percentileMs(90), "ms", "  90th percentile"));
        out.add(Metric.of("corenlp_cpu_ms_per_article", cpu.meanMs(), "ms", "  CPU time, mean"));
        out.add(Metric.of("live_heap_mb", live, "MiB", "live heap after GC, pipeline loaded"));
        out.add(Metric.of("peak_heap_mb", peak, "MiB", "peak heap (sum of pool peaks)"));
        out.add(Metric.of("max_heap_mb", HeapMeter.maxMb(), "MiB", "heap limit (-Xmx)"));
        BenchReport.addMachine(out);
        return new BenchReport(out);
    }

    /** Annotates one article as {@code Nlp.annotate} does (publication date as the document date); returns its token count. */
    private static int annotate(StanfordCoreNLP pipeline, Article a) {
        Annotation doc = new Annotation(a.text());
        if (a.publishedDate() != null) doc.set(CoreAnnotations.DocDateAnnotation.class, a.publishedDate().toString());
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
