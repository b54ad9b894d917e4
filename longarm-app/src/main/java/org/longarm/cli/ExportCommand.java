package org.longarm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.longarm.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export --format jsonl|articles-jsonl|csv|geojson [--out FILE]}: the formats of FORMATS.md. */
@Command(name = "export",
        description = "Writes the stored incidents (or articles) in one of the exchange formats of FORMATS.md.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = ExportFormat.Converter.class,
            completionCandidates = ExportFormat.Labels.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to this file (whole or not at all) instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Store store = data.openExisting()) {
            if (out != null) {
                AtomicFile.write(out, w -> format.write(store, w));
            } else {
                PrintWriter stdout = spec.commandLine().getOut();
                format.write(store, stdout);
                stdout.flush();
            }
        }
        return 0;
    }
}
