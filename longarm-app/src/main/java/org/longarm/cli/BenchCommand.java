package org.longarm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.longarm.bench.Bench;
import org.longarm.bench.BenchOptions;
import org.longarm.bench.BenchReport;
import org.longarm.bench.CorpusBuilder;
import org.longarm.bench.ImportPath;
import org.longarm.bench.NlpVariant;
import org.longarm.bench.NlpVariantBench;
import org.longarm.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench [--json]}: measures the pipeline on a corpus it builds from its own fixture articles (FORMATS.md).
 * The end-to-end part runs the very import path of {@code import} ({@link Importer}) into a temporary store.
 */
@Command(name = "bench",
        description = {"Measures the pipeline on a corpus it builds from its own fixture articles and generated filler:"
            + " gzip decompression, the prefilter path, CoreNLP, extraction and linking per article, Pipeline.process,"
            + " the import path end to end, and peak heap. Nothing is written to the data folder.",
            "With --nlp-variant, times only that CoreNLP configuration on the fixture articles (run each in its own process)."},
        footer = {"", "Data sizes in MB of 10^6 bytes, heap in MiB. Exit status: 0 measured, 1 failed, 2 usage error."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--mb", paramLabel = "N", defaultValue = "" + BenchOptions.DEFAULT_MB,
            description = "Uncompressed size of the throughput corpus in MB (default ${DEFAULT-VALUE}).")
    double mb;

    @Option(names = "--e2e-mb", paramLabel = "N", defaultValue = "" + BenchOptions.DEFAULT_E2E_MB,
            description = "Uncompressed size of the end-to-end corpus in MB (default ${DEFAULT-VALUE}).")
    double e2eMb;

    @Option(names = "--relevant-share", paramLabel = "F", defaultValue = "" + CorpusBuilder.DEFAULT_RELEVANT_SHARE,
            description = "Share of relevant articles in the corpora (default ${DEFAULT-VALUE}).")
    double relevantShare;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + CorpusBuilder.DEFAULT_SEED,
            description = "Seed of the generated corpora (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "" + BenchOptions.DEFAULT_SAMPLE,
            description = "Candidate articles timed per stage (default ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "" + BenchOptions.DEFAULT_WARMUP,
            description = "Candidate articles processed before timing (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "" + BenchOptions.DEFAULT_REPEATS,
            description = {"Timed passes for decompression, prefilter and linking, the median reported; with --nlp-variant,"
                + " rounds over the fixture articles (default ${DEFAULT-VALUE})."})
    int repeats;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Keep the corpora and the store in DIR (default: a temporary folder, deleted afterwards).")
    Path work;

    @Option(names = "--nlp-variant", paramLabel = "V",
            description = "Time only this CoreNLP configuration on the fixture articles: coarse (used), fine, depparse, fine_depparse.")
    NlpVariant nlpVariant;

    @Option(names = "--linking", paramLabel = "N", split = ",",
            description = "Time only linking, over N generated reports (several sizes: --linking 10000,100000).")
    List<Integer> linking;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (linking != null && !linking.isEmpty()) {
            for (int n : linking) {
                if (n <= 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--linking takes positive sizes, got " + n);
                org.longarm.bench.LinkingBench.Result r = org.longarm.bench.LinkingBench.run(n, seed);
                out.println(json ? r.json() : r.line());
                out.flush();
            }
            return 0;
        }
        BenchReport report = nlpVariant != null ? variantBench(err).run() : bench(err).run();
        out.print(json ? report.toJson() + "\n" : report.table());
        out.flush();
        return 0;
    }

    private Bench bench(PrintWriter err) {
        try {
            BenchOptions options = new BenchOptions(mb, e2eMb, relevantShare, seed, sample, warmup, repeats, work);
            return new Bench(options, importPath(err), err::println);
        } catch (IllegalArgumentException e) {
            throw UserError.usage(e.getMessage());
        }
    }

    private NlpVariantBench variantBench(PrintWriter err) {
        try {
            return new NlpVariantBench(nlpVariant, warmup, repeats, err::println);
        } catch (IllegalArgumentException e) {
            throw UserError.usage(e.getMessage());
        }
    }

    /** The import path of {@code import}, with the bench's warm pipeline and problems named on standard error. */
    private static ImportPath importPath(PrintWriter err) {
        return (file, dataDir, pipeline) -> {
            try (Store store = Store.open(dataDir); Progress progress = Progress.quiet(err)) {
                ImportSummary s = new Importer(store, pipeline.packs(), () -> pipeline, progress, UnaryOperator.identity(), false).run(List.of(file));
                return new ImportPath.Imported(s.read(), s.rejected(), s.relevant(), s.incidents());
            }
        };
    }
}
