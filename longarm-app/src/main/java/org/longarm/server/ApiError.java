package org.longarm.server;

/** A client error: its HTTP status, a message for people and the input it is about (or null). */
final class ApiError extends RuntimeException {
    private final int status;
    private final String field;

    ApiError(int status, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
    }

    static ApiError badRequest(String field, String message) {
        return new ApiError(400, message, field);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message, null);
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }
}
