package org.longarm.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** Loading: every data error names its file, line and field. */
class GazetteerIndexTest {
    private static final String CHN = "CHN ; China ; PRC ; Chinese ; Beijing ; 35.86 ; 104.20";
    private static final String KOR = "KOR ; South Korea ; ROK ; South Korean ; Seoul ; 35.91 ; 127.77";

    private static GazetteerException failure(String[] countries, String... places) {
        return assertThrows(GazetteerException.class, () -> GazetteerFixtures.gazetteer(countries, places));
    }

    private static void assertAt(GazetteerException e, String file, int line, String field) {
        assertEquals(file, e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + " line " + line), e.getMessage());
    }

    @Test
    void badAlpha3IsNamed() {
        GazetteerException e = failure(new String[] {CHN, "Kor ; South Korea ; ; ; ; 1 ; 1"});
        assertAt(e, "c.tsv", 3, "alpha3");
        assertTrue(e.getMessage().contains("'Kor'"));
    }

    @Test
    void badCoordinateIsNamed() {
        assertAt(failure(new String[] {"CHN ; China ; ; ; ; north ; 104.2"}), "c.tsv", 2, "lat");
        assertAt(failure(new String[] {CHN}, "Dandong ; ; CITY ; CHN ; ; 40.0 ; 190"), "p.tsv", 2, "lon");
        assertAt(failure(new String[] {CHN}, "Dandong ; ; CITY ; CHN ; ; 40.0 ; "), "p.tsv", 2, "lon");
    }

    @Test
    void nameRepeatedAcrossEntriesIsNamedWithBothPlaces() {
        GazetteerException e = failure(new String[] {CHN, KOR}, "Peking ; Prc ; CITY ; CHN ; ; 39.9 ; 116.4");
        assertAt(e, "p.tsv", 2, "variants");
        assertTrue(e.getMessage().contains("already names China (c.tsv line 2)"), e.getMessage());
    }

    @Test
    void nameRepeatedInOneEntryIgnoringAccentsIsAnError() {
        assertAt(failure(new String[] {CHN}, "Sinuiju ; Sinŭiju ; CITY ; ; ; 40.1 ; 124.4"), "p.tsv", 2, "variants");
    }

    @Test
    void unknownKindCountryAndParentAreNamed() {
        assertAt(failure(new String[] {CHN}, "Dandong ; ; TOWN ; CHN ; ; 40.0 ; 124.35"), "p.tsv", 2, "kind");
        assertAt(failure(new String[] {CHN}, "Dandong ; ; COUNTRY ; CHN ; ; 40.0 ; 124.35"), "p.tsv", 2, "kind");
        assertAt(failure(new String[] {CHN}, "Dandong ; ; CITY ; XYZ ; ; 40.0 ; 124.35"), "p.tsv", 2, "country");
        assertAt(failure(new String[] {CHN}, "Dandong ; ; CITY ; CHN ; Liaoning ; 40.0 ; 124.35"), "p.tsv", 2, "parent");
    }

    @Test
    void parentInAnotherCountryIsAnError() {
        GazetteerException e = failure(new String[] {CHN, KOR},
                "Liaoning ; ; PROVINCE ; CHN ; ; 41.3 ; 122.6",
                "Dandong ; ; CITY ; KOR ; Liaoning ; 40.0 ; 124.35");
        assertAt(e, "p.tsv", 3, "parent");
    }

    @Test
    void parentCycleIsAnError() {
        GazetteerException e = failure(new String[] {CHN},
                "A ; ; REGION ; ; B ; 1 ; 1",
                "B ; ; REGION ; ; A ; 1 ; 1");
        assertEquals("parent", e.field());
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }

    @Test
    void emptyVariantBetweenBarsIsAnError() {
        assertAt(failure(new String[] {"CHN ; China ; PRC||Cathay ; ; ; 1 ; 1"}), "c.tsv", 2, "variants");
    }

    @Test
    void nameMustStartWithALetterOrDigit() {
        assertAt(failure(new String[] {CHN}, "(Dandong) ; ; CITY ; CHN ; ; 40.0 ; 124.35"), "p.tsv", 2, "name");
    }

    @Test
    void demonymsAreNotPlaceNamesButStillMayNotRepeat() {
        Gazetteer g = GazetteerFixtures.gazetteer(new String[] {CHN});
        assertTrue(g.lookup("chinese").isEmpty());
        assertAt(failure(new String[] {CHN}, "Chinese ; ; CITY ; CHN ; ; 1 ; 1"), "p.tsv", 2, "name");
    }

    @Test
    void provinceGetsAProvinceFormUnlessItsNameHasAUnitWord() {
        Gazetteer g = GazetteerFixtures.gazetteer(new String[] {CHN},
                "Liaoning ; ; PROVINCE ; CHN ; ; 41.3 ; 122.6",
                "Niigata Prefecture ; ; PROVINCE ; ; ; 37.5 ; 138.9");
        assertEquals("Liaoning", g.lookup("Liaoning Province").orElseThrow().name());
        assertTrue(g.lookup("Niigata Prefecture Province").isEmpty());
    }

    @Test
    void publicLoadReadsStreamsAndNamesThemGenerically() {
        byte[] countries = GazetteerFixtures.tsv(GazetteerFixtures.COUNTRIES_HEADER, CHN);
        byte[] pack = GazetteerFixtures.tsv(GazetteerFixtures.PACK_HEADER, "Dandong ; ; CITY ; CHN ; ; 40.0 ; x");
        GazetteerException e = assertThrows(GazetteerException.class,
                () -> Gazetteer.load(new ByteArrayInputStream(countries), new ByteArrayInputStream(pack)));
        assertAt(e, "gazetteer.tsv", 2, "lon");
    }
}
