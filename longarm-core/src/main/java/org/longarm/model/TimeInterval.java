package org.longarm.model;

import java.time.LocalDate;

/**
 * The interval of an act, normalized against the publication date. Unknown bounds are null, never guessed.
 * {@code expression} is the text it was read from, {@code span} where.
 */
public record TimeInterval(LocalDate from, LocalDate to, String expression, TextSpan span) {
    public static final TimeInterval UNKNOWN = new TimeInterval(null, null, null, null);

    public TimeInterval {
        Checks.check(from == null || to == null || !to.isBefore(from), "interval ends before it starts: " + from + ".." + to);
    }

    public boolean isUnknown() { return from == null && to == null; }

    /** True when the two intervals can describe the same time (open bounds overlap anything). */
    public boolean overlaps(TimeInterval o) {
        boolean a = from == null || o.to == null || !o.to.isBefore(from);
        boolean b = to == null || o.from == null || !to.isBefore(o.from);
        return a && b;
    }
}
