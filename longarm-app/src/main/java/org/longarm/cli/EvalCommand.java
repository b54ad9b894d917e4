package org.longarm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.longarm.eval.Score;
import org.longarm.eval.Scorer;
import org.longarm.export.Exports;
import org.longarm.model.Article;
import org.longarm.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eval --gold DIR [--json OUT]}: imports DIR/articles into a fresh temporary store (deleted afterwards), with
 * the gold labels {@code relevant} and {@code cites} taken out of each article first, and scores the exports against
 * DIR/gold/incidents.json as score.py does.
 */
@Command(name = "eval",
        description = {"Imports GOLD/articles into a fresh temporary store and scores the result against"
            + " GOLD/gold/incidents.json as shared/eval/score.py does; prints 'metric: value' lines.",
            "The --data folder is not used: eval never touches the stored data."})
final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Labels in gold articles that the system must never read. */
    static final List<String> GOLD_LABELS = List.of("relevant", "cites");

    @Mixin
    DataOption data;

    @Mixin
    PacksOption packs;

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "DIR",
            description = "Folder with articles/ and gold/incidents.json; several folders are scored as one set.")
    List<Path> golds;

    @Option(names = "--predictions", paramLabel = "DIR",
            description = "Also write what was scored (incidents.jsonl, articles.jsonl) to this folder, for error analysis.")
    Path predictions;

    @Option(names = "--json", paramLabel = "OUT", description = "Also write the metrics as a JSON object to this file.")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path gold : golds) {
            if (!Files.isDirectory(gold.resolve("articles"))) throw UserError.usage("--gold " + gold + ": no articles/ folder in it");
            if (!Files.isRegularFile(gold.resolve("gold").resolve("incidents.json"))) {
                throw UserError.usage("--gold " + gold + ": no gold/incidents.json in it");
            }
        }
        Path merged = golds.size() == 1 ? null : merge(golds);
        try {
            return score(merged != null ? merged : golds.get(0));
        } finally {
            if (merged != null) deleteTree(merged);
        }
    }

    /** Several gold folders as one: their articles side by side (an id may occur once), their incidents in one list. */
    private static Path merge(List<Path> golds) throws IOException {
        Path dir = Files.createTempDirectory("longarm-gold-");
        Path articles = Files.createDirectories(dir.resolve("articles"));
        com.fasterxml.jackson.databind.node.ArrayNode all = JSON.createArrayNode();
        for (Path gold : golds) {
            try (Stream<Path> files = Files.list(gold.resolve("articles"))) {
                for (Path f : files.sorted().toList()) {
                    Path to = articles.resolve(f.getFileName().toString());
                    if (Files.exists(to)) throw UserError.usage("--gold " + gold + ": article file " + f.getFileName() + " is in two gold folders");
                    Files.copy(f, to);
                }
            }
            JsonNode incidents = JSON.readTree(gold.resolve("gold").resolve("incidents.json").toFile());
            if (!incidents.isArray()) throw UserError.usage("--gold " + gold + ": gold/incidents.json is not a JSON array");
            incidents.forEach(all::add);
        }
        Files.createDirectories(dir.resolve("gold"));
        JSON.writeValue(dir.resolve("gold").resolve("incidents.json").toFile(), all);
        return dir;
    }

    private Integer score(Path gold) throws Exception {
        Path articles = gold.resolve("articles");
        Path goldIncidents = gold.resolve("gold").resolve("incidents.json");
        boolean debug = Errors.debug(spec.commandLine().getParseResult());
        PrintWriter err = spec.commandLine().getErr();
        Path tmp = Files.createTempDirectory("longarm-eval-");
        ImportSummary summary;
        StringWriter incidents = new StringWriter();
        StringWriter results = new StringWriter();
        try {
            try (Store store = Store.open(tmp); Progress progress = Progress.forStderr(err)) {
                summary = new Importer(store, packs.load(), () -> SharedPipeline.get(packs.load()), progress, EvalCommand::withoutGoldLabels, debug).run(List.of(articles));
                Exports.incidentsJsonl(store.incidents(), incidents);
                Exports.articlesJsonl(store.results(), results);
            }
        } finally {
            deleteTree(tmp);
        }
        err.println(summary.line());
        if (predictions != null) {
            Files.createDirectories(predictions);
            AtomicFile.write(predictions.resolve("incidents.jsonl"), w -> w.write(incidents.toString()));
            AtomicFile.write(predictions.resolve("articles.jsonl"), w -> w.write(results.toString()));
        }
        Score score = Scorer.score(articles, goldIncidents, incidents.toString(), results.toString());
        PrintWriter out = spec.commandLine().getOut();
        score.lines().forEach(out::println);
        out.flush();
        if (json != null) AtomicFile.write(json, w -> w.write(score.json()));
        return summary.rejected() > 0 ? Errors.FAILED : 0;
    }

    /** The article without the gold labels among its extra fields, as the private evaluation run strips them. */
    static Article withoutGoldLabels(Article a) {
        try {
            JsonNode extra = JSON.readTree(a.extraJson());
            if (!(extra instanceof ObjectNode o) || GOLD_LABELS.stream().noneMatch(o::has)) return a;
            o.remove(GOLD_LABELS);
            return new Article(a.id(), a.outlet(), a.url(), a.published(), a.title(), a.text(), a.language(),
                    JSON.writeValueAsString(o), a.flags(), a.source());
        } catch (IOException e) {
            return a;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
