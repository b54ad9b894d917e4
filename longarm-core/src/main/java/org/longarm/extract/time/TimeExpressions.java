package org.longarm.extract.time;

import java.time.LocalDate;
import java.util.List;

/**
 * The time normalizer's front door: finds time expressions in English text with regular expressions (no NLP
 * pipeline, so fast and deterministic) and turns each into an interval {@code [from, to]} of ISO dates normalized
 * against the article's publication date; also converts SUTime TIMEX values into the same intervals.
 *
 * <p>Conventions (ONTOLOGY.md "time", gold README "Time"): early/mid/late month = 1st-10th / 11th-20th / 21st-end;
 * early/mid/late year = January-April / May-August / September-December; early/mid/late decade = years 0-3 / 4-6 /
 * 7-9; seasons are northern, three whole months, winter from December 1 of the year before; a month without a year
 * is the most recent one not after publication ("last" November: the most recent one before the publication
 * month); a day without a year is in the publication year unless that is over a week after publication.
 * Vague expressions (granularity VAGUE) follow fixed conventions: "recently"/"recent" = the two months up to
 * publication; "recent months" = six months, "recent weeks" six weeks, "recent days" a week, "recent years" five
 * years; "a few" = 2-5, "several" and a bare plural ("weeks ago") = 2-8 units back ("several weeks ago" = from
 * publication minus 8 weeks to publication minus 2 weeks, whole months or years for those units); "years ago"
 * = open start, to the end of the year two years back; "more than a year ago" = open start, to publication minus a
 * year; "N decades ago" = the five years around publication minus N decades. Prepositions that do not change the meaning ("in", "on")
 * stay out of the expression; operators that do ("since", "until", "before", "after", "between ... and") are in.
 */
public final class TimeExpressions {
    private TimeExpressions() {}

    /**
     * All time expressions inside {@code text[regionStart, regionEnd)}, offsets relative to the whole text, sorted by
     * start, not overlapping (the longest wins). Words outside the region are read as context only. With a null
     * {@code published}, expressions that need it ("last month", "in June", "Aug. 22") are skipped, never guessed.
     */
    public static List<TimeMention> find(String text, int regionStart, int regionEnd, LocalDate published) {
        return Finder.find(text, regionStart, regionEnd, published);
    }

    /** All time expressions of the whole {@code text}. */
    public static List<TimeMention> find(String text, LocalDate published) {
        return Finder.find(text, 0, text == null ? 0 : text.length(), published);
    }

    /**
     * The interval of a SUTime TIMEX value ("2016-08-22", "2019-02", "2016-W33", "2016-SP", "2011", "199X",
     * "XXXX-03" with a publication date) for the expression at {@code [start, end)}, or null for values that name no
     * interval: references ("PAST_REF"), durations ("P3Y"), times without a date, and anything unparsed.
     */
    public static TimeMention fromTimex(String timexValue, int start, int end, String expression, LocalDate published) {
        return Timex.resolve(timexValue, start, end, expression, published);
    }
}
