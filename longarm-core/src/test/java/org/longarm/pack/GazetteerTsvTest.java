package org.longarm.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTsvTest {
    private static final List<String> HEADER = List.of("a", "b");

    private static List<GazetteerTsv.Row> read(String text) {
        return GazetteerTsv.read("t.tsv", text.getBytes(StandardCharsets.UTF_8), HEADER);
    }

    @Test
    void commentsBlankLinesBomAndCrlfAreSkippedAndLineNumbersKept() {
        List<GazetteerTsv.Row> rows = read("\uFEFF# note\r\na\tb\r\n\r\n x \t y\r\n# more\n1\t2\n");
        assertEquals(2, rows.size());
        assertEquals("x", rows.get(0).get("a"));
        assertEquals("y", rows.get(0).get("b"));
        assertEquals(4, rows.get(0).line());
        assertEquals(6, rows.get(1).line());
    }

    @Test
    void wrongHeaderIsReportedOnItsLine() {
        GazetteerException e = assertThrows(GazetteerException.class, () -> read("# c\na\tc\n"));
        assertEquals(2, e.line());
        assertNull(e.field());
    }

    @Test
    void missingHeaderAndWrongFieldCountAreErrors() {
        assertThrows(GazetteerException.class, () -> read("# only comments\n"));
        GazetteerException e = assertThrows(GazetteerException.class, () -> read("a\tb\n1\t2\t3\n"));
        assertEquals(2, e.line());
    }

    @Test
    void coordinatesParseAndCheckTheirRange() {
        GazetteerTsv.Row row = read("a\tb\n12.5\t-91\n").get(0);
        assertEquals(12.5, row.coordinate("a", 90));
        assertEquals("b", assertThrows(GazetteerException.class, () -> row.coordinate("b", 90)).field());
        assertNull(read("a\tb\n\t5\n").get(0).coordinate("a", 90));
    }
}
