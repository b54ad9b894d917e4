package org.longarm.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GazetteerTextTest {
    @Test
    void foldLowersStripsAccentsAndNormalizesPunctuation() {
        assertEquals("sinuiju", GazetteerText.fold("Sinŭiju"));
        assertEquals("cote d'ivoire", GazetteerText.fold("Côte d’Ivoire"));
        assertEquals("sao tome", GazetteerText.fold("São  Tomé"));
        assertEquals("pyonganbuk-do", GazetteerText.fold("Pyonganbuk\u2010do"));
        assertEquals("sinuiju", GazetteerText.fold("Sinu\u0306iju"));
    }

    @Test
    void allCapsNeedsTwoLettersAllCapital() {
        assertTrue(GazetteerText.isAllCaps("U.S."));
        assertTrue(GazetteerText.isAllCaps("KLIA2"));
        assertFalse(GazetteerText.isAllCaps("A"));
        assertFalse(GazetteerText.isAllCaps("Us"));
    }

    @Test
    void wordCharsIncludeCombiningMarks() {
        assertTrue(GazetteerText.isWordChar('\u0306'));
        assertFalse(GazetteerText.isWordChar('\''));
        assertTrue(GazetteerText.isSpace('\u00A0'));
    }
}
