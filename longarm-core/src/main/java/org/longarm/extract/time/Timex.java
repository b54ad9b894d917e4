package org.longarm.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Intervals of SUTime TIMEX3 values. Seasons follow our convention (three whole months, winter "2016-WI" from
 * 2015-12-01 to 2016-02-29), not SUTime's astronomical ones. A month or day without a year ("XXXX-03") takes it
 * from the publication date like a bare month in text. References, durations, sets and times yield null.
 */
final class Timex {
    private Timex() {}

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)(?:T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d\\d)");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d\\d)(?:-(WE|[1-7]))?");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|AU|WI)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-([QH])([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d\\d)XX");
    private static final Pattern NO_YEAR = Pattern.compile("(?:XXXX|\\*{4})-?(\\d\\d)(?:-(\\d\\d))?");
    private static final Map<String, Integer> SEASONS = Map.of("SP", 3, "SU", 6, "FA", 9, "AU", 9, "WI", 12);

    static TimeMention resolve(String value, int start, int end, String expression, LocalDate published) {
        if (value == null) return null;
        String v = value.trim();
        try {
            Resolved r = interval(v, published);
            if (r == null) return null;
            return new TimeMention(start, end, expression, r.i.from(), r.i.to(), r.g, r.relative);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private record Resolved(Periods.Interval i, Granularity g, boolean relative) {
        Resolved(Periods.Interval i, Granularity g) { this(i, g, false); }
    }

    private static Resolved interval(String v, LocalDate published) {
        Matcher m;
        if ((m = DAY.matcher(v)).matches()) {
            return new Resolved(Periods.day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3))), Granularity.DAY);
        }
        if ((m = MONTH.matcher(v)).matches()) return new Resolved(Periods.month(num(m, 1), num(m, 2)), Granularity.MONTH);
        if ((m = WEEK.matcher(v)).matches()) return week(m);
        if ((m = SEASON.matcher(v)).matches()) {
            return new Resolved(Periods.season(num(m, 1), SEASONS.get(m.group(2))), Granularity.SEASON);
        }
        if ((m = QUARTER.matcher(v)).matches()) {
            int n = num(m, 3);
            int months = m.group(2).equals("Q") ? 3 : 6;
            if (n * months > 12) return null;
            return new Resolved(Periods.months(num(m, 1), (n - 1) * months + 1, n * months), Granularity.MONTH);
        }
        if ((m = YEAR.matcher(v)).matches()) return new Resolved(Periods.year(num(m, 1)), Granularity.YEAR);
        if ((m = DECADE.matcher(v)).matches()) {
            return new Resolved(Periods.years(num(m, 1) * 10, num(m, 1) * 10 + 9), Granularity.DECADE);
        }
        if ((m = CENTURY.matcher(v)).matches()) {
            return new Resolved(Periods.years(num(m, 1) * 100, num(m, 1) * 100 + 99), Granularity.VAGUE);
        }
        if ((m = NO_YEAR.matcher(v)).matches() && published != null) {
            int month = num(m, 1);
            if (m.group(2) == null) {
                int year = DateRules.year(published, month, Rule.Mode.BARE);
                return new Resolved(Periods.month(year, month), Granularity.MONTH, true);
            }
            LocalDate d = DateRules.inferYear(published, month, num(m, 2));
            return d == null ? null : new Resolved(Periods.day(d), Granularity.DAY, true);
        }
        return null;
    }

    private static Resolved week(Matcher m) {
        LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                .with(DayOfWeek.MONDAY);
        String day = m.group(3);
        if (day == null) return new Resolved(new Periods.Interval(monday, monday.plusDays(6)), Granularity.WEEK);
        if (day.equals("WE")) return new Resolved(new Periods.Interval(monday.plusDays(5), monday.plusDays(6)), Granularity.WEEK);
        return new Resolved(Periods.day(monday.plusDays(Integer.parseInt(day) - 1)), Granularity.DAY);
    }

    private static int num(Matcher m, int group) { return Integer.parseInt(m.group(group)); }
}
