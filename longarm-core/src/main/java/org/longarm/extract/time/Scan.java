package org.longarm.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass of the rules over the region {@code [from, to)} of a text, with the publication date (null when
 * unknown), collecting candidate mentions into {@code out}.
 */
record Scan(String text, int from, int to, LocalDate published, List<TimeMention> out) {
    /** How far back {@link #preceded} looks for context words. */
    private static final int LOOK_BACK = 40;

    /** A matcher over the region that sees the text around it, so word boundaries at the edges hold. */
    Matcher matcher(Pattern p) {
        return p.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** True when the text just before {@code pos} matches {@code p}, a pattern ending in {@code $}. */
    boolean preceded(int pos, Pattern p) {
        return p.matcher(text.substring(Math.max(0, pos - LOOK_BACK), pos)).find();
    }

    /** True when the text from {@code pos} on starts with a match of {@code p}. */
    boolean followed(int pos, Pattern p) {
        return p.matcher(text).region(pos, text.length()).useTransparentBounds(true).lookingAt();
    }

    /** After a rejected match, looks again from the position after its start, so a shorter match there is found. */
    void retry(Matcher m) {
        m.region(m.start() + 1, to);
    }

    boolean dated() { return published != null; }

    /** Adds the mention of {@code text[start, end)}, if the interval has a bound and is in order. */
    void add(int start, int end, Periods.Interval i, Granularity g, boolean relative) {
        if (i == null || (i.from() == null && i.to() == null)) return;
        if (i.from() != null && i.to() != null && i.to().isBefore(i.from())) return;
        out.add(new TimeMention(start, end, text.substring(start, end), i.from(), i.to(), g, relative));
    }

    void add(Matcher m, String group, Periods.Interval i, Granularity g, boolean relative) {
        add(m.start(group), m.end(group), i, g, relative);
    }
}
