package org.longarm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.longarm.ingest.Ingest;
import org.longarm.ingest.IngestProblem;
import org.longarm.ingest.IngestSink;
import org.longarm.model.Article;
import org.longarm.pack.Prefilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scan PATH... [--json]}: the relevance prefilter alone, streamed, nothing stored. Prints the id of every
 * candidate article, one a line; with {@code --json} a last line {@code {"articles": N, "candidates": M, "mb": X,
 * "seconds": S}} where {@code mb} is the size of the input files in megabytes (10^6 bytes) as they lie on disk.
 * JSON lines that a cheap check of their raw bytes rules out are not parsed, so a malformed line is only named
 * when it could have been a candidate ({@code import} names them all).
 */
@Command(name = "scan",
        description = {"Runs the relevance prefilter alone over files or folders (any input format) and prints the id"
            + " of each candidate article, one a line. Nothing is stored.",
            "Compressed input is decompressed on one core while the other scans."},
        footer = {"", "Exit status: 0 all inputs read, 1 some rejected (each named on standard error), 2 usage error."})
final class ScanCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to scan.")
    List<Path> inputs;

    @Option(names = "--json", description = "End with a JSON summary line: articles, candidates, mb, seconds.")
    boolean json;

    @picocli.CommandLine.Mixin
    PacksOption packs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Prefilter prefilter = packs.prefilter();
        Counter counter = new Counter(out, err);
        List<Path> files = Ingest.files(inputs, counter);
        long bytes = 0;
        for (Path f : files) {
            bytes += size(f);
            counter.articles += Ingest.scan(f, prefilter, counter);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (json) {
            out.println(String.format(Locale.ROOT, "{\"articles\": %d, \"candidates\": %d, \"mb\": %.3f, \"seconds\": %.3f}",
                    counter.articles, counter.candidates, bytes / 1e6, seconds));
        }
        out.flush();
        return counter.rejected > 0 ? Errors.FAILED : 0;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Prints candidates, counts, names problems. */
    private static final class Counter implements IngestSink {
        private final PrintWriter out;
        private final PrintWriter err;
        long articles;
        long candidates;
        long rejected;

        Counter(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public void article(Article a) {
            candidates++;
            out.println(a.id());
        }

        @Override
        public void problem(IngestProblem problem) {
            rejected++;
            err.println("longarm: " + problem.source() + ": " + problem.reason());
        }
    }
}
