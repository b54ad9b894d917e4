package org.longarm.extract.time;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years from 1900 to 2099 and their parts ("in 1997", "late 2011", "mid-2014", "the end of 2015"), year ranges
 * ("2011-13", "2011-2013") and decades ("the 1990s", "the late 1990s", "the '90s"). Numbers that count things
 * rather than name years ("2,000 people", "some 1500", "Article 19", "$2000", phone numbers) are left alone.
 */
final class YearRules implements Rule {
    private static final String NOT_AFTER_NUMBER = "(?<![\\w$\u00a3\u20ac#.,/:\\-\u2013'\u2019])";
    private static final String NOT_BEFORE_NUMBER = "(?![\\w%]|[.,:/\\-\u2013]\\d|\\s*[-\u2013]\\s*\\d)";
    private static final Pattern YEARS = Pattern.compile(NOT_AFTER_NUMBER + PART + "?" + YEAR + NOT_BEFORE_NUMBER);
    private static final Pattern RANGE = Pattern.compile(NOT_AFTER_NUMBER
            + "(?<y1>(?:19|20)\\d\\d)\\s*[-\u2013]\\s*(?<y2>(?:19|20)\\d\\d|\\d\\d)(?![\\w%]|[.,:/\\-\u2013]\\d)");
    private static final Pattern DECADES = Pattern.compile(NOT_AFTER_NUMBER + PART + "?"
            + "(?:(?<dec>(?:19|20)\\d0)|['\u2019](?<d2>\\d0))['\u2019]?s\\b");

    /** Words before a number that make it a count, an amount or a label, never a year. */
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?i)(?:\\b(?:articles?|no|nos|number|section|"
            + "resolution|room|flight|route|pages?|pp?|chapter|act|rule|unit|bureau|office|code|some|nearly|almost|"
            + "approximately|roughly|estimated|than|up\\s+to|at\\s+least|total\\s+of|only|just|another|additional|"
            + "extra)\\.?|\\d[\\s.]*)\\s+$");
    /** Words before a year that make it one even when a plural follows ("in 1997 defectors ..."). */
    private static final Pattern TIME_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|since|until|till|during|before|after|from|through|between|year)\\s+$");
    /** "about 2000", "around 2000": a year only when no word follows. */
    private static final Pattern APPROX_BEFORE = Pattern.compile("(?i)\\b(?:about|around|over)\\s+$");
    private static final Pattern WORD_AFTER = Pattern.compile("\\s+[\\p{L}\\d]");
    private static final Pattern COUNTED_AFTER = Pattern.compile("\\s+(?:\\d|(?<w>[a-z]+s)\\b|(?:people|men|women|"
            + "children|staff|personnel|police|won|yen|yuan|km|kg|percent|per\\s+cent|feet)\\b)");
    /** Words in -s that may follow a year without making it a count. */
    private static final Set<String> NOT_PLURAL = Set.of("was", "has", "is", "as", "his", "its", "this", "thus",
            "plus", "us", "across", "towards", "afterwards", "always", "unless", "perhaps", "whereas", "besides",
            "less", "news", "marks", "sees", "becomes", "remains", "seems");

    @Override
    public void scan(Scan s) {
        years(s);
        ranges(s);
        decades(s);
    }

    private static void years(Scan s) {
        Matcher m = s.matcher(YEARS);
        while (m.find()) {
            int year = Integer.parseInt(m.group("y"));
            Periods.Part part = Rule.part(m);
            if (part == null && !isYear(s, m.start("y"), m.end("y"))) {
                s.retry(m);
                continue;
            }
            s.add(m.start(), m.end(), part == null ? Periods.year(year) : Periods.year(year, part), Granularity.YEAR, false);
        }
    }

    /** Whether the bare four-digit number at {@code [start, end)} names a year rather than counting. */
    static boolean isYear(Scan s, int start, int end) {
        if (s.preceded(start, COUNT_BEFORE)) return false;
        if (s.preceded(start, APPROX_BEFORE)) return !s.followed(end, WORD_AFTER);
        Matcher after = COUNTED_AFTER.matcher(s.text()).region(end, s.text().length());
        if (!after.lookingAt()) return true;
        String word = after.group("w");
        if (word != null && NOT_PLURAL.contains(word)) return true;
        boolean digitAfter = Character.isDigit(s.text().charAt(after.end() - 1));
        return !digitAfter && s.preceded(start, TIME_BEFORE);
    }

    private static void ranges(Scan s) {
        Matcher m = s.matcher(RANGE);
        while (m.find()) {
            int first = Integer.parseInt(m.group("y1"));
            String y2 = m.group("y2");
            int last = y2.length() == 2 ? first / 100 * 100 + Integer.parseInt(y2) : Integer.parseInt(y2);
            if (last <= first || s.preceded(m.start(), COUNT_BEFORE)) {
                s.retry(m);
                continue;
            }
            s.add(m.start(), m.end(), Periods.years(first, last), Granularity.YEAR, false);
        }
    }

    private static void decades(Scan s) {
        Matcher m = s.matcher(DECADES);
        while (m.find()) {
            int first;
            if (m.group("dec") != null) {
                first = Integer.parseInt(m.group("dec"));
            } else {
                int two = Integer.parseInt(m.group("d2"));
                first = (two >= 20 ? 1900 : 2000) + two;
            }
            Periods.Part part = Rule.part(m);
            Periods.Interval i = part == null ? Periods.years(first, first + 9) : Periods.decade(first, part);
            s.add(m.start(), m.end(), i, Granularity.DECADE, false);
        }
    }
}
