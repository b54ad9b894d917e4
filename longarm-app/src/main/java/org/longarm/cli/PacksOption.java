package org.longarm.cli;

import java.nio.file.Path;
import java.util.List;
import org.longarm.pack.PackException;
import org.longarm.pack.Packs;
import picocli.CommandLine.Option;

/** The {@code --packs DIR} and {@code --pack CODE[,CODE]} options of every command that extracts or scans. */
final class PacksOption {
    @Option(names = "--packs", paramLabel = "DIR", defaultValue = "${env:LONGARM_PACKS}",
            description = "Folder of extra state packs (one sub-folder a pack; one named like a built-in pack replaces it)."
                    + " Default: $LONGARM_PACKS if set.")
    Path dir;

    @Option(names = "--pack", paramLabel = "CODE", split = ",",
            description = "Run only these state packs (comma-separated codes, e.g. prk,chn). Default: every installed pack.")
    List<String> only;

    /** The one prefilter of the packs chosen, read from their prefilter files alone (fast to start). */
    org.longarm.pack.Prefilter prefilter() {
        try {
            return Packs.prefilter(dir, only == null ? List.of() : only);
        } catch (PackException e) {
            throw UserError.usage(e.getMessage());
        }
    }

    /** The packs chosen; a usage error naming the problem when a code or a pack file is wrong. */
    Packs load() {
        try {
            if (dir == null && (only == null || only.isEmpty())) return Packs.builtin();
            return Packs.load(dir, only == null ? List.of() : only);
        } catch (PackException e) {
            throw UserError.usage(e.getMessage());
        }
    }
}
