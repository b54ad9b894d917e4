package org.longarm.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.longarm.model.ArticleResult;
import org.longarm.model.Attribution;
import org.longarm.model.AttributionKind;
import org.longarm.model.Incident;
import org.longarm.model.IncidentType;
import org.longarm.model.Mention;
import org.longarm.model.Place;
import org.longarm.model.Status;
import org.longarm.model.Target;
import org.longarm.model.TargetKind;
import org.longarm.model.TextSpan;
import org.longarm.store.testkit.ArticleResultBuilder;
import org.longarm.store.testkit.IncidentBuilder;

class ExportsTest {
    /** Every field filled, built from the records themselves. */
    static final Incident FULL = new Incident("inc-1", IncidentType.ABDUCTION, Status.COMPLETED, "PRK",
            "Ministry of State Security", List.of("bowibu"),
            List.of(new Target("two men", TargetKind.GROUP, new TextSpan("a1", 17, 24))),
            2, Map.of("b2", 3, "a1", 2), true,
            new Place("CHN", "Dandong", 40.13, 124.38, null), LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31),
            List.of(new Mention(new TextSpan("a1", 10, 22), "seized a man", IncidentType.ABDUCTION, Status.COMPLETED,
                            true, new Attribution(AttributionKind.NAMED_SOURCE, "a named activist", null),
                            new TextSpan("a1", 10, 16)),
                    new Mention(new TextSpan("b2", 0, 9), "abducted,", IncidentType.ABDUCTION, Status.ATTEMPTED,
                            false, Attribution.AUTHOR, null)),
            List.of("Yonhap"), 2, "B2", List.of(), "p1");

    /** Every unknown left unknown. */
    static final Incident BARE = new Incident("inc-0", IncidentType.THREAT, Status.ORDERED, null, null, List.of(),
            List.of(), null, Map.of(), false, null, null, null, List.of(), List.of(), 0, null, List.of(), null);

    static final String FULL_JSON = "{\"id\":\"inc-1\",\"type\":\"ABDUCTION\",\"status\":\"COMPLETED\","
            + "\"origin_state\":\"PRK\","
            + "\"perpetrator\":{\"name\":\"Ministry of State Security\",\"aliases\":[\"bowibu\"]},"
            + "\"targets\":[{\"name\":\"two men\",\"kind\":\"GROUP\"}],"
            + "\"target_count\":{\"value\":2,\"by_article\":{\"a1\":2,\"b2\":3},\"conflict\":true},"
            + "\"location\":{\"country\":\"CHN\",\"place\":\"Dandong\",\"lat\":40.13,\"lon\":124.38},"
            + "\"time\":{\"from\":\"2019-03-01\",\"to\":\"2019-03-31\"},"
            + "\"mentions\":[{\"article\":\"a1\",\"start\":10,\"end\":22,\"text\":\"seized a man\",\"status\":\"COMPLETED\","
            + "\"hedged\":true,\"attribution\":{\"kind\":\"NAMED_SOURCE\",\"source\":\"a named activist\"},"
            + "\"trigger\":{\"start\":10,\"end\":16}},"
            + "{\"article\":\"b2\",\"start\":0,\"end\":9,\"text\":\"abducted,\",\"status\":\"ATTEMPTED\",\"hedged\":false,"
            + "\"attribution\":{\"kind\":\"AUTHOR\",\"source\":null},\"trigger\":null}],"
            + "\"origins\":[\"Yonhap\"],"
            + "\"corroboration\":{\"articles\":2,\"independent_origins\":1,\"grade\":\"B2\",\"reasons\":[]},"
            + "\"plover\":\"ASSAULT\",\"cameo\":\"181\",\"pipeline\":\"p1\",\"by_article\":[],\"candidate_links\":[]}";

    static final String BARE_JSON = "{\"id\":\"inc-0\",\"type\":\"THREAT\",\"status\":\"ORDERED\",\"origin_state\":null,"
            + "\"perpetrator\":null,\"targets\":[],\"target_count\":null,\"location\":null,"
            + "\"time\":{\"from\":null,\"to\":null},\"mentions\":[],\"origins\":[],"
            + "\"corroboration\":{\"articles\":0,\"independent_origins\":0,\"grade\":null,\"reasons\":[]},"
            + "\"plover\":\"THREATEN\",\"cameo\":\"130\",\"pipeline\":null,\"by_article\":[],\"candidate_links\":[]}";

    static final String CSV_HEADER = "id,type,status,origin_state,perpetrator,target_count,count_conflict,country,place,"
            + "lat,lon,time_from,time_to,articles,independent_origins,grade,first_article,first_mention\n";

    interface Export<T> {
        void write(List<T> items, Writer out) throws IOException;
    }

    static <T> String run(Export<T> export, List<T> items) throws IOException {
        StringWriter out = new StringWriter();
        export.write(items, out);
        return out.toString();
    }

    @Test
    void incidentsJsonlWritesTheFieldsOfFormatsMdInOrderOnePerLineSortedById() throws IOException {
        assertEquals(BARE_JSON + "\n" + FULL_JSON + "\n", run(Exports::incidentsJsonl, List.of(FULL, BARE)));
    }

    @Test
    void incidentJsonIsTheJsonlLineWithoutItsLineEnd() {
        assertEquals(FULL_JSON, Exports.incidentJson(FULL));
    }

    @Test
    void aCountKnownOnlyPerArticleStillGivesATargetCountObject() throws IOException {
        Incident x = IncidentBuilder.incident("i").countIn("a1", 4).build();
        String line = run(Exports::incidentsJsonl, List.of(x));
        assertTrue(line.contains("\"target_count\":{\"value\":null,\"by_article\":{\"a1\":4},\"conflict\":false}"), line);
    }

    @Test
    void anEmptyListGivesEmptyJsonlAndAHeaderOnlyCsvAndAnEmptyCollection() throws IOException {
        assertEquals("", run(Exports::incidentsJsonl, List.of()));
        assertEquals("", run(Exports::articlesJsonl, List.of()));
        assertEquals(CSV_HEADER, run(Exports::csv, List.of()));
        assertEquals("{\"type\":\"FeatureCollection\",\"features\":[]}\n", run(Exports::geojson, List.of()));
    }

    @Test
    void jsonTextIsEscapedAndStaysOnOneLine() throws IOException {
        String nasty = "line one\nsaid \"no\" \\ tab\t \u0001 café 北 \uD83D\uDE00";
        Incident x = IncidentBuilder.incident("i").perpetrator(nasty).mention("a", 0, nasty).build();
        String out = run(Exports::incidentsJsonl, List.of(x));
        assertEquals(1, out.split("\n", -1).length - 1, "one line");
        JsonNode node = new ObjectMapper().readTree(out);
        assertEquals(nasty, node.get("perpetrator").get("name").asText());
        assertEquals(nasty, node.get("mentions").get(0).get("text").asText());
        assertTrue(out.contains("café 北"), "non-ASCII written as itself");
    }

    @Test
    void articlesJsonlWritesItsFieldsInOrderSortedById() throws IOException {
        ArticleResult a = ArticleResultBuilder.article("a1").outlet("Daily NK").url("https://example.org/a1")
                .published("2019-04-16T10:00:00").title("A \"title\"").text("abc").flags("no-outlet")
                .cites("Yonhap", "KCNA").pipeline("p1")
                .mentioning(IncidentType.THREAT, Status.ONGOING, "b").build();
        ArticleResult b = ArticleResultBuilder.article("a0").outlet(null).url(null).published(null).title(null)
                .text("").candidate(false).pipeline("p1").build();
        assertEquals("{\"id\":\"a0\",\"outlet\":null,\"url\":null,\"published\":null,\"title\":null,"
                        + "\"relevant\":false,\"candidate\":false,\"cites\":[],\"duplicate_of\":null,\"flags\":[],"
                        + "\"sha256\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\",\"pipeline\":\"p1\"}\n"
                        + "{\"id\":\"a1\",\"outlet\":\"Daily NK\",\"url\":\"https://example.org/a1\","
                        + "\"published\":\"2019-04-16T10:00:00\",\"title\":\"A \\\"title\\\"\",\"relevant\":true,"
                        + "\"candidate\":true,\"cites\":[\"Yonhap\",\"KCNA\"],\"duplicate_of\":null,\"flags\":[\"no-outlet\"],"
                        + "\"sha256\":\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\",\"pipeline\":\"p1\"}\n",
                run(Exports::articlesJsonl, List.of(a, b)));
    }

    @Test
    void csvHasTheHeaderThenOneRowPerIncidentWithUnknownsEmpty() throws IOException {
        assertEquals(CSV_HEADER
                        + "inc-0,THREAT,ORDERED,,,,false,,,,,,,0,0,,,\n"
                        + "inc-1,ABDUCTION,COMPLETED,PRK,Ministry of State Security,2,true,CHN,Dandong,40.13,124.38,"
                        + "2019-03-01,2019-03-31,2,1,B2,a1,seized a man\n",
                run(Exports::csv, List.of(FULL, BARE)));
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAsRfc4180Says() throws IOException {
        Incident x = IncidentBuilder.incident("q").perpetrator("Bureau 10, \"special\" unit").grade("B2")
                .location("CHN", "Yanji, Jilin", null, null).mention("a\"1", 3, "first line\r\nsecond").origins().build();
        String out = run(Exports::csv, List.of(x));
        assertEquals(CSV_HEADER + "q,ABDUCTION,COMPLETED,PRK,\"Bureau 10, \"\"special\"\" unit\",,false,CHN,"
                + "\"Yanji, Jilin\",,,,,1,0,B2,\"a\"\"1\",\"first line\r\nsecond\"\n", out);
    }

    @Test
    void geojsonHasAPointPerIncidentWithCoordinatesLonFirst() throws IOException {
        Incident noPlace = IncidentBuilder.incident("inc-2").location("CHN", "somewhere", null, null).build();
        assertEquals("{\"type\":\"FeatureCollection\",\"features\":[\n"
                        + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[124.38,40.13]},"
                        + "\"properties\":{\"id\":\"inc-1\",\"type\":\"ABDUCTION\",\"status\":\"COMPLETED\","
                        + "\"place\":\"Dandong\",\"country\":\"CHN\",\"time_from\":\"2019-03-01\",\"time_to\":\"2019-03-31\"}}\n"
                        + "]}\n",
                run(Exports::geojson, List.of(noPlace, FULL, BARE)));
    }

    @Test
    void geojsonSeparatesFeaturesWithCommas() throws IOException {
        List<Incident> two = List.of(
                IncidentBuilder.incident("b").location(null, null, 1.5, -2.25).build(),
                IncidentBuilder.incident("a").location("KOR", "Seoul", 37.5665, 126.978).time("2020-01-01", null).build());
        String out = run(Exports::geojson, two);
        JsonNode features = new ObjectMapper().readTree(out).get("features");
        assertEquals(2, features.size());
        assertEquals("a", features.get(0).get("properties").get("id").asText());
        assertEquals("[-2.25,1.5]", features.get(1).get("geometry").get("coordinates").toString());
        assertTrue(features.get(1).get("properties").get("country").isNull());
    }

    @Test
    void everyFormatGivesTheSameBytesTwiceAndForAnyInputOrder() throws IOException {
        List<Incident> incidents = new ArrayList<>(List.of(FULL, BARE));
        for (int i = 0; i < 20; i++) {
            incidents.add(IncidentBuilder.incident("gen-" + i).count(i + 1).countIn("z" + i, i + 1).countIn("a" + i, 1)
                    .location("CHN", "p" + i, 30.0 + i / 7.0, 120.0 + i / 3.0).mention("a" + i, i, "t" + i).build());
        }
        List<ArticleResult> articles = new ArrayList<>();
        for (int i = 0; i < 20; i++) articles.add(ArticleResultBuilder.article("art-" + i).text("text " + i).build());
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<Incident> shuffled = new ArrayList<>(incidents);
        Collections.shuffle(shuffled, random);
        List<ArticleResult> shuffledArticles = new ArrayList<>(articles);
        Collections.shuffle(shuffledArticles, random);
        String msg = "shuffle seed " + seed;
        for (Export<Incident> e : List.<Export<Incident>>of(Exports::incidentsJsonl, Exports::csv, Exports::geojson)) {
            String once = run(e, incidents);
            assertEquals(once, run(e, incidents), msg);
            assertEquals(once, run(e, shuffled), msg);
            assertFalse(once.contains("\r"), "no CR line ends");
        }
        assertEquals(run(Exports::articlesJsonl, articles), run(Exports::articlesJsonl, shuffledArticles), msg);
    }

    @Test
    void aNullListIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Exports.incidentsJsonl(null, new StringWriter()));
        assertTrue(e.getMessage().contains("incidents"));
    }
}
