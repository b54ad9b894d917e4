package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
    @TempDir
    Path dir;

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String corpus(int n, int everyRelevant) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String text = i % everyRelevant == 0 ? "Officials said a worker from North Korea defected last month."
                    : i % 7 == 0 ? "Trade with North Korea grew." : "The ferry timetable changed on Tuesday.";
            sb.append("{\"id\": \"a").append(i).append("\", \"title\": \"Story ").append(i).append("\", \"text\": \"")
                    .append(text).append("\"}\n");
        }
        return sb.toString();
    }

    @Test
    void printsTheIdOfEachCandidateAndASummary() throws Exception {
        Path f = Files.write(dir.resolve("c.jsonl.gz"), gzip(corpus(1000, 50)));
        Cli.Run run = Cli.run("scan", "--json", f.toString());
        assertEquals(0, run.status(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(21, lines.size(), run.toString());
        assertEquals("a0", lines.get(0));
        assertEquals("a950", lines.get(19));
        JsonNode summary = new ObjectMapper().readTree(lines.get(20));
        assertEquals(1000, summary.get("articles").asLong());
        assertEquals(20, summary.get("candidates").asLong());
        assertEquals(Files.size(f) / 1e6, summary.get("mb").asDouble(), 0.001);
        assertTrue(summary.get("seconds").asDouble() >= 0);
    }

    @Test
    void aTruncatedGzipIsNamedAndTheOtherFilesAreScanned() throws Exception {
        byte[] full = gzip(corpus(5000, 50));
        Path cut = Files.write(dir.resolve("a-cut.jsonl.gz"), Arrays.copyOf(full, full.length / 2));
        Path good = Files.write(dir.resolve("b.jsonl"), corpus(100, 50).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Cli.Run run = Cli.run("scan", cut.toString(), good.toString());
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains(cut + ":"), run.err());
        assertTrue(run.err().contains("truncated gzip"), run.err());
        assertTrue(run.out().lines().anyMatch("a50"::equals), "the good file was scanned: " + run);
    }

    @Test
    void scansFoldersAndOtherFormats() throws Exception {
        Files.writeString(dir.resolve("x.txt"), "SEOUL (Yonhap) -- A North Korean diplomat defected to the South.");
        Files.writeString(dir.resolve("y.txt"), "Nothing here.");
        Cli.Run run = Cli.run("scan", "--json", dir.toString());
        assertEquals(0, run.status(), run.toString());
        assertEquals("x", run.out().lines().findFirst().orElseThrow());
        assertTrue(run.out().contains("\"articles\": 2, \"candidates\": 1"), run.out());
    }
}
