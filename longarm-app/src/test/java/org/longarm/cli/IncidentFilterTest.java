package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.longarm.model.Incident;
import org.longarm.model.IncidentType;

class IncidentFilterTest {
    private static final LocalDate APR1 = LocalDate.of(2016, 4, 1);
    private static final LocalDate APR30 = LocalDate.of(2016, 4, 30);
    private final Incident april = Incidents.abduction("i1", APR1, APR30);

    private static IncidentFilter dates(String since, String until) {
        return new IncidentFilter(null, since == null ? null : LocalDate.parse(since), until == null ? null : LocalDate.parse(until), null);
    }

    @Test
    void noFilterKeepsEverything() {
        assertTrue(new IncidentFilter(null, null, null, null).test(april));
        assertTrue(new IncidentFilter(null, null, null, "  ").test(april));
    }

    @Test
    void typeMustBeEqual() {
        assertTrue(new IncidentFilter(IncidentType.ABDUCTION, null, null, null).test(april));
        assertFalse(new IncidentFilter(IncidentType.THREAT, null, null, null).test(april));
    }

    @Test
    void sinceAndUntilKeepIntervalsThatReachThem() {
        assertTrue(dates("2016-04-30", null).test(april));
        assertFalse(dates("2016-05-01", null).test(april));
        assertTrue(dates(null, "2016-04-01").test(april));
        assertFalse(dates(null, "2016-03-31").test(april));
        assertTrue(dates("2016-04-10", "2016-04-12").test(april));
    }

    @Test
    void openBoundsReachAsFarAsTheyMay() {
        Incident before = Incidents.abduction("i2", null, LocalDate.of(1997, 12, 31));
        assertTrue(dates(null, "1990-01-01").test(before));
        assertFalse(dates("1998-01-01", null).test(before));
    }

    @Test
    void undatedIncidentsAreLeftOutOnceADateIsAsked() {
        Incident undated = Incidents.abduction("i3", null, null);
        assertTrue(dates(null, null).test(undated));
        assertFalse(dates("1900-01-01", null).test(undated));
    }

    @Test
    void queryMatchesMentionsPerpetratorAliasesTargetsAndPlacesInAnyCase() {
        for (String q : new String[] {"ABDUCTED TWO", "state security", "bowibu", "Two Brothers", "yanji", "chn"}) {
            assertTrue(new IncidentFilter(null, null, null, q).test(april), q);
        }
        assertFalse(new IncidentFilter(null, null, null, "Seoul").test(april));
    }

    @Test
    void untilBeforeSinceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> dates("2017-01-01", "2016-01-01"));
    }
}
