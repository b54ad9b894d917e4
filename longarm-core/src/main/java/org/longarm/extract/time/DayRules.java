package org.longarm.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days named from the publication date: "yesterday", "today", "last night", "(on) Monday" (the most recent Monday
 * on or before publication), "last Thursday" (the most recent one before it), "next Friday", "the weekend".
 */
final class DayRules implements Rule {
    private static final TimeLexicon LEX = TimeLexicon.get();
    private static final String TIME_OF_DAY = "(?:\\s+(?i:morning|afternoon|evening|night))?";
    private static final Pattern DEICTIC = Pattern.compile("(?<w>(?i:the\\s+day\\s+before\\s+yesterday|yesterday|"
            + "today|tonight|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening)))\\b" + TIME_OF_DAY);
    private static final Pattern WEEKDAY = Pattern.compile("(?:" + REL + ")?" + LEX.weekday("wd") + TIME_OF_DAY);
    private static final Pattern WEEKEND = Pattern.compile("(?<rel>(?i:this\\s+past|last|past|this|next|the))\\s+"
            + "(?i:weekend)\\b");
    /** Titles of newspapers and shows that hold a day name. */
    private static final Pattern TITLE_AFTER = Pattern.compile("\\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|"
            + "Morning|Night|Journal|Review)\\b");
    private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(?:Bloody|Easter|Palm|Black|Cyber|Super)\\s+$");
    /** A capitalized "Today" right after a capitalized name is a title ("USA Today", "China Today"), whatever the name. */
    private static final Pattern NAME_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{L}.]*\\s+$");

    @Override
    public void scan(Scan s) {
        if (!s.dated()) return;
        LocalDate p = s.published();
        Matcher m = s.matcher(DEICTIC);
        while (m.find()) {
            String w = m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (Character.isUpperCase(m.group("w").charAt(0)) && (s.preceded(m.start(), TITLE_BEFORE) || s.preceded(m.start(), NAME_BEFORE))) {
                s.retry(m);
                continue;
            }
            Periods.Interval i = switch (w) {
                case "the day before yesterday" -> Periods.day(p.minusDays(2));
                case "yesterday" -> Periods.day(p.minusDays(1));
                case "tomorrow" -> Periods.day(p.plusDays(1));
                case "last night" -> new Periods.Interval(p.minusDays(1), p);
                default -> Periods.day(p);
            };
            s.add(m.start(), m.end(), i, Granularity.DAY, true);
        }
        m = s.matcher(WEEKDAY);
        while (m.find()) {
            if (s.followed(m.end("wd"), TITLE_AFTER) && m.end() == m.end("wd") || s.preceded(m.start(), TITLE_BEFORE)) {
                s.retry(m);
                continue;
            }
            DayOfWeek day = LEX.weekdayOf(m.group("wd"));
            LocalDate d = switch (Mode.of(m)) {
                case LAST -> p.with(TemporalAdjusters.previous(day));
                case NEXT -> p.with(TemporalAdjusters.next(day));
                default -> p.with(TemporalAdjusters.previousOrSame(day));
            };
            s.add(m.start(), m.end(), Periods.day(d), Granularity.DAY, true);
        }
        m = s.matcher(WEEKEND);
        while (m.find()) {
            boolean next = m.group("rel").equalsIgnoreCase("next");
            LocalDate saturday = next ? p.with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                    : p.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            s.add(m.start(), m.end(), new Periods.Interval(saturday, saturday.plusDays(1)), Granularity.WEEK, true);
        }
    }
}
