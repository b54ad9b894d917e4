package org.longarm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDateTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2016-08-18|2016-08-18",
            "2016-08-18 18:17:00|2016-08-18T18:17:00",
            "2016-08-18T18:17|2016-08-18T18:17:00",
            "2016-08-18T18:17:05.123|2016-08-18T18:17:05",
            "2016-08-18T18:17:00Z|2016-08-18T18:17:00Z",
            "2016-08-18T18:17:00+09:00|2016-08-18T18:17:00+09:00",
            "2016-08-18T18:17:00-0500|2016-08-18T18:17:00-05:00",
            "2016/8/18 18:17|2016-08-18T18:17:00",
            "'  2016-08-18  '|2016-08-18",
            "'Thu, 18 Aug 2016 18:17:00 GMT'|2016-08-18T18:17:00Z",
    })
    void normalizesToIso(String raw, String iso) {
        assertEquals(iso, PublishedDate.normalize(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2016-13-01", "2016-02-30", "2016-08-18T25:00", "18/08/2016", "12"})
    void rejectsWhatIsNotADate(String raw) {
        assertNull(PublishedDate.normalize(raw));
    }
}
