package org.longarm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimingsTest {
    private static Timings laps(long... millis) {
        Timings t = new Timings();
        for (long m : millis) t.add(m * 1_000_000);
        return t;
    }

    @Test
    void medianOfAnOddCountIsTheMiddleLap() {
        assertEquals(20.0, laps(30, 10, 20).medianMs());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(25.0, laps(40, 10, 30, 20).medianMs());
    }

    @Test
    void meanTotalAndPercentile() {
        Timings t = laps(10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
        assertEquals(55.0, t.meanMs(), 1e-9);
        assertEquals(0.55, t.totalSeconds(), 1e-9);
        assertEquals(90.0, t.percentileMs(90));
        assertEquals(100.0, t.percentileMs(100));
        assertEquals(10, t.count());
    }

    @Test
    void nothingTimedSummarizesAsZero() {
        Timings t = new Timings();
        assertEquals(0.0, t.meanMs());
        assertEquals(0.0, t.medianMs());
        assertEquals(0.0, t.percentileMs(90));
    }

    @Test
    void timeRecordsALapAndReturnsTheResult() {
        Timings t = new Timings();
        assertEquals("x", t.time(() -> "x"));
        t.time(() -> { });
        assertEquals(2, t.count());
    }

    @Test
    void cpuClockAdvancesWithWork() {
        Timings t = Timings.cpu();
        long t0 = t.now();
        double x = 0;
        for (int i = 0; i < 5_000_000; i++) x += Math.sqrt(i);
        assertTrue(t.now() > t0 || x < 0, "the CPU clock did not move");
    }

    @Test
    void negativeLapsAndPercentilesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Timings().add(-1));
        assertThrows(IllegalArgumentException.class, () -> laps(1).percentileMs(101));
    }
}
