package org.longarm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Posted 2018/05/07 11:02 in Politics|2018-05-07",
            "Updated: 2018-05-07T11:02:00Z|2018-05-07",
            "By A. Writer  April 16, 2019  Share|2019-04-16",
            "LONDON, Aug. 18, 2016 - a report|2016-08-18",
            "Sept. 5, 2017|2017-09-05",
            "Published 16 April 2019|2019-04-16",
            "3rd March 2020, 9am|2020-03-03",
            "december 1 2015|2015-12-01",
            "Seoul 2016.08.18 report|2016-08-18",
    })
    void findsTheDateOfADateline(String text, String date) {
        assertEquals(date, Dateline.find(text).date().toString());
    }

    @Test
    void takesTheEarliestDateInTheText() {
        assertEquals("2019-04-16", Dateline.find("Filed April 16, 2019. It recalled events of 2011-02-03.").date().toString());
    }

    @Test
    void looksOnlyNearTheTop() {
        assertNull(Dateline.find("x".repeat(Dateline.WINDOW) + " April 16, 2019"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a spokesman said on Aug. 9", "in April 2016", "2016/13/45 12:00", "February 30, 2019",
            "call 1234-5678", "version 1.2016.08.18.1"})
    void ignoresWhatIsNoFullDate(String text) {
        assertNull(Dateline.find(text));
    }
}
