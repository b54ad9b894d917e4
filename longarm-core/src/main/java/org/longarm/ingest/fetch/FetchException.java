package org.longarm.ingest.fetch;

/** A fetch that failed or was refused; the message is the human reason ("timed out after 30 s"). */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public FetchException(String reason) {
        super(reason, null, false, false);
    }
}
