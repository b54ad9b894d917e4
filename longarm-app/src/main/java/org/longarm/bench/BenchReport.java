package org.longarm.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.longarm.model.Checks;

/**
 * What a bench run measured, as named metrics in a fixed order: one JSON object for machines ({@link #toJson()}),
 * a table for people ({@link #table()}). Data sizes are in MB of 10^6 bytes, heap sizes in MiB.
 */
public record BenchReport(List<Metric> metrics) {
    /** The fields FORMATS.md promises in {@code bench --json}. */
    public static final List<String> REQUIRED = List.of("decompress_mb_s", "prefilter_mb_s", "relevant_articles_per_s",
            "end_to_end_articles_per_s", "peak_heap_mb");

    public BenchReport {
        metrics = List.copyOf(Checks.notNull(metrics, "metrics"));
        Set<String> seen = new HashSet<>();
        for (Metric m : metrics) Checks.check(seen.add(m.name()), "metric named twice: " + m.name());
    }

    /** The report of a pipeline run, with every {@link #REQUIRED} field. */
    public static BenchReport of(Measured m) {
        Corpus c = m.corpus();
        Measured.EndToEnd e = m.endToEnd();
        List<Metric> out = new ArrayList<>();
        out.add(Metric.of("corpus_mb", c.megabytes(), "MB", "corpus, uncompressed"));
        out.add(Metric.of("corpus_gzip_mb", c.gzipBytes() / 1e6, "MB", "corpus, gzip"));
        out.add(Metric.count("articles", c.articles(), "articles in corpus"));
        out.add(Metric.count("relevant", c.relevant(), "relevant articles built in"));
        out.add(Metric.count("candidates", m.candidates(), "prefilter candidates"));
        out.add(Metric.of("decompress_mb_s", rate(c.megabytes(), m.decompressSeconds()), "MB/s", "gzip decompression"));
        out.add(Metric.of("ingest_mb_s", rate(c.megabytes(), m.ingestSeconds()), "MB/s", "decompress + parse"));
        out.add(Metric.of("prefilter_mb_s", rate(c.megabytes(), m.prefilterSeconds()), "MB/s", "decompress + parse + prefilter"));
        out.add(Metric.of("prefilter_ms_per_article", per(m.prefilterSeconds() * 1000, c.articles()), "ms", "  per article"));
        out.add(Metric.of("pipeline_start_s", m.pipelineStartSeconds(), "s", "pack + CoreNLP start"));
        out.add(Metric.count("sample", m.corenlp().count(), "candidates timed per stage"));
        out.add(Metric.of("corenlp_ms_per_article", m.corenlp().meanMs(), "ms", "CoreNLP annotation, mean"));
        out.add(Metric.of("corenlp_ms_median", m.corenlp().medianMs(), "ms", "  median"));
        out.add(Metric.of("corenlp_ms_p90", m.corenlp().percentileMs(90), "ms", "  90th percentile"));
        out.add(Metric.of("corenlp_cpu_ms_per_article", m.corenlpCpu().meanMs(), "ms", "  CPU time, mean"));
        out.add(Metric.of("extract_ms_per_article", m.extract().meanMs(), "ms", "extraction, mean"));
        out.add(Metric.of("link_ms", m.link().medianMs(), "ms", "linking the sample, median"));
        out.add(Metric.of("link_ms_per_article", per(m.link().medianMs(), m.corenlp().count()), "ms", "  per article"));
        out.add(Metric.of("process_ms_per_article", m.process().meanMs(), "ms", "Pipeline.process, mean"));
        out.add(Metric.of("process_cpu_ms_per_article", m.processCpu().meanMs(), "ms", "  CPU time, mean"));
        out.add(Metric.of("relevant_articles_per_s", rate(m.process().count(), m.process().totalSeconds()), "articles/s",
                "relevant (candidate) articles"));
        out.add(Metric.of("e2e_mb", e.corpus().megabytes(), "MB", "end-to-end corpus, uncompressed"));
        out.add(Metric.count("e2e_articles", e.imported().articles(), "  articles read"));
        out.add(Metric.count("e2e_relevant", e.imported().relevant(), "  relevant (with incidents)"));
        out.add(Metric.count("e2e_incidents", e.imported().incidents(), "  incidents after linking"));
        out.add(Metric.count("e2e_rejected", e.imported().rejected(), "  rejected inputs"));
        out.add(Metric.of("e2e_seconds", e.seconds(), "s", "  wall time"));
        out.add(Metric.of("end_to_end_articles_per_s", rate(e.imported().articles(), e.seconds()), "articles/s",
                "  ingest > process > store > link"));
        out.add(Metric.of("peak_heap_mb", m.peakHeapMb(), "MiB", "peak heap (sum of pool peaks)"));
        out.add(Metric.of("live_heap_mb", m.liveHeapMb(), "MiB", "live heap after GC, pipeline loaded"));
        out.add(Metric.of("max_heap_mb", m.maxHeapMb(), "MiB", "heap limit (-Xmx)"));
        addMachine(out);
        return new BenchReport(out);
    }

    /** Adds what the numbers depend on: processors, system load (other processes share them), the Java runtime. */
    static void addMachine(List<Metric> out) {
        out.add(Metric.count("cores", Runtime.getRuntime().availableProcessors(), "available processors"));
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (load >= 0) out.add(Metric.of("load_average", load, "", "system load, last minute"));
        out.add(Metric.text("java", System.getProperty("java.vm.name") + " " + Runtime.version(), "Java"));
    }

    /** The value of the metric of that name, if any. */
    public Optional<Object> value(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).map(Metric::value).findFirst();
    }

    /** One JSON object on one line: metric name to value, in report order. */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Metric x : metrics) m.put(x.name(), x.value());
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report of numbers and text did not serialize", e);
        }
    }

    /** A plain table: label, value, unit; one metric a line. */
    public String table() {
        int width = 0;
        for (Metric m : metrics) width = Math.max(width, m.label().length());
        StringBuilder sb = new StringBuilder();
        for (Metric m : metrics) {
            String v = m.value() instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(m.value());
            sb.append(String.format(Locale.ROOT, "%-" + width + "s  %12s  %s", m.label(), v, m.unit()).stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static double rate(double amount, double seconds) {
        return seconds > 0 ? amount / seconds : 0;
    }

    private static double per(double amount, int count) {
        return count > 0 ? amount / count : 0;
    }
}
