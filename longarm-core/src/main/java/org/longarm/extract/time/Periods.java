package org.longarm.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Calendar arithmetic for the intervals time expressions name. All bounds inclusive. */
final class Periods {
    private Periods() {}

    /** A closed interval; either bound may be null (open). */
    record Interval(LocalDate from, LocalDate to) {}

    /** A part of a month, a year or a decade, from the words that name it. */
    enum Part {
        EARLY, MID, LATE, FIRST_HALF, SECOND_HALF;

        /** "early", "the beginning of", "mid", "the middle of", "late", "the end of", "the first half of"... */
        static Part of(String words) {
            String w = words.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-\u2013]+", " ").trim();
            if (w.startsWith("the ")) w = w.substring(4);
            if (w.startsWith("early") || w.startsWith("beginning") || w.startsWith("start")) return EARLY;
            if (w.startsWith("mid")) return MID;
            if (w.startsWith("late") || w.startsWith("end")) return LATE;
            if (w.startsWith("first half")) return FIRST_HALF;
            if (w.startsWith("second half")) return SECOND_HALF;
            throw new IllegalStateException("not a part: '" + words + "'");
        }
    }

    static Interval day(LocalDate d) { return new Interval(d, d); }

    static Interval month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Interval(ym.atDay(1), ym.atEndOfMonth());
    }

    /** Early = 1st-10th, mid = 11th-20th, late = 21st-last day; halves split after the 15th. */
    static Interval month(int year, int month, Part part) {
        YearMonth ym = YearMonth.of(year, month);
        return switch (part) {
            case EARLY -> new Interval(ym.atDay(1), ym.atDay(10));
            case MID -> new Interval(ym.atDay(11), ym.atDay(20));
            case LATE -> new Interval(ym.atDay(21), ym.atEndOfMonth());
            case FIRST_HALF -> new Interval(ym.atDay(1), ym.atDay(15));
            case SECOND_HALF -> new Interval(ym.atDay(16), ym.atEndOfMonth());
        };
    }

    static Interval year(int year) { return new Interval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)); }

    /** Early = January-April, mid = May-August, late = September-December. */
    static Interval year(int year, Part part) {
        return switch (part) {
            case EARLY -> months(year, 1, 4);
            case MID -> months(year, 5, 8);
            case LATE -> months(year, 9, 12);
            case FIRST_HALF -> months(year, 1, 6);
            case SECOND_HALF -> months(year, 7, 12);
        };
    }

    /** The decade starting at {@code first} (1990); early = its years 0-3, mid = 4-6, late = 7-9. */
    static Interval decade(int first, Part part) {
        return switch (part) {
            case EARLY, FIRST_HALF -> years(first, first + (part == Part.EARLY ? 3 : 4));
            case MID -> years(first + 4, first + 6);
            case LATE, SECOND_HALF -> years(first + (part == Part.LATE ? 7 : 5), first + 9);
        };
    }

    static Interval years(int first, int last) { return new Interval(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31)); }

    static Interval months(int year, int first, int last) {
        return new Interval(LocalDate.of(year, first, 1), YearMonth.of(year, last).atEndOfMonth());
    }

    /**
     * The season starting in month {@code firstMonth} (3, 6, 9, 12) of the season year {@code year}: northern
     * hemisphere, three whole months; the winter of a year runs from December 1 of the year before to the end of
     * February.
     */
    static Interval season(int year, int firstMonth) {
        LocalDate from = LocalDate.of(firstMonth == 12 ? year - 1 : year, firstMonth, 1);
        return new Interval(from, from.plusMonths(3).minusDays(1));
    }

    /** The ISO week (Monday to Sunday) that holds {@code d}. */
    static Interval week(LocalDate d) {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Interval(monday, monday.plusDays(6));
    }

    static Interval monthOf(LocalDate d) { return month(d.getYear(), d.getMonthValue()); }

    static Interval yearOf(LocalDate d) { return year(d.getYear()); }
}
