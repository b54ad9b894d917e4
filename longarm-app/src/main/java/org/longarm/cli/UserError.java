package org.longarm.cli;

/** An error the user can fix (a missing folder, an unknown id): printed as one line, never with a stack trace. */
final class UserError extends RuntimeException {
    private final int status;

    UserError(String message, int status) {
        super(message);
        this.status = status;
    }

    /** A usage error: exit status 2. */
    static UserError usage(String message) {
        return new UserError(message, Errors.USAGE);
    }

    int status() {
        return status;
    }
}
