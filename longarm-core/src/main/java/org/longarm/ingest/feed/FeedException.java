package org.longarm.ingest.feed;

/** A feed that cannot be read (invalid XML, not a feed); the message says why and where. */
public final class FeedException extends Exception {
    private static final long serialVersionUID = 1L;

    public FeedException(String reason) {
        super(reason, null, false, false);
    }
}
