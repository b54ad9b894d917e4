package org.longarm.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodsTest {
    private static Periods.Interval interval(String from, String to) {
        return new Periods.Interval(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void endsLateFebruaryOnTheLeapDay() {
        assertEquals(interval("2016-02-21", "2016-02-29"), Periods.month(2016, 2, Periods.Part.LATE));
        assertEquals(interval("2019-02-21", "2019-02-28"), Periods.month(2019, 2, Periods.Part.LATE));
    }

    @Test
    void startsWinterInDecemberOfTheYearBefore() {
        assertEquals(interval("2015-12-01", "2016-02-29"), Periods.season(2016, 12));
        assertEquals(interval("2016-09-01", "2016-11-30"), Periods.season(2016, 9));
    }

    @Test
    void splitsDecadesIntoEarlyMidAndLate() {
        assertEquals(interval("2000-01-01", "2003-12-31"), Periods.decade(2000, Periods.Part.EARLY));
        assertEquals(interval("1994-01-01", "1996-12-31"), Periods.decade(1990, Periods.Part.MID));
        assertEquals(interval("1997-01-01", "1999-12-31"), Periods.decade(1990, Periods.Part.LATE));
    }

    @Test
    void readsPartsFromTheirWords() {
        assertEquals(Periods.Part.MID, Periods.Part.of("mid-"));
        assertEquals(Periods.Part.LATE, Periods.Part.of("the end of"));
        assertEquals(Periods.Part.EARLY, Periods.Part.of("The  beginning of"));
        assertEquals(Periods.Part.SECOND_HALF, Periods.Part.of("the second half of"));
    }

    @Test
    void takesTheIsoWeekFromMondayToSunday() {
        assertEquals(interval("2015-12-28", "2016-01-03"), Periods.week(LocalDate.of(2016, 1, 3)));
        assertEquals(interval("2016-08-22", "2016-08-28"), Periods.week(LocalDate.of(2016, 8, 22)));
    }
}
