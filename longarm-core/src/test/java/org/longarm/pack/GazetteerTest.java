package org.longarm.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.longarm.pack.Gazetteer.Entry;
import org.longarm.pack.Gazetteer.Kind;
import org.longarm.pack.Gazetteer.PlaceMatch;

/** The front door, on the shipped prk gazetteer: the behaviours the extractor relies on. */
class GazetteerTest {
    private static final Gazetteer G = Gazetteer.forPack("prk");

    private static List<PlaceMatch> find(String text) {
        return G.find(text);
    }

    private static PlaceMatch only(String text) {
        List<PlaceMatch> found = find(text);
        assertEquals(1, found.size(), () -> "expected one match in '" + text + "', got " + found);
        return found.get(0);
    }

    @Test
    void borderCityAndItsDemonymAreBothFound() {
        String text = "She fled through the Chinese border city of Dandong last spring.";
        List<PlaceMatch> found = find(text);
        assertEquals(2, found.size(), found::toString);
        PlaceMatch chinese = found.get(0);
        assertEquals("Chinese", chinese.asWritten());
        assertEquals("CHN", chinese.entry().country());
        assertTrue(chinese.demonym());
        PlaceMatch dandong = found.get(1);
        assertEquals(new Entry("Dandong", Kind.CITY, "CHN", 40.00, 124.35, "Liaoning"), dandong.entry());
        assertFalse(dandong.demonym());
        assertEquals(text.indexOf("Dandong"), dandong.start());
        assertEquals("Dandong", text.substring(dandong.start(), dandong.end()));
    }

    @Test
    void southKoreaBeatsTheShorterKoreaAndThePossessiveIsLeftOut() {
        PlaceMatch m = only("Officials at South Korea's spy agency declined to comment.");
        assertEquals("South Korea", m.asWritten());
        assertEquals("KOR", m.entry().country());
        assertEquals(Kind.COUNTRY, m.entry().kind());
    }

    @Test
    void possessiveWithCurlyApostropheStillEndsAtTheName() {
        PlaceMatch m = only("China’s embassy issued a statement.");
        assertEquals("China", m.asWritten());
        assertEquals(0, m.start());
        assertEquals(5, m.end());
    }

    @Test
    void britainIsTheUnitedKingdom() {
        assertEquals("GBR", only("He settled in Britain in 2010.").entry().country());
    }

    @Test
    void northKoreanIsADemonymOfNorthKorea() {
        PlaceMatch m = only("Two North Korean agents were arrested.");
        assertEquals("North Korean", m.asWritten());
        assertEquals("PRK", m.entry().country());
        assertTrue(m.demonym());
    }

    @Test
    void monthNamesAreNotPlaces() {
        assertEquals(List.of(), find("They planned a protest march in May."));
    }

    @Test
    void usInCapitalsIsTheUnitedStatesButLowerCaseUsIsAPronoun() {
        assertEquals("USA", only("US officials said little.").entry().country());
        assertEquals(List.of(), find("Nobody told us about it."));
        assertEquals(List.of(), find("Us against them."));
    }

    @Test
    void koreaAloneIsThePeninsulaWithoutACountry() {
        Entry korea = only("families divided across Korea").entry();
        assertEquals("Korean Peninsula", korea.name());
        assertEquals(null, korea.country());
    }

    @Test
    void wholeMultiWordCityIsOneMatch() {
        PlaceMatch m = only("They reached Ho Chi Minh City by bus.");
        assertEquals("Ho Chi Minh City", m.asWritten());
        assertEquals("VNM", m.entry().country());
    }

    @Test
    void venueWithContainingDistrictAndProvince() {
        PlaceMatch m = only("He was attacked at Kuala Lumpur International Airport.");
        Entry klia = m.entry();
        assertEquals(Kind.VENUE, klia.kind());
        assertEquals("Sepang", klia.parent());
        assertTrue(G.contains("Selangor", "Kuala Lumpur International Airport"));
        assertTrue(G.contains("Malaysia", "KLIA2"));
    }

    @Test
    void regionLimitsTheSearchAndOffsetsStayInTheWholeText() {
        String text = "From Seoul to Busan and on to Tokyo.";
        int from = text.indexOf("Busan");
        List<PlaceMatch> found = G.find(text, from, text.indexOf(" and"));
        assertEquals(1, found.size());
        assertEquals(from, found.get(0).start());
        assertEquals("Busan", found.get(0).entry().name());
        assertEquals(List.of(), G.find(text, from, from + 3), "a name cut by the region's end is not found");
    }

    @Test
    void matchesAreSortedAndDoNotOverlap() {
        String text = "Yanji, Tumen and the Tumen River, then Hunchun, Vladivostok and Moscow.";
        List<PlaceMatch> found = find(text);
        assertEquals(List.of("Yanji", "Tumen", "Tumen River", "Hunchun", "Vladivostok", "Moscow"),
                found.stream().map(PlaceMatch::asWritten).toList());
        for (int i = 1; i < found.size(); i++) assertTrue(found.get(i - 1).end() <= found.get(i).start());
        assertEquals(Kind.REGION, found.get(2).entry().kind());
    }

    @Test
    void badRegionIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> G.find("abc", 2, 1));
        assertThrows(IllegalArgumentException.class, () -> G.find("abc", 0, 4));
    }

    @Test
    void lookupFindsNamesVariantsCodesAndIgnoresCaseAsALastResort() {
        assertEquals("Dandong", G.lookup("Dandong").orElseThrow().name());
        assertEquals("Liaoning", G.lookup("Liaoning Province").orElseThrow().name());
        assertEquals("North Korea", G.lookup("DPRK").orElseThrow().name());
        assertEquals("North Korea", G.lookup("PRK").orElseThrow().name());
        assertEquals("Sinuiju", G.lookup("SINŬIJU").orElseThrow().name());
        assertTrue(G.lookup("Atlantis").isEmpty());
        assertTrue(G.lookup("Chinese").isEmpty(), "demonyms are not place names");
        assertTrue(G.lookup(null).isEmpty());
    }

    @Test
    void containmentGoesThroughParentsAndCountries() {
        assertTrue(G.contains("Liaoning", "Dandong"));
        assertTrue(G.contains("China", "Dandong"));
        assertTrue(G.contains("CHN", "Liaoning"));
        assertTrue(G.contains("Jilin", "Yanji"), "Yanji is in Yanbian, which is in Jilin");
        assertTrue(G.contains("London", "Ealing"));
        assertTrue(G.contains("United Kingdom", "Ealing"));
        assertTrue(G.contains("Dandong", "Dandong"), "a place contains itself");
        assertFalse(G.contains("Dandong", "Liaoning"));
        assertFalse(G.contains("North Korea", "Dandong"));
        assertFalse(G.contains("South Korea", "DMZ"), "the DMZ belongs to no one country");
        assertTrue(G.contains("DMZ", "Joint Security Area"));
        assertFalse(G.contains("Atlantis", "Dandong"));
    }

    @Test
    void parentOfAnEntryIsItsContainingEntry() {
        Entry dandong = G.lookup("Dandong").orElseThrow();
        assertEquals("Liaoning", G.parent(dandong).orElseThrow().name());
        assertTrue(G.parent(G.lookup("China").orElseThrow()).isEmpty());
    }

    @Test
    void forPackSharesOneInstanceAndRejectsUnknownPacks() {
        assertSame(G, Gazetteer.forPack("prk"));
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.forPack("zzz"));
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.forPack("../x"));
    }

    @Test
    void fingerprintIsAStableSha256() {
        assertTrue(G.fingerprint().matches("[0-9a-f]{64}"));
        assertTrue(G.toString().contains(G.fingerprint().substring(0, 12)));
    }

    @Test
    void recordsCheckThemselves() {
        assertThrows(IllegalArgumentException.class, () -> new Entry("X", Kind.CITY, "xx", null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Entry("X", Kind.CITY, null, 1.0, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Entry("X", Kind.COUNTRY, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Entry("X", Kind.CITY, null, 91.0, 0.0, null));
        Entry e = new Entry("X", Kind.CITY, null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> new PlaceMatch(3, 3, "", e, false));
        assertThrows(IllegalArgumentException.class, () -> new PlaceMatch(0, 3, "ab", e, false));
    }
}
