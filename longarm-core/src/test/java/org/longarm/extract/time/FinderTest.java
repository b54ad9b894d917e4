package org.longarm.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinderTest {
    private static final LocalDate D = LocalDate.of(2016, 1, 1);

    private static TimeMention m(int start, int end) {
        return new TimeMention(start, end, "x".repeat(end - start), D, D, Granularity.DAY, false);
    }

    @Test
    void keepsTheLongestOfOverlappingCandidatesSortedByStart() {
        List<TimeMention> kept = Finder.longestFirst(List.of(m(10, 14), m(5, 12), m(0, 3), m(20, 22), m(2, 4)));
        assertEquals(List.of(m(0, 3), m(5, 12), m(20, 22)), kept);
    }

    @Test
    void prefersTheEarlierOfEquallyLongOverlappingCandidates() {
        assertEquals(List.of(m(0, 4)), Finder.longestFirst(List.of(m(2, 6), m(0, 4))));
    }
}
