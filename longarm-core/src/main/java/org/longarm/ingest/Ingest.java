package org.longarm.ingest;

import java.nio.file.Path;
import java.util.List;

/** Front door of ingest: expands inputs into files and streams their articles (FORMATS.md, "Articles in"). */
public final class Ingest {
    private Ingest() {}

    /** Files under the given paths (folders recursively, sorted by path); sidecar .meta.json files are not inputs. */
    public static List<Path> files(List<Path> inputs, IngestSink sink) {
        throw new UnsupportedOperationException("TODO");
    }

    /** A cheap estimate of the number of articles in a file (lines of a JSONL file, else 1), for progress bars. */
    public static long estimate(Path file) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Streams the articles of one file to the sink; malformed records go to the sink as problems, never as exceptions. */
    public static void read(Path file, IngestSink sink) {
        throw new UnsupportedOperationException("TODO");
    }
}
