package org.longarm.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.longarm.pack.Gazetteer.PlaceMatch;

/** Matching rules on a tiny inline gazetteer, plus a randomized contract check on the shipped one. */
class GazetteerMatcherTest {
    private static final Gazetteer G = GazetteerFixtures.gazetteer(new String[] {
            "USA ; United States ; U.S.|US|America ; American ; Washington ; 37.09 ; -95.71",
            "JOR ; ~Jordan ; ; Jordanian ; Amman ; 30.59 ; 36.24",
            "SYR ; Syria ; ; Syrian ; Damascus ; 34.80 ; 39.00",
            "LAO ; Laos ; ; =Lao|Laotian ; Vientiane ; 19.86 ; 102.50",
            "CHE ; Switzerland ; ; Swiss ; Bern ; 46.82 ; 8.23",
            "PRK ; North Korea ; DPRK ; North Korean ; Pyongyang ; 40.34 ; 127.51"},
            "Amman ; ; CITY ; JOR ; ; 31.95 ; 35.93",
            "Sinuiju ; ; CITY ; PRK ; North Pyongan ; 40.10 ; 124.40",
            "North Pyongan ; Pyonganbuk-do ; PROVINCE ; PRK ; ; 40.05 ; 125.00",
            "Kuala Lumpur International Airport ; ; VENUE ; ; ; 2.74 ; 101.71",
            "Latin America ; ; REGION ; ; ; -14.24 ; -60.00",
            "Ji'an ; ; CITY ; ; ; 41.12 ; 126.19");

    private static List<String> written(String text) {
        return G.find(text).stream().map(PlaceMatch::asWritten).toList();
    }

    @Test
    void firstWordNeedsItsCapitalsButLaterWordsAndHeadlinesDoNot() {
        assertEquals(List.of("North korea"), written("the North korea issue"));
        assertEquals(List.of(), written("the north Korea issue"));
        assertEquals(List.of("NORTH KOREA"), written("NORTH KOREA FIRES MISSILE"));
        assertEquals(List.of("Kuala Lumpur international airport"), written("at Kuala Lumpur international airport"));
    }

    @Test
    void exactCaseNamesNeedExactCase() {
        assertEquals(List.of("Lao"), written("Lao police"));
        assertEquals(List.of(), written("LAO POLICE"));
    }

    @Test
    void accentsAndCombiningMarksAreOptional() {
        assertEquals(List.of("Sinŭiju"), written("in Sinŭiju today"));
        assertEquals(List.of("Sinu\u0306iju"), written("in Sinu\u0306iju today"), "decomposed accents");
    }

    @Test
    void spaceInANameMatchesAnyRunOfWhiteSpace() {
        String text = "North\n  Korea";
        List<PlaceMatch> found = G.find(text);
        assertEquals(1, found.size());
        assertEquals(text, found.get(0).asWritten());
    }

    @Test
    void apostrophesAndHyphensFoldToAscii() {
        assertEquals(List.of("Ji’an"), written("near Ji’an"));
        assertEquals(List.of("Pyonganbuk\u2010do"), written("Pyonganbuk\u2010do"));
    }

    @Test
    void matchesEndAtWordBoundaries() {
        assertEquals(List.of(), written("Syrians2 Syriac DPRKs"));
        assertEquals(List.of("Syria"), written("(Syria)"));
    }

    @Test
    void demonymsMatchWithAPluralS() {
        List<PlaceMatch> found = G.find("Americans, North Koreans and the Swiss");
        assertEquals(List.of("Americans", "North Koreans", "Swiss"), found.stream().map(PlaceMatch::asWritten).toList());
        assertTrue(found.stream().allMatch(PlaceMatch::demonym));
        assertEquals(List.of(), written("Swisss"));
    }

    @Test
    void ambiguousNamesNeedAPlaceWordOrAPlaceBeforeThem() {
        assertEquals(List.of(), written("Michael Jordan scored."));
        assertEquals(List.of(), written("Jordan said no."));
        assertEquals(List.of("Jordan"), written("She fled to Jordan."));
        assertEquals(List.of("Amman", "Jordan"), written("Amman, Jordan"));
        assertEquals(List.of("Syria", "Jordan"), written("Syria and Jordan"));
        assertEquals(List.of("Jordanian"), written("a Jordanian court"), "demonyms of ambiguous countries are not ambiguous");
    }

    @Test
    void acronymsAreNotMoneyNorWordsOfAnAllCapitalLine() {
        assertEquals(List.of("US"), written("US officials"));
        assertEquals(List.of("U.S."), written("the U.S.-led talks"));
        assertEquals(List.of(), written("it cost US$5"));
        assertEquals(List.of(), written("LET US GO"));
        assertEquals(List.of("US"), written("US"));
    }

    @Test
    void longestNameWinsAtAStart() {
        assertEquals(List.of("Latin America", "America"), written("Latin America and America"));
        assertEquals("Latin America", G.find("Latin America").get(0).entry().name());
    }

    @Test
    void provincesAlsoMatchWithProvinceAfterTheirName() {
        List<PlaceMatch> found = G.find("in North Pyongan Province and north of it");
        assertEquals("North Pyongan Province", found.get(0).asWritten());
        assertEquals("North Pyongan", found.get(0).entry().name());
    }

    @Test
    void surrogatePairsAndEmptyTextAreHarmless() {
        String text = "😀Syria😀 and 𝐒yria";
        List<PlaceMatch> found = G.find(text);
        assertEquals(1, found.size());
        assertEquals(2, found.get(0).start());
        assertEquals(List.of(), G.find(""));
    }

    @Test
    void randomTextGivesSpansThatFitTheText() {
        Gazetteer real = Gazetteer.forPack("prk");
        String[] words = {"Seoul", "South", "Korea", "Korean", "North", "US", "us", "Jordan", "in", "to", "China", "'s",
                "Chinese", "Ho", "Chi", "Minh", "City", ",", ".", " ", "  ", "\n", "’", "-", "Ŭ", "\u0306", "😀", "A", "Koreans"};
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) b.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
            String text = b.toString();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            List<PlaceMatch> found = real.find(text, from, to);
            int last = from;
            for (PlaceMatch m : found) {
                String where = "seed " + seed + ", text '" + text + "' [" + from + ", " + to + "): " + m;
                assertTrue(m.start() >= last && m.end() <= to, where);
                assertEquals(text.substring(m.start(), m.end()), m.asWritten(), where);
                last = m.end();
            }
        }
    }
}
