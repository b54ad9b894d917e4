package org.longarm.extract.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seasons of the northern hemisphere, three whole months each (spring March-May, summer June-August, autumn/fall
 * September-November, winter December of the year before to February): "spring 2015", "the fall of 2015", "this
 * past spring", "last summer", "next winter", "in the winter", "in early spring". A bare season needs a preposition
 * before it, so that "the Arab Spring" or "prices fall" stay out.
 */
final class SeasonRules implements Rule {
    private static final TimeLexicon LEX = TimeLexicon.get();
    private static final Pattern SEASON = Pattern.compile("(?:" + REL + ")?(?:(?<part>(?i:early|mid|late))"
            + "(?:\\s*[-\u2013]\\s*|\\s+))?" + LEX.season("s")
            + "(?:,?\\s+(?:of\\s+)?" + YEAR + "(?:[-\u2013/](?<y2>(?:19|20)?\\d\\d))?\\b)?(?!\\s*\\d)");
    private static final Pattern CONTEXT = Pattern.compile("(?i)\\b(?:in|during|over|since|until|till|by|through|"
            + "throughout|from|to|and|between|before|after)\\s+(?:the\\s+)?$");
    private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\b");
    /** A capitalized word just before a capitalized season: a name ("Arab Spring", "Prague Spring"). */
    private static final Pattern NAME_BEFORE = Pattern.compile("\\b(?!(?:In|During|Over|Since|Until|By|Through|From|"
            + "Last|This|Next|Past|Early|Late|Mid|The)\\b)[A-Z][\\p{L}]*\\s+$");

    @Override
    public void scan(Scan s) {
        Matcher m = s.matcher(SEASON);
        while (m.find()) {
            int first = LEX.seasonOf(m.group("s"));
            if (Character.isUpperCase(m.group("s").charAt(0)) && s.preceded(m.start("s"), NAME_BEFORE)) {
                s.retry(m);
                continue;
            }
            String part = m.group("part");
            Periods.Interval i;
            boolean relative = m.group("y") == null;
            if (!relative) {
                i = Periods.season(seasonYear(m, first), first);
            } else {
                boolean bare = m.group("rel") == null;
                if (!s.dated() || bare && (!s.preceded(m.start(), CONTEXT) || s.followed(m.end(), OF_AFTER))) {
                    s.retry(m);
                    continue;
                }
                i = occurrence(s.published(), first, Mode.of(m));
            }
            if (part != null) i = narrow(i, Periods.Part.of(part));
            s.add(m.start(), m.end(), i, Granularity.SEASON, relative);
        }
    }

    /** The year of a season written with one, the second of "winter 2015-16" or "winter 2015/2016". */
    private static int seasonYear(Matcher m, int first) {
        int year = Integer.parseInt(m.group("y"));
        String y2 = m.group("y2");
        if (y2 == null || first != 12) return year;
        int second = y2.length() == 2 ? year / 100 * 100 + Integer.parseInt(y2) : Integer.parseInt(y2);
        return second == year + 1 ? second : year;
    }

    /** The season starting in month {@code first} that {@code mode} picks, counting from the publication date. */
    static Periods.Interval occurrence(LocalDate published, int first, Mode mode) {
        int pubYear = published.getYear();
        switch (mode) {
            case LAST, BARE -> {
                for (int y = pubYear + 1; y > pubYear - 2; y--) {
                    Periods.Interval i = Periods.season(y, first);
                    boolean ok = mode == Mode.BARE ? !i.from().isAfter(published) : i.to().isBefore(published);
                    if (ok) return i;
                }
                throw new IllegalStateException("no season before " + published);
            }
            case NEXT -> {
                for (int y = pubYear; ; y++) {
                    Periods.Interval i = Periods.season(y, first);
                    if (i.from().isAfter(published)) return i;
                }
            }
            default -> {
                Periods.Interval next = Periods.season(pubYear + 1, first);
                boolean upcomingWinter = first == 12 && published.getMonthValue() >= 6;
                return upcomingWinter || !next.from().isAfter(published) ? next : Periods.season(pubYear, first);
            }
        }
    }

    /** Early, mid or late in a season: its first, second or third month. */
    private static Periods.Interval narrow(Periods.Interval season, Periods.Part part) {
        LocalDate month = season.from().plusMonths(switch (part) {
            case EARLY, FIRST_HALF -> 0;
            case MID -> 1;
            case LATE, SECOND_HALF -> 2;
        });
        return Periods.monthOf(month);
    }
}
