package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Shared pieces of the robustness tests: the test corpus, where seeds and fixtures live, exports, metrics. */
final class RobustSupport {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The export formats whose bytes must not depend on the order or the runs of an import. */
    static final List<String> COMPARED_FORMATS = List.of("jsonl", "articles-jsonl", "csv", "geojson");

    private RobustSupport() {}

    /** The small North Korea corpus of src/test/resources/robust/corpus (own words), copied into {@code dir}. */
    static List<Path> copyCorpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path from;
        try {
            from = Path.of(RobustSupport.class.getResource("/robust/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.sorted().toList()) {
                out.add(Files.copy(f, dir.resolve(f.getFileName().toString())));
            }
        }
        return out;
    }

    /** Every export format of the store in {@code data}, by label, each checked to have succeeded. */
    static Map<String, String> exports(Path data) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String format : COMPARED_FORMATS) {
            Cli.Run run = Cli.run("export", "--format", format, "--data", data.toString());
            assertEquals(0, run.status(), () -> "export " + format + " failed: " + run);
            out.put(format, run.out());
        }
        return out;
    }

    /** Asserts the two export sets are byte-identical, format by format, naming the first differing line. */
    static void assertSameExports(Map<String, String> expected, Map<String, String> actual, String what) {
        for (String format : expected.keySet()) {
            String e = expected.get(format);
            String a = actual.get(format);
            if (e.equals(a)) continue;
            List<String> el = e.lines().toList();
            List<String> al = a.lines().toList();
            int i = 0;
            while (i < el.size() && i < al.size() && el.get(i).equals(al.get(i))) i++;
            throw new AssertionError(what + ": export --format " + format + " differs at line " + (i + 1)
                    + "\n expected: " + (i < el.size() ? el.get(i) : "<end>")
                    + "\n   actual: " + (i < al.size() ? al.get(i) : "<end>"));
        }
    }

    /** No Java stack trace or exception class name leaks into what a user reads. */
    static void assertNoStackTrace(String stderr) {
        assertTrue(!stderr.contains("\tat ") && !stderr.contains("Exception") && !stderr.contains("Caused by"),
                () -> "stack trace or exception on standard error:\n" + stderr);
    }

    /** The {@code key: value} lines that eval prints, as numbers. */
    static Map<String, Double> metrics(String evalOut) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : evalOut.lines().toList()) {
            int colon = line.indexOf(": ");
            if (colon < 0) continue;
            try {
                out.put(line.substring(0, colon).strip(), Double.parseDouble(line.substring(colon + 2).strip()));
            } catch (NumberFormatException e) {
                // not a metric line
            }
        }
        return out;
    }

    /** {@code shared/eval/seeds} in the nearest folder above the working folder that holds one. */
    static Optional<Path> seeds() {
        return above(Path.of("shared", "eval", "seeds"), p -> Files.isDirectory(p.resolve("articles"))
                && Files.isRegularFile(p.resolve("gold").resolve("incidents.json")));
    }

    /** The project's fixtures (articles written for it, with gold), found from the working folder upwards. */
    static Path fixtures() {
        return above(Path.of("longarm-core", "src", "test", "resources", "fixtures"), p -> Files.isDirectory(p.resolve("articles")))
                .orElseThrow(() -> new AssertionError("longarm-core/src/test/resources/fixtures not found above "
                        + Path.of("").toAbsolutePath()));
    }

    private static Optional<Path> above(Path relative, java.util.function.Predicate<Path> ok) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve(relative);
            if (ok.test(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** The texts of the input articles in a folder of short-form {@code .json} files, by id. */
    static Map<String, String> textsById(Path articles) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(articles)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode a = JSON.readTree(f.toFile());
                out.put(a.get("id").asText(), a.get("text").asText());
            }
        }
        return out;
    }

    /** Lines of a JSONL export parsed. */
    static List<JsonNode> jsonLines(String jsonl) {
        return jsonl.lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + l, e);
            }
        }).toList();
    }
}
