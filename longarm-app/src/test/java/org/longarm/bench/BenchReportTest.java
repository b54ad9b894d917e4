package org.longarm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    private static Timings laps(long... millis) {
        Timings t = new Timings();
        for (long m : millis) t.add(m * 1_000_000);
        return t;
    }

    private static Measured measured() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) ids.add("r" + i);
        Corpus corpus = new Corpus(Path.of("corpus.jsonl.gz"), 1000, ids, 20_000_000, 2_000_000);
        Corpus e2eCorpus = new Corpus(Path.of("e2e.jsonl.gz"), 100, ids.subList(0, 3), 2_000_000, 200_000);
        Measured.EndToEnd e2e = new Measured.EndToEnd(e2eCorpus, new ImportPath.Imported(100, 0, 3, 7), 4.0);
        return new Measured(corpus, 0.1, 0.4, 0.5, 31, 3.5, laps(200, 300, 400), laps(100, 150, 200), laps(10, 20, 30), laps(2, 4),
                laps(250, 250, 500, 1000), laps(200, 200, 400, 800), e2e, 812.0, 390.0, 3072.0);
    }

    @Test
    void jsonIsOneObjectOnOneLineWithEveryRequiredField() throws Exception {
        String json = BenchReport.of(measured()).toJson();
        assertFalse(json.contains("\n"), json);
        JsonNode node = new ObjectMapper().readTree(json);
        assertTrue(node.isObject(), json);
        for (String field : BenchReport.REQUIRED) {
            assertTrue(node.has(field), field + " missing in " + json);
            assertTrue(node.get(field).isNumber(), field + " is not a number in " + json);
        }
        for (String extra : List.of("corenlp_ms_per_article", "extract_ms_per_article", "link_ms", "articles", "relevant", "candidates")) {
            assertTrue(node.has(extra), extra + " missing in " + json);
        }
    }

    @Test
    void ratesAreAmountsOverTimes() {
        BenchReport r = BenchReport.of(measured());
        assertEquals(200.0, r.value("decompress_mb_s").orElseThrow());
        assertEquals(50.0, r.value("ingest_mb_s").orElseThrow());
        assertEquals(40.0, r.value("prefilter_mb_s").orElseThrow());
        assertEquals(0.5, r.value("prefilter_ms_per_article").orElseThrow());
        assertEquals(2.0, r.value("relevant_articles_per_s").orElseThrow());
        assertEquals(25.0, r.value("end_to_end_articles_per_s").orElseThrow());
        assertEquals(300.0, r.value("corenlp_ms_per_article").orElseThrow());
        assertEquals(150.0, r.value("corenlp_cpu_ms_per_article").orElseThrow());
        assertEquals(400.0, r.value("process_cpu_ms_per_article").orElseThrow());
        assertEquals(20.0, r.value("extract_ms_per_article").orElseThrow());
        assertEquals(3.0, r.value("link_ms").orElseThrow());
        assertEquals(812.0, r.value("peak_heap_mb").orElseThrow());
        assertEquals(31L, r.value("candidates").orElseThrow());
    }

    @Test
    void aRateOverNoTimeIsZeroNotInfinite() {
        Measured m = measured();
        Measured zero = new Measured(m.corpus(), 0, 0, 0, 0, 0, new Timings(), new Timings(), new Timings(), new Timings(),
                new Timings(), new Timings(), m.endToEnd(), 0, 0, 0);
        BenchReport r = BenchReport.of(zero);
        assertEquals(0.0, r.value("decompress_mb_s").orElseThrow());
        assertEquals(0.0, r.value("relevant_articles_per_s").orElseThrow());
    }

    @Test
    void tableHasOneLinePerMetric() {
        BenchReport r = BenchReport.of(measured());
        String table = r.table();
        assertEquals(r.metrics().size(), table.lines().count(), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("gzip decompression") && l.contains("200.00") && l.endsWith("MB/s")), table);
    }

    @Test
    void aMetricNamedTwiceIsRejected() {
        Metric m = Metric.of("x_mb", 1, "MB", "x");
        assertThrows(IllegalArgumentException.class, () -> new BenchReport(List.of(m, m)));
    }

    @Test
    void metricNamesAreSnakeCaseAndValuesFinite() {
        assertThrows(IllegalArgumentException.class, () -> Metric.of("Decompress-MB", 1, "", ""));
        assertThrows(IllegalArgumentException.class, () -> Metric.of("x", Double.NaN, "", ""));
        assertThrows(IllegalArgumentException.class, () -> Metric.of("x", Double.POSITIVE_INFINITY, "", ""));
    }
}
