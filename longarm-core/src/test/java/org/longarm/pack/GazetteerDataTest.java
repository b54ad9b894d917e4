package org.longarm.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.longarm.pack.Gazetteer.Entry;
import org.longarm.pack.Gazetteer.Kind;

/** The shipped data files: complete, well-formed, unambiguous, and holding the places the prk pack needs. */
class GazetteerDataTest {
    private static final Gazetteer G = Gazetteer.forPack("prk");

    private static List<GazetteerTsv.Row> rows(String path, List<String> header) throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            return GazetteerTsv.read(path, in.readAllBytes(), header);
        }
    }

    @Test
    void everyIsoCountryOfTheJdkIsPresentOnceWithCoordinates() throws IOException {
        Set<String> jdk = new TreeSet<>();
        for (String alpha2 : Locale.getISOCountries()) jdk.add(new Locale("", alpha2).getISO3Country());
        Set<String> ours = new TreeSet<>();
        for (GazetteerTsv.Row row : rows("world/countries.tsv", GazetteerIndex.COUNTRY_COLUMNS)) {
            assertTrue(row.get("alpha3").matches("[A-Z]{3}"), "line " + row.line());
            assertTrue(ours.add(row.get("alpha3")), "repeated " + row.get("alpha3"));
        }
        assertEquals(jdk, ours);
        List<Entry> countries = G.entries().stream().filter(e -> e.kind() == Kind.COUNTRY).toList();
        assertEquals(jdk.size(), countries.size());
        countries.forEach(e -> assertNotNull(e.lat(), e.name() + " has no coordinates"));
    }

    @Test
    void atLeastEightyCountriesHaveDemonyms() throws IOException {
        long withDemonyms = rows("world/countries.tsv", GazetteerIndex.COUNTRY_COLUMNS).stream()
                .filter(r -> !r.get("demonyms").isEmpty()).count();
        assertTrue(withDemonyms >= 80, "only " + withDemonyms);
    }

    @Test
    void coordinatesAreWrittenWithTwoDecimalsAndLieInRange() throws IOException {
        List<GazetteerTsv.Row> all = new ArrayList<>(rows("world/countries.tsv", GazetteerIndex.COUNTRY_COLUMNS));
        all.addAll(rows("prk/gazetteer.tsv", GazetteerIndex.PACK_COLUMNS));
        for (GazetteerTsv.Row row : all) {
            String where = row.file() + " line " + row.line();
            assertTrue(row.get("lat").matches("-?\\d{1,2}\\.\\d{2}"), where + ": lat " + row.get("lat"));
            assertTrue(row.get("lon").matches("-?\\d{1,3}\\.\\d{2}"), where + ": lon " + row.get("lon"));
            assertNotNull(row.coordinate("lat", 90));
            assertNotNull(row.coordinate("lon", 180));
        }
    }

    @Test
    void noNameVariantOrDemonymRepeatsAcrossBothFiles() throws IOException {
        Map<String, String> seen = new HashMap<>();
        List<String> repeats = new ArrayList<>();
        for (String file : List.of("world/countries.tsv", "prk/gazetteer.tsv")) {
            List<String> header = file.startsWith("world") ? GazetteerIndex.COUNTRY_COLUMNS : GazetteerIndex.PACK_COLUMNS;
            for (GazetteerTsv.Row row : rows(file, header)) {
                List<String> written = new ArrayList<>(List.of(row.get("name")));
                written.addAll(List.of(row.get("variants").split("\\|")));
                if (header.contains("demonyms")) written.addAll(List.of(row.get("demonyms").split("\\|")));
                for (String w : written) {
                    if (w.isEmpty()) continue;
                    String key = GazetteerText.fold(GazetteerName.canonical(w));
                    String before = seen.put(key, file + " line " + row.line());
                    if (before != null) repeats.add(w + " (" + before + " and " + file + " line " + row.line() + ")");
                }
            }
        }
        assertEquals(List.of(), repeats);
    }

    @Test
    void packPlacesTheBriefNamesArePresentWithTheirCountry() {
        Map<String, String> expected = new HashMap<>();
        for (String p : List.of("Pyongyang", "Sinuiju", "Hyesan", "Chongjin", "Hoeryong", "Musan", "Wonsan", "Hamhung",
                "Kaesong", "Rason", "Nampo", "North Hamgyong", "Ryanggang", "Chagang", "Kangwon")) expected.put(p, "PRK");
        for (String p : List.of("Seoul", "Incheon", "Busan", "Gyeonggi", "Gangwon", "Hanawon")) expected.put(p, "KOR");
        for (String p : List.of("Liaoning", "Jilin", "Heilongjiang", "Shenyang", "Dandong", "Yanji", "Yanbian", "Changbai",
                "Tumen", "Hunchun", "Harbin", "Dalian", "Beijing", "Shanghai", "Ningbo", "Zhejiang", "Qingdao", "Shandong"))
            expected.put(p, "CHN");
        for (String p : List.of("Vladivostok", "Khabarovsk", "Primorsky Krai", "Moscow")) expected.put(p, "RUS");
        expected.putAll(Map.of("Bangkok", "THA", "Vientiane", "LAO", "Kuala Lumpur", "MYS", "Hanoi", "VNM",
                "Ho Chi Minh City", "VNM", "Phnom Penh", "KHM", "Ulaanbaatar", "MNG", "Manila", "PHL", "Jakarta", "IDN",
                "Singapore", "SGP"));
        expected.putAll(Map.of("Tokyo", "JPN", "Osaka", "JPN", "Niigata", "JPN", "London", "GBR", "Ealing", "GBR",
                "Rome", "ITA", "Berlin", "DEU", "Paris", "FRA", "Vienna", "AUT", "Warsaw", "POL"));
        expected.put("Stockholm", "SWE");
        expected.put("Kuala Lumpur International Airport", "MYS");
        List<String> wrong = expected.entrySet().stream()
                .filter(e -> !G.lookup(e.getKey()).map(Entry::country).orElse("missing").equals(e.getValue()))
                .map(e -> e.getKey() + " -> " + G.lookup(e.getKey()).map(Entry::country).orElse("missing"))
                .sorted().collect(Collectors.toList());
        assertEquals(List.of(), wrong);
        for (String shared : List.of("DMZ", "Panmunjom", "Joint Security Area", "Yellow Sea", "Tumen River", "Yalu River")) {
            assertTrue(G.lookup(shared).isPresent(), shared);
        }
    }

    @Test
    void placesNamedInTheSeedGoldResolve() {
        for (String place : List.of("Seoul", "Ningbo", "Ryugyong Korean Restaurant", "London", "Ealing", "Shenyang",
                "Dandong", "Liaoning Province")) {
            assertTrue(G.lookup(place).isPresent(), place);
        }
        assertTrue(G.contains("Ningbo", "Ryugyong Korean Restaurant"));
        assertTrue(G.contains("Zhejiang", "Ningbo"));
    }

    @Test
    void everyPackPlaceWithACountryIsContainedByIt() {
        for (Entry e : G.entries()) {
            if (e.kind() == Kind.COUNTRY || e.country() == null) continue;
            assertTrue(G.contains(e.country(), e.name()), e.name());
        }
    }

    @Test
    void namesThatArePeoplesNamesOrCommonWordsAreNotTakenForPlaces() {
        String text = "Jordan Peterson, Chad Smith and Georgia May met Sofia in the Jersey shore house. "
                + "The reunion was in March; nobody asked us. Reunion talks stalled. A guinea pig, a china cup.";
        assertEquals(List.of(), G.find(text));
    }
}
