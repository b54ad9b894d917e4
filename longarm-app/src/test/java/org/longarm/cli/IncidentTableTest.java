package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentTableTest {
    @Test
    void oneLinePerIncidentUnderAHeaderWithAlignedColumns() {
        String table = IncidentTable.render(List.of(
                Incidents.abduction("2016-abduction-yanji", LocalDate.of(2016, 3, 1), LocalDate.of(2016, 5, 31)),
                Incidents.defection("d", "Paju", null, null)));
        List<String> lines = table.lines().toList();
        assertEquals(3, lines.size(), table);
        assertTrue(lines.get(0).startsWith("ID  "), table);
        int typeColumn = lines.get(0).indexOf("TYPE");
        assertEquals(typeColumn, lines.get(1).indexOf("ABDUCTION"), table);
        assertEquals(typeColumn, lines.get(2).indexOf("DEFECTION"), table);
        assertTrue(lines.get(1).contains("CHN Yanji"), table);
        assertTrue(lines.get(1).contains("2016-03-01..2016-05-31"), table);
        assertTrue(lines.get(2).contains("KOR Paju"), table);
        assertTrue(lines.get(2).contains("  ?  "), "unknown time: " + table);
    }

    @Test
    void longMentionsAndPlacesAreCutWithAnEllipsis() {
        String longPlace = "a village with a very long name indeed";
        String table = IncidentTable.render(List.of(Incidents.defection("d", longPlace, null, null)));
        String row = table.lines().toList().get(1);
        assertTrue(row.contains("KOR a village with a ve\u2026"), row);
        assertTrue(row.endsWith("\u2026\""), row);
        assertTrue(row.length() < 150, row);
    }

    @Test
    void whenShowsOpenBoundsAndSingleDays() {
        LocalDate d = LocalDate.of(2016, 4, 7);
        assertEquals("2016-04-07", IncidentTable.when(d, d));
        assertEquals("..2016-04-07", IncidentTable.when(null, d));
        assertEquals("2016-04-07..", IncidentTable.when(d, null));
        assertEquals("?", IncidentTable.when(null, null));
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String s = "ab\uD83D\uDE00cdef";
        assertEquals("ab\u2026", IncidentTable.cut(s, 4));
        assertEquals(s, IncidentTable.cut(s, 20));
    }

    @Test
    void anEmptyListIsJustTheHeader() {
        assertEquals(1, IncidentTable.render(List.of()).lines().count());
    }
}
