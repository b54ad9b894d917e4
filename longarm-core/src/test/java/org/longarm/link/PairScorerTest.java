package org.longarm.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.longarm.link.LinkFixtures.article;
import static org.longarm.link.LinkFixtures.report;
import static org.longarm.model.IncidentType.ABDUCTION;
import static org.longarm.model.IncidentType.DEFECTION;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.longarm.model.ArticleResult;

/** Which pairs of reports from two articles may be one occurrence, and how strongly. */
class PairScorerTest {
    private final PairScorer scorer = new PairScorer();

    private static Report report0(ArticleResult r, int index) {
        return new Report(index, r, r.incidents().get(0));
    }

    private PairScorer.Pair score(ArticleResult a, ArticleResult b) {
        return scorer.score(report0(a, 0), report0(b, 1));
    }

    private static ArticleResult one(String id, LinkFixtures.ReportSpec spec) {
        return article(id).add(spec).build();
    }

    @Test
    void overlappingExplicitTimesAndOneCountLinkAboveTheThreshold() {
        PairScorer.Pair p = score(
                one("a1", report(DEFECTION, "Thirteen workers fled in April.").time("2016-04-01", "2016-04-30").country("CHN").count(13)),
                one("a2", report(DEFECTION, "Thirteen staff escaped in April.").time("2016-04-01", "2016-04-30").country("CHN").count(13)));
        assertNotNull(p);
        assertTrue(p.score() >= PairScorer.LINK, "score " + p.score());
    }

    @Test
    void theScoreIsSymmetric() {
        ArticleResult a = one("a1", report(DEFECTION, "Thirteen workers fled Ningbo in April.")
                .time("2016-04-01", "2016-04-30").place("CHN", "Ningbo").count(13));
        ArticleResult b = one("a2", report(DEFECTION, "Twelve workers and a manager left Ningbo.")
                .time("2016-04-05", "2016-04-30").place("CHN", "Ningbo").count(12));
        assertEquals(scorer.score(report0(a, 0), report0(b, 1)).score(), scorer.score(report0(b, 1), report0(a, 0)).score(), 1e-12);
    }

    @Test
    void explicitTimesThatDoNotOverlapRuleALinkOut() {
        assertNull(score(
                one("a1", report(DEFECTION, "Thirteen workers fled Ningbo in April.").time("2016-04-01", "2016-04-30").place("CHN", "Ningbo").count(13)),
                one("a2", report(DEFECTION, "Thirteen workers fled Ningbo in May.").time("2016-05-01", "2016-05-31").place("CHN", "Ningbo").count(13))));
    }

    @Test
    void differentCountriesRuleALinkOut() {
        assertNull(score(
                one("a1", report(DEFECTION, "Thirteen workers fled in April.").time("2016-04-01", "2016-04-30").country("CHN").count(13)),
                one("a2", report(DEFECTION, "Thirteen workers fled in April.").time("2016-04-01", "2016-04-30").country("MNG").count(13))));
    }

    @Test
    void differentNamedPersonsRuleALinkOut() {
        assertNull(score(
                one("a1", report(ABDUCTION, "Choe Myong-gil was seized in Yanji.").time("2019-05-01", "2019-05-31").place("CHN", "Yanji").person("Choe Myong-gil")),
                one("a2", report(ABDUCTION, "Pak Song-il was seized in Yanji.").time("2019-05-01", "2019-05-31").place("CHN", "Yanji").person("Pak Song-il"))));
    }

    @Test
    void personsWhoShareOnlyACommonSurnameAreDifferentPersons() {
        // Kim, Lee, Park, Choe are shared by millions; the extractor's IncidentGrouper already ignores "kim" and "lee".
        PairScorer.Pair p = score(
                one("a1", report(ABDUCTION, "Kim Chol-su was seized in Yanji.").time("2019-05-01", "2019-05-31").place("CHN", "Yanji").person("Kim Chol-su")),
                one("a2", report(ABDUCTION, "Kim Yong-ho was seized in Yanji.").time("2019-05-01", "2019-05-31").place("CHN", "Yanji").person("Kim Yong-ho")));
        assertTrue(p == null, () -> "Kim Chol-su and Kim Yong-ho linked, score " + p.score());
    }

    @Test
    void theSameNamedPersonIsAnAnchorEvenWithoutTimes() {
        PairScorer.Pair p = score(
                one("a1", report(ABDUCTION, "Choe Myong-gil was taken away.").person("Choe Myong-gil")),
                one("a2", report(ABDUCTION, "Agents took Choe Myong-gil.").person("Choe Myong-gil")));
        assertNotNull(p);
        assertTrue(p.score() >= PairScorer.LINK, "score " + p.score());
    }

    @Test
    void identicalWordingWithoutAnAnchorDoesNotLink() {
        assertNull(score(
                one("a1", report(DEFECTION, "Several workers fled their restaurant.")),
                one("a2", report(DEFECTION, "Several workers fled their restaurant."))));
    }

    @Test
    void reportsWithoutTimesPublishedMoreThanAYearApartDoNotLink() {
        assertNull(score(
                article("a1").published("2016-01-10").add(report(DEFECTION, "Thirteen workers fled Ningbo.").place("CHN", "Ningbo").count(13)).build(),
                article("a2").published("2018-01-10").add(report(DEFECTION, "Thirteen workers fled Ningbo.").place("CHN", "Ningbo").count(13)).build()));
    }

    @Test
    void reportsWithoutTimesPublishedCloseTogetherLinkOnPlaceAndCount() {
        PairScorer.Pair p = score(
                article("a1").published("2016-04-10").add(report(DEFECTION, "Thirteen workers fled Ningbo.").place("CHN", "Ningbo").count(13)).build(),
                article("a2").published("2016-04-12").add(report(DEFECTION, "Thirteen workers fled Ningbo.").place("CHN", "Ningbo").count(13)).build());
        assertNotNull(p);
        assertTrue(p.score() >= PairScorer.LINK, "score " + p.score());
    }

    @Test
    void agreeingCountsScoreHigherThanDifferingOnes() {
        ArticleResult a = one("a1", report(DEFECTION, "Workers fled in April.").time("2016-04-01", "2016-04-30").country("CHN").count(13));
        ArticleResult same = one("a2", report(DEFECTION, "Workers fled in April.").time("2016-04-01", "2016-04-30").country("CHN").count(13));
        ArticleResult other = one("a3", report(DEFECTION, "Workers fled in April.").time("2016-04-01", "2016-04-30").country("CHN").count(12));
        assertTrue(score(a, same).score() > score(a, other).score());
    }
}
