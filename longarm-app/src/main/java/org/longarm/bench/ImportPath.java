package org.longarm.bench;

import java.nio.file.Path;
import org.longarm.Pipeline;
import org.longarm.model.Checks;

/**
 * The import path the end-to-end measurement times (ingest, process, store, link, store incidents), given by the
 * caller so that the bench runs the very code {@code ./longarm import} runs.
 */
@FunctionalInterface
public interface ImportPath {
    /** Imports {@code file} into a store in {@code dataDir} with an already started {@code pipeline}. */
    Imported run(Path file, Path dataDir, Pipeline pipeline);

    /** What an import did: articles read, inputs rejected, relevant articles, incidents in the store after linking. */
    record Imported(long articles, long rejected, long relevant, int incidents) {
        public Imported {
            Checks.check(articles >= 0 && rejected >= 0 && relevant >= 0 && incidents >= 0,
                    "negative count: " + articles + ", " + rejected + ", " + relevant + ", " + incidents);
        }
    }
}
