package org.longarm.model;

/** Argument checks for API misuse: an {@link IllegalArgumentException} that names the parameter and shows the bad value. */
public final class Checks {
    private Checks() {}

    public static <T> T notNull(T value, String name) {
        if (value == null) throw new IllegalArgumentException(name + " must not be null");
        return value;
    }

    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " must not be blank, was '" + value + "'");
        return value;
    }

    public static void check(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
    }
}
