package org.longarm.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** SUTime TIMEX values into intervals, through the front door. */
class TimexTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 4, 16);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2016-08-22        | 2016-08-22 | 2016-08-22 | DAY
        2016-08-22T10:00  | 2016-08-22 | 2016-08-22 | DAY
        2016-08-22TMO     | 2016-08-22 | 2016-08-22 | DAY
        2019-02           | 2019-02-01 | 2019-02-28 | MONTH
        2016-02           | 2016-02-01 | 2016-02-29 | MONTH
        2016-W33          | 2016-08-15 | 2016-08-21 | WEEK
        2016-W33-WE       | 2016-08-20 | 2016-08-21 | WEEK
        2016-W33-4        | 2016-08-18 | 2016-08-18 | DAY
        2015-W53          | 2015-12-28 | 2016-01-03 | WEEK
        2016-SP           | 2016-03-01 | 2016-05-31 | SEASON
        2016-SU           | 2016-06-01 | 2016-08-31 | SEASON
        2016-FA           | 2016-09-01 | 2016-11-30 | SEASON
        2016-WI           | 2015-12-01 | 2016-02-29 | SEASON
        2015-Q2           | 2015-04-01 | 2015-06-30 | MONTH
        2015-H2           | 2015-07-01 | 2015-12-31 | MONTH
        2011              | 2011-01-01 | 2011-12-31 | YEAR
        199X              | 1990-01-01 | 1999-12-31 | DECADE
        19XX              | 1900-01-01 | 1999-12-31 | VAGUE
        XXXX-03           | 2019-03-01 | 2019-03-31 | MONTH
        XXXX-11           | 2018-11-01 | 2018-11-30 | MONTH
        ****03            | 2019-03-01 | 2019-03-31 | MONTH
        XXXX-11-05        | 2018-11-05 | 2018-11-05 | DAY
        """)
    void resolvesTheValue(String value, LocalDate from, LocalDate to, Granularity granularity) {
        TimeMention m = TimeExpressions.fromTimex(value, 10, 14, "when", PUBLISHED);
        assertEquals(from, m.from(), "from");
        assertEquals(to, m.to(), "to");
        assertEquals(granularity, m.granularity());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"PAST_REF", "FUTURE_REF", "PRESENT_REF", "P3Y", "PT2H", "T10:00", "XXXX-WXX-1",
        "2016-13", "2016-02-30", "2016-W54", "2016-Q5", "sometime", "20160822"})
    void givesNullForValuesThatNameNoInterval(String value) {
        assertNull(TimeExpressions.fromTimex(value, 0, 4, "when", PUBLISHED));
    }

    @Test
    void givesNullForAValueWithoutYearWhenThePublicationDateIsUnknown() {
        assertNull(TimeExpressions.fromTimex("XXXX-03", 0, 4, "when", null));
        assertEquals(LocalDate.of(2011, 1, 1), TimeExpressions.fromTimex("2011", 0, 4, "2011", null).from());
    }

    @Test
    void keepsTheSpanGivenAndMarksYearlessValuesRelative() {
        TimeMention m = TimeExpressions.fromTimex("XXXX-03", 7, 15, "in March", PUBLISHED);
        assertEquals(7, m.start());
        assertEquals(15, m.end());
        assertEquals("in March", m.expression());
        assertEquals(true, m.relative());
        assertEquals(false, TimeExpressions.fromTimex("2019-03", 7, 15, "in March", PUBLISHED).relative());
    }

    @Test
    void rejectsAnExpressionThatDoesNotFitTheSpan() {
        assertThrows(IllegalArgumentException.class, () -> TimeExpressions.fromTimex("2011", 0, 9, "2011", null));
    }
}
