package org.longarm.model;

/** The number of persons targeted, where the text gives one, and the span it was read from. */
public record TargetCount(int value, TextSpan span) {
    public TargetCount {
        Checks.check(value > 0, "count must be positive, was " + value);
    }
}
