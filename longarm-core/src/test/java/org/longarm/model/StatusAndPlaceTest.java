package org.longarm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatusAndPlaceTest {
    @Test
    void theFurthestStatusWinsAndAStoppedPlotBeatsADoneDeed() {
        assertEquals(Status.COMPLETED, Status.furthest(Status.ORDERED, Status.COMPLETED));
        assertEquals(Status.ONGOING, Status.furthest(Status.ONGOING, Status.PLANNED));
        assertEquals(Status.FOILED, Status.furthest(Status.COMPLETED, Status.FOILED));
        for (Status s : Status.values()) assertEquals(s, Status.furthest(s, s));
    }

    @Test
    void aCityWithCoordinatesSaysMoreThanItsCountry() {
        Place country = new Place("CHN", null, null, null, null);
        Place city = new Place("CHN", "Dandong", 40.13, 124.38, null);
        assertTrue(city.specificity() > country.specificity());
        assertEquals(0, new Place(null, null, null, null, null).specificity());
    }
}
