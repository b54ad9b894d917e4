package org.longarm.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.longarm.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import PATH...}: reads, extracts, links and stores; re-importing the same article changes nothing. */
@Command(name = "import",
        description = {"Reads articles (.json, .jsonl[.gz], .txt, .html, .warc[.gz], .rss/.atom/.xml feeds; folders"
            + " recursively; web pages and feeds by http(s) URL), extracts incidents,"
            + " links them across articles and stores everything in the data folder.",
            "Articles already stored with the same text are skipped."},
        footer = {"", "Exit status: 0 all inputs stored, 1 some rejected (each named on standard error, the rest stored), 2 usage error."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Mixin
    PacksOption packs;

    @Parameters(arity = "1..*", paramLabel = "PATH_OR_URL",
            description = "Files or folders to import, or http(s) URLs of web pages and RSS/Atom feeds.")
    List<String> inputs;

    @Option(names = "--allow-private", description = "Allow fetching from private, loopback and link-local addresses"
            + " (also LONGARM_ALLOW_PRIVATE=1).")
    boolean allowPrivate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean debug = Errors.debug(spec.commandLine().getParseResult());
        ImportSummary summary;
        try (Store store = data.openForWriting(); Progress progress = Progress.forStderr(spec.commandLine().getErr())) {
            WebInputs web = WebInputs.split(inputs, allowPrivate);
            summary = new Importer(store, packs.load(), () -> SharedPipeline.get(packs.load()), progress, UnaryOperator.identity(), debug)
                    .run(web.paths(), web.urls(), web.fetcher());
        }
        spec.commandLine().getErr().println(summary.line());
        return summary.rejected() > 0 ? Errors.FAILED : 0;
    }
}
