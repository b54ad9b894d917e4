package org.longarm.ingest;

import org.longarm.model.Checks;

/** An input that could not be taken: the file (and record, e.g. "file.jsonl:17") and the reason, for stderr. */
public record IngestProblem(String source, String reason) {
    public IngestProblem {
        Checks.notBlank(source, "source");
        Checks.notBlank(reason, "reason");
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
