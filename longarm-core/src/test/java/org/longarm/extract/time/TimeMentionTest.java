package org.longarm.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.longarm.model.TextSpan;
import org.longarm.model.TimeInterval;

class TimeMentionTest {
    private static final LocalDate D1 = LocalDate.of(2016, 1, 1);
    private static final LocalDate D2 = LocalDate.of(2016, 12, 31);

    @Test
    void acceptsOpenBounds() {
        assertEquals(D2, new TimeMention(0, 4, "2016", null, D2, Granularity.YEAR, false).to());
        assertEquals(D1, new TimeMention(0, 4, "2016", D1, null, Granularity.YEAR, false).from());
    }

    @Test
    void rejectsAnIntervalWithoutBounds() {
        assertThrows(IllegalArgumentException.class, () -> new TimeMention(0, 4, "2016", null, null, Granularity.YEAR, false));
    }

    @Test
    void rejectsAnIntervalThatEndsBeforeItStarts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TimeMention(0, 4, "2016", D2, D1, Granularity.YEAR, false));
        assertTrue(e.getMessage().contains("2016-12-31"), e.getMessage());
    }

    @Test
    void rejectsASpanThatDoesNotFitTheExpression() {
        assertThrows(IllegalArgumentException.class, () -> new TimeMention(0, 5, "2016", D1, D2, Granularity.YEAR, false));
        assertThrows(IllegalArgumentException.class, () -> new TimeMention(-1, 3, "2016", D1, D2, Granularity.YEAR, false));
        assertThrows(IllegalArgumentException.class, () -> new TimeMention(3, 3, "", D1, D2, Granularity.YEAR, false));
        assertThrows(IllegalArgumentException.class, () -> new TimeMention(0, 4, null, D1, D2, Granularity.YEAR, false));
    }

    @Test
    void rejectsAMissingGranularity() {
        assertThrows(IllegalArgumentException.class, () -> new TimeMention(0, 4, "2016", D1, D2, null, false));
    }

    @Test
    void becomesTheModelIntervalOfAnArticle() {
        TimeInterval i = new TimeMention(3, 7, "2016", D1, D2, Granularity.YEAR, false).toInterval("s000");
        assertEquals(new TimeInterval(D1, D2, "2016", new TextSpan("s000", 3, 7)), i);
    }
}
