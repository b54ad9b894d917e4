package org.longarm.extract.time;

import java.time.LocalDate;

/** Placeholder until the time branch lands. */
public record TimeMention(int start, int end, String expression, LocalDate from, LocalDate to, Granularity granularity, boolean relative) {
    public enum Granularity { DAY, WEEK, MONTH, SEASON, YEAR, DECADE, VAGUE }
}
