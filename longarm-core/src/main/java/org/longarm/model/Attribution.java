package org.longarm.model;

/** The attribution of a claim: its kind, the source as written (null for AUTHOR) and where that source is named. */
public record Attribution(AttributionKind kind, String source, TextSpan span) {
    public static final Attribution AUTHOR = new Attribution(AttributionKind.AUTHOR, null, null);

    public Attribution {
        Checks.notNull(kind, "kind");
    }
}
