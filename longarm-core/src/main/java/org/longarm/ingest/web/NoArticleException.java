package org.longarm.ingest.web;

/** A page from which no article could be read (no main text, mostly links, not HTML); the message says why. */
public final class NoArticleException extends Exception {
    private static final long serialVersionUID = 1L;

    public NoArticleException(String reason) {
        super(reason, null, false, false);
    }
}
