package org.longarm.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Whole-word phrase lookup, longest first. */
class PhraseMatcherTest {
    private static PhraseMatcher<String> matcher(boolean caseSensitive, String... phrases) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String p : phrases) m.put(p, "v:" + p);
        return new PhraseMatcher<>(m, caseSensitive);
    }

    private static List<String> texts(PhraseMatcher<String> m, String text) {
        return m.find(text).stream().map(PhraseMatcher.Hit::text).toList();
    }

    @Test
    void findsWholeWordsOnly() {
        PhraseMatcher<String> m = matcher(true, "Kim", "MSS");
        assertEquals(List.of(), texts(m, "Kimberly met the MSSA at Akim."));
        assertEquals(List.of("Kim", "MSS"), texts(m, "Kim ordered the MSS."));
        assertEquals(List.of("Kim", "Kim"), texts(m, "(Kim) and \"Kim\"."));
    }

    @Test
    void digitsAreWordCharactersToo() {
        PhraseMatcher<String> m = matcher(true, "Unit");
        assertEquals(List.of(), texts(m, "Unit10 and 3Unit"));
        assertEquals(List.of("Unit"), texts(m, "Unit 10"));
    }

    @Test
    void theLongestPhraseWins() {
        PhraseMatcher<String> m = matcher(true, "Korea", "North Korea", "North");
        List<PhraseMatcher.Hit<String>> hits = m.find("Troops of North Korea crossed.");
        assertEquals(1, hits.size());
        assertEquals("North Korea", hits.get(0).text());
        assertEquals("v:North Korea", hits.get(0).value());
        assertEquals("Troops of ".length(), hits.get(0).start());
        assertEquals("Troops of North Korea".length(), hits.get(0).end());
    }

    @Test
    void theLongestPhraseWinsWhateverTheOrderOfTheMap() {
        PhraseMatcher<String> a = matcher(true, "State Security", "Ministry of State Security");
        PhraseMatcher<String> b = matcher(true, "Ministry of State Security", "State Security");
        String text = "The Ministry of State Security denied it; State Security agents left.";
        assertEquals(List.of("Ministry of State Security", "State Security"), texts(a, text));
        assertEquals(texts(a, text), texts(b, text));
    }

    @Test
    void hitsDoNotOverlap() {
        PhraseMatcher<String> m = matcher(true, "South Korea", "Korea Times");
        List<PhraseMatcher.Hit<String>> hits = m.find("the South Korea Times");
        assertEquals(1, hits.size());
        assertEquals("South Korea", hits.get(0).text());
    }

    @Test
    void caseSensitiveWhenAsked() {
        PhraseMatcher<String> m = matcher(true, "Kim");
        assertEquals(List.of("Kim"), texts(m, "kim KIM Kim"));
        assertEquals(List.of(), texts(m, "kim and KIM"));
    }

    @Test
    void caseInsensitiveKeepsTheTextAsWrittenAndFindsTheValue() {
        PhraseMatcher<String> m = matcher(false, "is believed");
        List<PhraseMatcher.Hit<String>> hits = m.find("He Is Believed to have fled; he IS BELIEVED dead.");
        assertEquals(List.of("Is Believed", "IS BELIEVED"), hits.stream().map(PhraseMatcher.Hit::text).toList());
        assertTrue(hits.stream().allMatch(h -> "v:is believed".equals(h.value())), hits::toString);
    }

    @Test
    void everyCaseInsensitiveHitCarriesItsValue() {
        PhraseMatcher<String> m = matcher(false, "istanbul");
        List<PhraseMatcher.Hit<String>> hits = m.find("İSTANBUL police said");
        assertTrue(hits.stream().allMatch(h -> h.value() != null), hits::toString);
    }

    @Test
    void aPossessiveMatchesItsName() {
        PhraseMatcher<String> m = matcher(true, "China", "Kim Jong Un");
        List<PhraseMatcher.Hit<String>> hits = m.find("China's police and Kim Jong Un’s sister");
        assertEquals(List.of("China", "Kim Jong Un"), hits.stream().map(PhraseMatcher.Hit::text).toList());
        assertEquals(0, hits.get(0).start());
        assertEquals(5, hits.get(0).end());
        assertEquals("v:China", hits.get(0).value());
    }

    @Test
    void aContractionIsNotAPossessive() {
        PhraseMatcher<String> m = matcher(true, "Kim");
        assertEquals(List.of(), texts(m, "Kim'll not do"));
    }

    @Test
    void aRegionDoesNotCutAWordIntoAMatch() {
        PhraseMatcher<String> m = matcher(true, "berly", "Kim");
        String text = "Kimberly said so.";
        assertEquals(List.of(), m.find(text, 3, text.length()).stream().map(PhraseMatcher.Hit::text).toList());
        assertEquals(List.of(), m.find(text, 0, 3).stream().map(PhraseMatcher.Hit::text).toList());
    }

    @Test
    void offsetsInARegionAreOffsetsInTheWholeText() {
        PhraseMatcher<String> m = matcher(true, "Pyongyang");
        String text = "Seoul said. Pyongyang denied.";
        List<PhraseMatcher.Hit<String>> hits = m.find(text, 12, text.length());
        assertEquals(1, hits.size());
        assertEquals("Pyongyang", text.substring(hits.get(0).start(), hits.get(0).end()));
    }

    @Test
    void phrasesAreQuotedNotRegex() {
        PhraseMatcher<String> m = matcher(true, "N.K.", "Mr. Kim");
        assertEquals(List.of("N.K.", "Mr. Kim"), texts(m, "N.K. sources and Mr. Kim"));
        assertEquals(List.of(), texts(m, "NxKx and Mrx Kim"));
    }

    @Test
    void anEmptyMatcherFindsNothing() {
        PhraseMatcher<String> m = new PhraseMatcher<>(Map.of(), true);
        assertTrue(m.isEmpty());
        assertEquals(List.of(), m.find("anything at all"));
    }
}
