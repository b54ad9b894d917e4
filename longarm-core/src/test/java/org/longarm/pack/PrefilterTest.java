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
        assertFalse(SMALL.candidate("north", "korea kill"), "no term spans the end of the title");
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
    void jsonPrecheckNeverRejectsACandidateRecord() throws Exception {
        Prefilter pack = DomainPack.load("prk").prefilter();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> vocabulary = new ArrayList<>(pack.originTerms());
        vocabulary.addAll(pack.eventTerms());
        vocabulary.addAll(List.of("the", "\n", "\"", "\\", "é", "\u00a0", "—", "\t", "skill", "-", "x", "한국", "😀", " "));
        Random random = new Random(42L);
        int candidates = 0;
        for (int i = 0; i < 20_000; i++) {
            String title = randomText(random, vocabulary, 3);
            String text = randomText(random, vocabulary, 8);
            var node = json.createObjectNode().put("id", "a" + i).put("title", title).put("text", text);
            byte[] line = (random.nextBoolean() ? json.writeValueAsString(node)
                    : json.writer().with(com.fasterxml.jackson.core.JsonGenerator.Feature.ESCAPE_NON_ASCII).writeValueAsString(node))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (pack.candidate(title, text)) {
                candidates++;
                assertTrue(pack.mayBeCandidateJson(line, 0, line.length), "seed 42, record dropped: " + new String(line, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertTrue(candidates > 1000, "the random records should hold many candidates, held " + candidates);
    }

    @Test
    void jsonPrecheckRejectsRecordsWithoutBothKinds() {
        byte[] line = "{\"title\": \"Trade\", \"text\": \"North Korea sells coal.\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(SMALL.mayBeCandidateJson(line, 0, line.length));
        byte[] escaped = "{\"text\": \"North\\nKorea \\u0073py\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(SMALL.mayBeCandidateJson(escaped, 0, escaped.length));
    }

    private static String randomText(Random random, List<String> vocabulary, int maxWords) {
        StringBuilder sb = new StringBuilder();
        int words = 1 + random.nextInt(maxWords);
        for (int w = 0; w < words; w++) {
            String v = vocabulary.get(random.nextInt(vocabulary.size()));
            sb.append(random.nextBoolean() ? v.toUpperCase(java.util.Locale.ROOT) : v);
            if (random.nextInt(3) > 0) sb.append(" ");
        }
        return sb.toString();
    }

    @Test
    void termsOutsideASectionAreRejected() {
        PackFiles.Row row = new PackFiles.Row("prefilter.txt", 1, List.of("korea"));
        assertThrows(PackException.class, () -> Prefilter.parse(List.of(row)));
    }

    @Test
    void thePrefilterLoadsAloneAsThePackHasIt() {
        Prefilter alone = Prefilter.load("prk");
        Prefilter pack = DomainPack.load("prk").prefilter();
        assertEquals(pack.originTerms(), alone.originTerms());
        assertEquals(pack.eventTerms(), alone.eventTerms());
        assertThrows(PackException.class, () -> Prefilter.load("../prk"));
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
