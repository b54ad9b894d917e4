package org.longarm.extract.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of time counted back from the publication date: "13 years ago", "two months ago", "several weeks ago",
 * "more than a year ago", "last week", "this month", "early last year", "earlier this year", "the past two
 * years", "in recent months", "recently". All need the publication date; without one they are skipped.
 */
final class RelativeRules implements Rule {
    private static final TimeLexicon LEX = TimeLexicon.get();
    private static final Pattern AGO = Pattern.compile("(?:(?<cmp>(?i:more\\s+than|over|less\\s+than|under|nearly|"
            + "almost|about|around|some))\\s+)?(?:" + LEX.amount("n") + "\\s+)?" + LEX.unit("u") + "\\s+(?i:ago)\\b");
    private static final Pattern UNIT = Pattern.compile(PART + "?(?<rel>(?i:last|this\\s+past|this|next|"
            + "earlier\\s+this|later\\s+this))\\s+(?<u>(?i:week|month|year))\\b");
    private static final Pattern PAST = Pattern.compile("(?i:the\\s+(?:past|last))\\s+(?:"
            + LEX.amount("n") + "\\s+)?" + LEX.unit("u"));
    private static final Pattern RECENT = Pattern.compile("(?i:recent(?:ly)?)\\b");
    private static final Pattern RECENT_UNITS = Pattern.compile("(?i:recent)\\s+" + LEX.unit("u"));
    private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\b");
    private static final Pattern OF_BEFORE = Pattern.compile("(?i)\\b(?:of|many|the)\\s+$");
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
    private static final TimeLexicon.Amount SEVERAL = new TimeLexicon.Amount(2, 8);

    @Override
    public void scan(Scan s) {
        if (!s.dated()) return;
        ago(s);
        units(s);
        past(s);
        recent(s);
    }

    private static void ago(Scan s) {
        Matcher m = s.matcher(AGO);
        while (m.find()) {
            ChronoUnit unit = LEX.unitOf(m.group("u"));
            boolean plural = m.group("u").toLowerCase(Locale.ROOT).endsWith("s");
            TimeLexicon.Amount n = m.group("n") == null ? null : LEX.amountOf(m.group("n"));
            if (n == null && (!plural || m.group("cmp") != null || s.preceded(m.start(), OF_BEFORE))) {
                s.retry(m);
                continue;
            }
            LocalDate p = s.published();
            Periods.Interval i;
            if (n == null) {
                i = unit == ChronoUnit.YEARS || unit == ChronoUnit.DECADES
                        ? new Periods.Interval(null, whole(p.minus(2, unit), unit).to()) : back(p, SEVERAL, unit);
            } else {
                i = back(p, n, unit);
            }
            String cmp = m.group("cmp") == null ? "" : m.group("cmp").toLowerCase(Locale.ROOT);
            if (cmp.startsWith("more") || cmp.equals("over")) i = new Periods.Interval(null, p.minus(n.low(), unit));
            if (cmp.startsWith("less") || cmp.equals("under")) i = new Periods.Interval(p.minus(n.high(), unit), p);
            s.add(m.start(), m.end(), i, n == null || n.vague() ? Granularity.VAGUE : granularity(unit), true);
        }
    }

    /** {@code n} units before {@code p}: the whole unit for an exact amount, a stretch for a vague one. */
    static Periods.Interval back(LocalDate p, TimeLexicon.Amount n, ChronoUnit unit) {
        if (!n.vague()) return whole(p.minus(n.low(), unit), unit);
        if (unit == ChronoUnit.DAYS || unit == ChronoUnit.WEEKS) {
            return new Periods.Interval(p.minus(n.high(), unit), p.minus(n.low(), unit));
        }
        return new Periods.Interval(whole(p.minus(n.high(), unit), unit).from(), whole(p.minus(n.low(), unit), unit).to());
    }

    /** The day, ISO week, month or year holding {@code d}; for a decade, the five years around it. */
    static Periods.Interval whole(LocalDate d, ChronoUnit unit) {
        return switch (unit) {
            case DAYS -> Periods.day(d);
            case WEEKS -> Periods.week(d);
            case MONTHS -> Periods.monthOf(d);
            case DECADES -> Periods.years(d.getYear() - 2, d.getYear() + 2);
            default -> Periods.yearOf(d);
        };
    }

    private static void units(Scan s) {
        Matcher m = s.matcher(UNIT);
        while (m.find()) {
            String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            ChronoUnit unit = LEX.unitOf(m.group("u"));
            Periods.Part part = Rule.part(m);
            if (s.preceded(m.start(), THE_BEFORE) || part != null && (unit == ChronoUnit.WEEKS || rel.contains(" "))) {
                s.retry(m);
                continue;
            }
            LocalDate p = s.published();
            Periods.Interval i = switch (rel) {
                case "last" -> whole(p.minus(1, unit), unit);
                case "next" -> whole(p.plus(1, unit), unit);
                case "this past" -> new Periods.Interval(p.minus(1, unit), p);
                case "earlier this" -> new Periods.Interval(whole(p, unit).from(), p);
                case "later this" -> new Periods.Interval(p, whole(p, unit).to());
                default -> whole(p, unit);
            };
            if (part != null) {
                LocalDate d = i.from();
                i = unit == ChronoUnit.YEARS ? Periods.year(d.getYear(), part)
                        : Periods.month(d.getYear(), d.getMonthValue(), part);
            }
            s.add(m.start(), m.end(), i, granularity(unit), true);
        }
    }

    private static void past(Scan s) {
        Matcher m = s.matcher(PAST);
        while (m.find()) {
            if (s.followed(m.end(), OF_AFTER)) {
                s.retry(m);
                continue;
            }
            ChronoUnit unit = LEX.unitOf(m.group("u"));
            boolean plural = m.group("u").toLowerCase(Locale.ROOT).endsWith("s");
            TimeLexicon.Amount n = m.group("n") != null ? LEX.amountOf(m.group("n"))
                    : plural ? SEVERAL : new TimeLexicon.Amount(1, 1);
            LocalDate p = s.published();
            Granularity g = n.vague() ? Granularity.VAGUE : granularity(unit);
            s.add(m.start(), m.end(), new Periods.Interval(p.minus(n.high(), unit), p), g, true);
        }
    }

    /**
     * "recently" and "recent" reach back two months; "recent days" a week, "recent weeks" six weeks, "recent
     * months" six months, "recent years" five years, "recent decades" thirty years.
     */
    private static void recent(Scan s) {
        LocalDate p = s.published();
        Matcher m = s.matcher(RECENT);
        while (m.find()) s.add(m.start(), m.end(), new Periods.Interval(p.minusMonths(2), p), Granularity.VAGUE, true);
        m = s.matcher(RECENT_UNITS);
        while (m.find()) {
            if (!m.group("u").toLowerCase(Locale.ROOT).endsWith("s")) {
                s.retry(m);
                continue;
            }
            LocalDate from = switch (LEX.unitOf(m.group("u"))) {
                case DAYS -> p.minusDays(7);
                case WEEKS -> p.minusWeeks(6);
                case MONTHS -> p.minusMonths(6);
                case DECADES -> p.minusYears(30);
                default -> p.minusYears(5);
            };
            s.add(m.start(), m.end(), new Periods.Interval(from, p), Granularity.VAGUE, true);
        }
    }

    static Granularity granularity(ChronoUnit unit) {
        return switch (unit) {
            case DAYS -> Granularity.DAY;
            case WEEKS -> Granularity.WEEK;
            case MONTHS -> Granularity.MONTH;
            case DECADES -> Granularity.DECADE;
            default -> Granularity.YEAR;
        };
    }
}
