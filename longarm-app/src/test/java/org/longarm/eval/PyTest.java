package org.longarm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode j(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void roundsTheExactBinaryValueHalfEven() {
        assertEquals(0.062, Py.round3(0.0625));       // an exact tie goes to even
        assertEquals(0.001, Py.round3(0.0005));       // 0.0005 is slightly above the tie in binary
        assertEquals(0.667, Py.round3(2.0 / 3));
        assertEquals(2.675, Py.round3(2.675));
    }

    @Test
    void reprMatchesPython() {
        assertEquals("1.0", Py.repr(1.0));
        assertEquals("0.0", Py.repr(0.0));
        assertEquals("0.5", Py.repr(0.5));
        assertEquals("0.667", Py.repr(Py.round3(2.0 / 3)));
        assertEquals("None", Py.repr(null));
        assertEquals("7", Py.repr(7));
    }

    @Test
    void datesParseAsPython311FromisoformatAfterCuttingToTenCharacters() throws Exception {
        assertEquals(LocalDate.of(2016, 4, 1), Py.date(j("\"2016-04-01T10:00:00\"")));
        assertEquals(LocalDate.of(2016, 4, 1), Py.date(j("\"20160401\"")));
        assertEquals(LocalDate.of(2016, 4, 1), Py.date(j("20160401")));
        assertEquals(LocalDate.of(2016, 1, 3), Py.date(j("\"2015-W53-7\"")));
        assertEquals(LocalDate.of(2016, 3, 28), Py.date(j("\"2016W13\"")));
        assertNull(Py.date(j("\"2016-W53-1\"")));
        assertNull(Py.date(j("\"2016-02-30\"")));
        assertNull(Py.date(j("\"2016-04\"")));
        assertNull(Py.date(j("\"0000-01-01\"")));
        assertNull(Py.date(j("null")));
        assertNull(Py.date(j("\"\"")));
    }

    @Test
    void truthinessAndEqualityFollowPython() throws Exception {
        assertFalse(Py.truthy(j("0")));
        assertFalse(Py.truthy(j("[]")));
        assertFalse(Py.truthy(j("{}")));
        assertFalse(Py.truthy(j("\"\"")));
        assertFalse(Py.truthy(null));
        assertTrue(Py.truthy(j("\"x\"")));
        assertTrue(Py.eq(j("1"), j("1.0")));
        assertTrue(Py.eq(j("true"), j("1")));
        assertTrue(Py.eq(null, j("null")));
        assertFalse(Py.eq(j("\"1\""), j("1")));
        assertTrue(Py.isInt(j("true")));
        assertFalse(Py.isInt(j("1.0")));
    }

    @Test
    void stripRemovesNoBreakSpacesToo() {
        assertEquals("a b", Py.strip("\u00a0 a b\t\n"));
    }
}
