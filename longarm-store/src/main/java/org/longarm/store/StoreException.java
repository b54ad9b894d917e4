package org.longarm.store;

/** The store could not do what was asked: the database is unreachable, locked past its timeout, or corrupt. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
