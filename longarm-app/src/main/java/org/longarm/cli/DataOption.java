package org.longarm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.longarm.store.Store;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command shares: where the embedded store lives. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:LONGARM_DATA:-longarm-data}",
            description = "Data folder holding the store. Default: $LONGARM_DATA if set, else longarm-data in the working folder (now: ${DEFAULT-VALUE}).")
    Path dir;

    Path dir() {
        return dir;
    }

    /** Opens the store, creating the folder when needed (for commands that write). */
    Store openForWriting() throws IOException {
        Files.createDirectories(dir);
        return Store.open(dir);
    }

    /** Opens an existing store; a missing folder is a usage error rather than a new empty store. */
    Store openExisting() {
        if (!Files.isDirectory(dir)) {
            throw UserError.usage("no data folder at " + dir + " (import articles first, or pass --data DIR or set LONGARM_DATA)");
        }
        return Store.open(dir);
    }
}
