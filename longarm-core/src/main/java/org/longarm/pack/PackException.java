package org.longarm.pack;

/** A domain pack's data file is missing or malformed; the message names the file and line. */
public final class PackException extends RuntimeException {
    public PackException(String message) {
        super(message);
    }
}
