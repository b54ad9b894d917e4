package org.longarm.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.longarm.link.LinkFixtures.article;
import static org.longarm.link.LinkFixtures.date;
import static org.longarm.link.LinkFixtures.report;
import static org.longarm.model.IncidentType.ABDUCTION;
import static org.longarm.model.IncidentType.FORCED_RETURN;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.longarm.model.ArticleResult;
import org.longarm.model.Incident;
import org.longarm.model.Status;

/** One incident from the reports linked to it. */
class IncidentBuilderTest {
    private final IncidentBuilder builder = new IncidentBuilder(java.util.function.UnaryOperator.identity());

    private static List<Report> cluster(ArticleResult... results) {
        List<Report> out = new ArrayList<>();
        for (ArticleResult r : results) out.add(new Report(out.size(), r, r.incidents().get(0)));
        return out;
    }

    private static ArticleResult one(String id, LinkFixtures.ReportSpec spec) {
        return article(id).add(spec).build();
    }

    @Test
    void theTimeIsTheIntersectionWhenReportsOverlap() {
        Incident i = builder.build(cluster(
                one("a1", report(ABDUCTION, "Two were abducted in 2017.").time("2017-01-01", "2017-12-31")),
                one("a2", report(ABDUCTION, "Two were abducted in spring.").time("2017-03-01", "2017-05-31")),
                one("a3", report(ABDUCTION, "Two were abducted after April.").time("2017-04-01", null))));
        assertEquals(date("2017-04-01"), i.from());
        assertEquals(date("2017-05-31"), i.to());
    }

    @Test
    void theTimeIsTheUnionWhenReportsDoNotOverlap() {
        Incident i = builder.build(cluster(
                one("a1", report(ABDUCTION, "Two were abducted in March.").time("2017-03-01", "2017-03-31")),
                one("a2", report(ABDUCTION, "Two were abducted in June.").time("2017-06-01", "2017-06-30"))));
        assertEquals(date("2017-03-01"), i.from());
        assertEquals(date("2017-06-30"), i.to());
    }

    @Test
    void theUnionKeepsAnOpenBoundOpen() {
        Incident i = builder.build(cluster(
                one("a1", report(ABDUCTION, "Two were abducted before March.").time(null, "2017-02-28")),
                one("a2", report(ABDUCTION, "Two were abducted in June.").time("2017-06-01", "2017-06-30"))));
        assertNull(i.from());
        assertEquals(date("2017-06-30"), i.to());
    }

    @Test
    void unknownTimesStayUnknown() {
        Incident i = builder.build(cluster(
                one("a1", report(ABDUCTION, "Two were abducted.")),
                one("a2", report(ABDUCTION, "Two were taken."))));
        assertNull(i.from());
        assertNull(i.to());
    }

    @Test
    void countsStayPerArticleWithAConflictFlag() {
        Incident i = builder.build(cluster(
                one("a1", report(FORCED_RETURN, "About 600 were sent back.").count(600)),
                one("a2", report(FORCED_RETURN, "Some 500 were sent back.").count(500))));
        assertEquals(Map.of("a1", 600, "a2", 500), i.countByArticle());
        assertTrue(i.countConflict());
    }

    @Test
    void theCountDoesNotDependOnTheOrderOfTheCluster() {
        ArticleResult a = one("a1", report(FORCED_RETURN, "About 600 were sent back.").count(600));
        ArticleResult b = one("a2", report(FORCED_RETURN, "Some 500 were sent back.").count(500));
        assertEquals(builder.build(cluster(a, b)), builder.build(cluster(b, a)));
    }

    @Test
    void theIdIsIncAndSixteenHexDigitsAndDependsOnTypeAndEarliestMention() {
        ArticleResult a = one("a1", report(ABDUCTION, "Two were abducted."));
        ArticleResult b = one("a2", report(ABDUCTION, "Two were taken."));
        String id = builder.build(cluster(a, b)).id();
        assertTrue(id.matches("inc-[0-9a-f]{16}"), id);
        assertEquals(id, builder.build(cluster(b, a)).id());
        assertEquals(id, builder.build(cluster(a)).id(), "the earliest article's first mention keys the id");
        assertNotEquals(id, builder.build(cluster(b)).id());
        ArticleResult other = one("a1", report(FORCED_RETURN, "Two were abducted."));
        assertNotEquals(id, builder.build(cluster(other)).id(), "the type is part of the id");
    }

    @Test
    void mentionsFollowArticleIdsAndEveryReportIsKept() {
        ArticleResult a = one("a1", report(ABDUCTION, "Two were abducted."));
        ArticleResult b = one("a2", report(ABDUCTION, "Two were taken."));
        Incident i = builder.build(cluster(b, a));
        assertEquals(List.of(a.incidents().get(0).first(), b.incidents().get(0).first()), i.mentions());
        assertEquals(List.of(a.incidents().get(0), b.incidents().get(0)), i.reports());
        assertEquals(2, i.articles());
    }

    @Test
    void theMostSpecificPlaceWins() {
        Incident i = builder.build(cluster(
                one("a1", report(ABDUCTION, "Two were abducted in China.").country("CHN")),
                one("a2", report(ABDUCTION, "Two were abducted in Yanji.").place("CHN", "Yanji"))));
        assertEquals("Yanji", i.location().place());
        assertEquals("CHN", i.location().country());
    }

    @Test
    void targetsAreGatheredOnceByName() {
        Incident i = builder.build(cluster(
                one("a1", report(ABDUCTION, "Choe Myong-gil and Pak Song-il were abducted.").person("Choe Myong-gil").person("Pak Song-il")),
                one("a2", report(ABDUCTION, "Choe Myong-gil was abducted.").person("Choe Myong-gil"))));
        assertEquals(List.of("Choe Myong-gil", "Pak Song-il"), i.targets().stream().map(t -> t.name()).toList());
    }

    @Test
    void theStatusMostReportsGiveWins() {
        Incident i = builder.build(cluster(
                one("a1", report(ABDUCTION, "Two were abducted.").status(Status.COMPLETED)),
                one("a2", report(ABDUCTION, "Two were nearly abducted.").status(Status.ATTEMPTED)),
                one("a3", report(ABDUCTION, "Two were taken.").status(Status.COMPLETED))));
        assertEquals(Status.COMPLETED, i.status());
    }

    @Test
    void citationsOfOneOutletCountOneOrigin() {
        Incident i = builder.build(cluster(
                article("a1").outlet("The Telegraph").cites("Daily NK").add(report(ABDUCTION, "Two were abducted.")).build(),
                article("a2").outlet("Daily Mail").cites("Daily NK").add(report(ABDUCTION, "Two were taken.")).build(),
                article("a3").outlet("Daily NK").add(report(ABDUCTION, "Two were seized.")).build()));
        assertEquals(List.of("Daily NK"), i.origins());
        assertEquals(3, i.articles());
    }

    @Test
    void aReportWithNoTimeOfItsOwnDoesNotWidenADatedOne() {
        Incident i = builder.build(cluster(
                one("a1", report(ABDUCTION, "Two were abducted on May 3.").time("2017-05-03", "2017-05-03")),
                one("a2", report(ABDUCTION, "Two were abducted, a later report said.").implicitTime(null, "2017-04-30"))));
        assertEquals(date("2017-05-03"), i.from());
        assertEquals(date("2017-05-03"), i.to());
    }

    @Test
    void undatedReportsAloneStillBoundTheTime() {
        Incident i = builder.build(cluster(
                one("a1", report(ABDUCTION, "Two were abducted.").implicitTime(null, "2017-04-30")),
                one("a2", report(ABDUCTION, "Two were abducted, it said.").implicitTime(null, "2017-05-30"))));
        assertNull(i.from());
        assertEquals(date("2017-04-30"), i.to());
    }

    @Test
    void aDefectionNoReportPlacesHappenedInTheStateFled() {
        Incident unplaced = builder.build(cluster(
                one("a1", report(org.longarm.model.IncidentType.DEFECTION, "Two soldiers defected to the South.").originState("PRK"))));
        assertEquals("PRK", unplaced.location().country());
        Incident placed = builder.build(cluster(
                one("a1", report(org.longarm.model.IncidentType.DEFECTION, "A diplomat defected.").originState("PRK")),
                one("a2", report(org.longarm.model.IncidentType.DEFECTION, "A diplomat in Cuba defected.").originState("PRK").country("CUB"))));
        assertEquals("CUB", placed.location().country(), "a place any report gives wins");
        Incident abduction = builder.build(cluster(one("a1", report(ABDUCTION, "Two were abducted."))));
        assertNull(abduction.location(), "other types keep an unknown place unknown");
    }
}
