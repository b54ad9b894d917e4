package org.longarm.ingest;

/** A record or file that cannot be taken, with a human reason; becomes an {@link IngestProblem}, never a stack trace. */
final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
