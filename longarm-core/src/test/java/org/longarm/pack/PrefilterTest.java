package org.longarm.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrefilterTest {
    private static final Prefilter SMALL = Prefilter.of(List.of("north korea", "n.k.", "dprk", "kim jong"),
            List.of("defect", "kill", "spy", "spies", "sent back", "hit squad"));

    @Test
    void needsAnOriginTermAndAnEventTerm() {
        assertTrue(SMALL.candidate("Defectors speak", "They left North Korea in 2016."));
        assertFalse(SMALL.candidate("Defectors speak", "They left the country in 2016."));
        assertFalse(SMALL.candidate("Trade talks", "North Korea and its neighbours discussed grain prices."));
    }

    @Test
    void matchesCaseInsensitivelyAtWordStartsOnly() {
        assertTrue(SMALL.candidate(null, "NORTH KOREA said a SPY was caught."));
        assertTrue(SMALL.candidate(null, "DPRK agents; two defectors."));
        assertFalse(SMALL.candidate(null, "The DPRK mentioned skill and espionage."), "kill inside skill, spy inside espy");
        assertFalse(SMALL.candidate(null, "XDPRK kill"), "origin term inside a longer word");
    }

    @Test
    void termsArePrefixesOfWords() {
        assertTrue(SMALL.candidate(null, "North Korean spies defected."));
        assertTrue(SMALL.candidate(null, "the killing, according to N.K. media"));
    }

    @Test
    void spaceInATermMatchesLineBreaksRunsOfSpaceAndDashes() {
        assertTrue(SMALL.candidate(null, "North\nKorea sent back three people"));
        assertTrue(SMALL.candidate(null, "North  Korea sent\u00a0back three people"));
        assertTrue(SMALL.candidate(null, "a North-Korean hit-squad"));
    }

    @Test
    void titleAndTextCountTogetherButDoNotRunIntoEachOther() {
        assertTrue(SMALL.candidate("Spy trial opens", "Prosecutors say he worked for the DPRK."));
        assertFalse(SMALL.candidate("Nor", "th Korea kill"), "title and text must not run together into one word");
        assertTrue(SMALL.candidate("north", "korea kill"), "a line break between title and text is white space");
    }

    @Test
    void nullAndEmptyInputsAreNotCandidates() {
        assertFalse(SMALL.candidate(null, ""));
        assertFalse(SMALL.candidate("", null));
        assertFalse(SMALL.candidate(null));
    }

    @Test
    void nonAsciiTermsAndTextWork() {
        Prefilter p = Prefilter.of(List.of("북한", "corée du nord"), List.of("탈북", "enlèvement"));
        assertTrue(p.candidate(null, "Un enlèvement attribué à la Corée du Nord."));
        assertTrue(p.candidate(null, "북한 탈북자"));
        assertFalse(p.candidate(null, "북한 경제"));
    }

    @Test
    void overlappingTermsAreAllSeen() {
        Prefilter p = Prefilter.of(List.of("korea"), List.of("koreans fled", "fled"));
        assertTrue(p.candidate(null, "koreans flee... koreans fled"));
        assertTrue(p.candidate(null, "Korean who fled"));
    }

    @Test
    void packPrefilterKeepsEveryArticleTheOldRegexKept() {
        Prefilter pack = DomainPack.load("prk").prefilter();
        Pattern origin = regex(pack.originTerms());
        Pattern events = regex(pack.eventTerms());
        List<String> vocabulary = new ArrayList<>(pack.originTerms());
        vocabulary.addAll(pack.eventTerms());
        vocabulary.addAll(List.of("the", "un", "skill", "ex", "report", "Seoul", "-", ".", "\n", "é", "NORTH", "Korea",
                "s", "ed", "x", "1", "  ", "\t"));
        Random random = new Random(20160818L);
        int kept = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int words = 1 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                String v = vocabulary.get(random.nextInt(vocabulary.size()));
                if (random.nextBoolean()) v = v.toUpperCase(java.util.Locale.ROOT);
                sb.append(v);
                if (random.nextInt(3) > 0) sb.append(random.nextBoolean() ? " " : "");
            }
            String text = sb.toString();
            boolean old = origin.matcher(text).find() && events.matcher(text).find();
            if (old) {
                kept++;
                assertTrue(pack.candidate(null, text), "seed 20160818, text dropped: [" + text + "]");
            }
        }
        assertTrue(kept > 1000, "the random texts should hold many candidates, held " + kept);
    }

    @Test
    void termsOutsideASectionAreRejected() {
        PackFiles.Row row = new PackFiles.Row("prefilter.txt", 1, List.of("korea"));
        assertThrows(PackException.class, () -> Prefilter.parse(List.of(row)));
    }

    @Test
    void normalizeFoldsCaseSpacesAndDashes() {
        assertEquals("hit squad", Prefilter.normalize("Hit-\tSquad "));
    }

    private static Pattern regex(List<String> terms) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < terms.size(); i++) sb.append(i > 0 ? "|" : "").append(Pattern.quote(terms.get(i)));
        return Pattern.compile(sb.append(')').toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
