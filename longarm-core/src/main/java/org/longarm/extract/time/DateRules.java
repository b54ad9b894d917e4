package org.longarm.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days and months: ISO and slashed dates ("2016-08-18", "2016/08/18"), dates with a month name ("April 16, 2019",
 * "16 April 2019", "Aug. 22", "April 5-7"), and months alone or in part ("In June", "last November", "mid-March",
 * "the end of March", "April 2019"). A date or month without a year takes it from the publication date.
 */
final class DateRules implements Rule {
    /** A date without a year may lie this many days after publication before it is read as last year's. */
    static final int FUTURE_DAYS = 7;

    private static final TimeLexicon LEX = TimeLexicon.get();
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d/.\\-])" + YEAR + "(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?!\\d|[-/.]\\d)");
    private static final String DAY_END = "(?:st|nd|rd|th)?\\b";
    private static final String THEN_YEAR = "(?:,?\\s+(?:of\\s+)?" + YEAR + "\\b)?";
    private static final String NO_NUMBER = "(?!\\s*\\d|[.,]\\d)";
    private static final Pattern MONTH_DAY = Pattern.compile("(?:" + LEX.weekday("wd") + ",?\\s+)?" + LEX.month("m")
            + "\\s*(?<d>\\d{1,2})" + DAY_END + "(?:\\s*[-\u2013]\\s*(?<d2>\\d{1,2})\\b)?"
            + "(?:,?\\s+" + YEAR + "\\b)?" + "(?![,.]?\\d|:\\d|\\s*%)");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d,.])(?<d>\\d{1,2})" + DAY_END
            + "\\s+(?:of\\s+)?" + LEX.month("m") + THEN_YEAR + NO_NUMBER);
    private static final Pattern MONTH = Pattern.compile(
            "(?:" + REL + ")?" + PART + "?" + LEX.month("m") + THEN_YEAR + NO_NUMBER);
    /** Words before a bare month name that make it a date rather than a name or a verb. */
    private static final Pattern MONTH_CONTEXT = Pattern.compile("(?i)\\b(?:in|during|since|until|till|from|through|"
            + "throughout|between|before|after|around|early|late|mid)\\s+$");
    /** Weaker words before a month name: enough unless a capitalized word follows ("and April Lee"). */
    private static final Pattern WEAK_CONTEXT = Pattern.compile("(?i)\\b(?:to|and|or|of|by|as)\\s+$");
    private static final Pattern NAME_AFTER = Pattern.compile("\\s+\\p{Lu}");
    /** "May" as a modal verb. */
    private static final Pattern MODAL = Pattern.compile("(?i)\\s+(?:be|have|not|also|well|never|still|soon|need|"
            + "want|face|seek|try|take|become|come|go|get|help|lead|mean|make|see|use)\\b");

    @Override
    public void scan(Scan s) {
        iso(s);
        monthDay(s, MONTH_DAY);
        monthDay(s, DAY_MONTH);
        months(s);
    }

    private static void iso(Scan s) {
        Matcher m = s.matcher(ISO);
        while (m.find()) {
            LocalDate d = date(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
            if (d != null) s.add(m.start(), m.end(), Periods.day(d), Granularity.DAY, false);
        }
    }

    private static void monthDay(Scan s, Pattern p) {
        Matcher m = s.matcher(p);
        while (m.find()) {
            int month = LEX.monthOf(m.group("m"));
            int day = Integer.parseInt(m.group("d"));
            boolean hasEnd = p == MONTH_DAY && m.group("d2") != null;
            int lastDay = hasEnd ? Integer.parseInt(m.group("d2")) : day;
            if (lastDay < day) {
                s.retry(m);
                continue;
            }
            if (m.group("y") == null && p == DAY_MONTH && modal(s, m.end("m"), month)) {
                s.retry(m);
                continue;
            }
            LocalDate from;
            if (m.group("y") != null) {
                from = date(Integer.parseInt(m.group("y")), month, day);
            } else if (s.dated()) {
                from = inferYear(s.published(), month, day);
            } else {
                continue;
            }
            LocalDate to = from == null ? null : date(from.getYear(), month, lastDay);
            if (to != null) {
                s.add(m.start(), m.end(), new Periods.Interval(from, to), Granularity.DAY, m.group("y") == null);
            }
        }
    }

    private static void months(Scan s) {
        Matcher m = s.matcher(MONTH);
        while (m.find()) {
            int month = LEX.monthOf(m.group("m"));
            Periods.Part part = Rule.part(m);
            if (m.group("y") != null) {
                int year = Integer.parseInt(m.group("y"));
                s.add(m.start(), m.end(), interval(year, month, part), Granularity.MONTH, false);
                continue;
            }
            boolean bare = m.group("rel") == null && part == null;
            if (!s.dated() || modal(s, m.end("m"), month) || bare && !context(s, m.start(), m.end())) {
                s.retry(m);
                continue;
            }
            int year = year(s.published(), month, Mode.of(m));
            s.add(m.start(), m.end(), interval(year, month, part), Granularity.MONTH, true);
        }
    }

    /** The year of a month named without one, as {@code mode} picks it relative to the publication date. */
    static int year(LocalDate published, int month, Mode mode) {
        int pubMonth = published.getMonthValue();
        int year = published.getYear();
        return switch (mode) {
            case BARE -> month <= pubMonth ? year : year - 1;
            case LAST -> month < pubMonth ? year : year - 1;
            case THIS -> year;
            case NEXT -> month > pubMonth ? year : year + 1;
        };
    }

    /** The date in the publication year, or in the year before when that lies over a week after publication. */
    static LocalDate inferYear(LocalDate published, int month, int day) {
        LocalDate d = date(published.getYear(), month, day);
        if (d == null || d.isAfter(published.plusDays(FUTURE_DAYS))) d = date(published.getYear() - 1, month, day);
        return d;
    }

    private static Periods.Interval interval(int year, int month, Periods.Part part) {
        return part == null ? Periods.month(year, month) : Periods.month(year, month, part);
    }

    private static boolean context(Scan s, int start, int end) {
        return s.preceded(start, MONTH_CONTEXT) || s.preceded(start, WEAK_CONTEXT) && !s.followed(end, NAME_AFTER);
    }

    private static boolean modal(Scan s, int monthEnd, int month) {
        return month == 5 && s.followed(monthEnd, MODAL);
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
