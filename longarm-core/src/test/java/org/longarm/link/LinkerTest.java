package org.longarm.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.longarm.link.LinkFixtures.article;
import static org.longarm.link.LinkFixtures.date;
import static org.longarm.link.LinkFixtures.report;
import static org.longarm.model.IncidentType.ABDUCTION;
import static org.longarm.model.IncidentType.DEFECTION;
import static org.longarm.model.IncidentType.FORCED_RETURN;
import static org.longarm.model.IncidentType.PURSUIT;
import static org.longarm.model.IncidentType.THREAT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.longarm.model.Article;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;
import org.longarm.model.Attribution;
import org.longarm.model.Incident;
import org.longarm.model.Mention;
import org.longarm.model.Status;
import org.longarm.model.Target;
import org.longarm.model.TargetKind;
import org.longarm.model.TextSpan;
import org.longarm.model.TimeInterval;

/** The front door of linking, on hand-built extractor output. */
class LinkerTest {
    private static final Pattern ID = Pattern.compile("inc-[0-9a-f]{16}");
    private static final Pattern GRADE = Pattern.compile("[A-F][1-6]");

    private static List<Incident> link(ArticleResult... results) {
        return new Linker().link(List.of(results));
    }

    private static Incident only(List<Incident> incidents) {
        assertEquals(1, incidents.size(), () -> "expected one incident, got " + incidents);
        return incidents.get(0);
    }

    private static Incident holding(List<Incident> incidents, String articleId, int start) {
        for (Incident i : incidents) {
            for (Mention m : i.mentions()) if (m.span().articleId().equals(articleId) && m.span().start() == start) return i;
        }
        throw new AssertionError("no incident holds the mention of " + articleId + " at " + start + ": " + incidents);
    }

    private static Set<String> articlesOf(Incident i) {
        Set<String> out = new HashSet<>();
        for (Mention m : i.mentions()) out.add(m.span().articleId());
        return out;
    }

    // ---- one event, two articles ----

    @Test
    void twoArticlesWithOverlappingTimesAndTheSameCountBecomeOneIncident() {
        ArticleResult a1 = article("a1").add(report(DEFECTION, "Thirteen restaurant workers fled their post in April.")
                .time("2016-04-01", "2016-04-30").country("CHN").count(13)).build();
        ArticleResult a2 = article("a2").add(report(DEFECTION, "A group of 13 employees escaped in early April.")
                .time("2016-04-01", "2016-04-10").country("CHN").count(13)).build();
        Incident i = only(link(a1, a2));
        assertEquals(Set.of("a1", "a2"), articlesOf(i));
        assertEquals(2, i.mentions().size());
        assertEquals(2, i.articles());
        assertEquals(2, i.reports().size());
        assertEquals(a1.incidents().get(0).first(), i.mentions().get(0));
        assertEquals(a2.incidents().get(0).first(), i.mentions().get(1));
    }

    @Test
    void twoArticlesNamingThePersonAndOverlappingInTimeBecomeOneIncident() {
        ArticleResult a1 = article("a1").add(report(ABDUCTION, "Agents seized Choe Myong-gil near the border in May 2019.")
                .time("2019-05-01", "2019-05-31").person("Choe Myong-gil")).build();
        ArticleResult a2 = article("a2").add(report(ABDUCTION, "Choe Myong-gil was snatched last spring.")
                .time("2019-03-01", "2019-05-31").person("Choe Myong-gil")).build();
        assertEquals(Set.of("a1", "a2"), articlesOf(only(link(a1, a2))));
    }

    @Test
    void twoArticlesGivingThePlaceAndOverlappingInTimeBecomeOneIncident() {
        ArticleResult a1 = article("a1").add(report(FORCED_RETURN, "Police in Dandong handed the escapees back in 2018.")
                .time("2018-01-01", "2018-12-31").place("CHN", "Dandong")).build();
        ArticleResult a2 = article("a2").add(report(FORCED_RETURN, "The group was deported from Dandong in March 2018.")
                .time("2018-03-01", "2018-03-31").place("CHN", "Dandong")).build();
        assertEquals(Set.of("a1", "a2"), articlesOf(only(link(a1, a2))));
    }

    // ---- reports that stay apart ----

    @Test
    void reportsWhoseExplicitTimesDoNotOverlapStayApart() {
        ArticleResult a1 = article("a1").add(report(DEFECTION, "Thirteen workers fled Ningbo in April 2016.")
                .time("2016-04-01", "2016-04-30").place("CHN", "Ningbo").count(13)).build();
        ArticleResult a2 = article("a2").add(report(DEFECTION, "Thirteen workers fled Ningbo in April 2017.")
                .time("2017-04-01", "2017-04-30").place("CHN", "Ningbo").count(13)).build();
        assertEquals(2, link(a1, a2).size());
    }

    @Test
    void reportsInDifferentCountriesStayApart() {
        ArticleResult a1 = article("a1").add(report(DEFECTION, "Thirteen workers fled their restaurant in April.")
                .time("2016-04-01", "2016-04-30").country("CHN").count(13)).build();
        ArticleResult a2 = article("a2").add(report(DEFECTION, "Thirteen workers fled their restaurant in April.")
                .time("2016-04-01", "2016-04-30").country("RUS").count(13)).build();
        assertEquals(2, link(a1, a2).size());
    }

    @Test
    void reportsNamingDifferentPersonsStayApart() {
        ArticleResult a1 = article("a1").add(report(ABDUCTION, "Agents seized Choe Myong-gil in Yanji in May 2019.")
                .time("2019-05-01", "2019-05-31").place("CHN", "Yanji").person("Choe Myong-gil")).build();
        ArticleResult a2 = article("a2").add(report(ABDUCTION, "Agents seized Pak Song-il in Yanji in May 2019.")
                .time("2019-05-01", "2019-05-31").place("CHN", "Yanji").person("Pak Song-il")).build();
        assertEquals(2, link(a1, a2).size());
    }

    @Test
    void reportsOfDifferentTypesStayApart() {
        ArticleResult a1 = article("a1").add(report(DEFECTION, "Thirteen workers fled in April.")
                .time("2016-04-01", "2016-04-30").country("CHN").count(13)).build();
        ArticleResult a2 = article("a2").add(report(PURSUIT, "Agents were sent after thirteen workers in April.")
                .time("2016-04-01", "2016-04-30").country("CHN").count(13)).build();
        assertEquals(2, link(a1, a2).size());
    }

    @Test
    void reportsOfDifferentOriginStatesStayApart() {
        ArticleResult a1 = article("a1").add(report(ABDUCTION, "Two dissidents were abducted in Bangkok in June.")
                .time("2020-06-01", "2020-06-30").place("THA", "Bangkok").count(2)).build();
        ArticleResult a2 = article("a2").add(report(ABDUCTION, "Two dissidents were abducted in Bangkok in June.")
                .time("2020-06-01", "2020-06-30").place("THA", "Bangkok").count(2).originState("VNM")).build();
        assertEquals(2, link(a1, a2).size());
    }

    @Test
    void twoIncidentsOfOneArticleNeverMergeEvenThroughAThirdArticle() {
        // a1 reports two abductions the same month; a2 matches both, and matches the second better.
        ArticleResult a1 = article("a1")
                .add(report(ABDUCTION, "Two traders were abducted near the river in February.")
                        .time("2017-02-01", "2017-02-28").country("CHN").count(2))
                .add(report(ABDUCTION, "Two students were abducted in Hunchun in February.")
                        .time("2017-02-01", "2017-02-28").place("CHN", "Hunchun").count(2))
                .build();
        ArticleResult a2 = article("a2").add(report(ABDUCTION, "Two students were abducted in Hunchun in mid-February.")
                .time("2017-02-10", "2017-02-20").place("CHN", "Hunchun").count(2)).build();
        for (List<ArticleResult> order : List.of(List.of(a1, a2), List.of(a2, a1))) {
            List<Incident> out = new Linker().link(order);
            assertEquals(2, out.size(), out::toString);
            for (Incident i : out) {
                Map<String, Integer> perArticle = new HashMap<>();
                for (ArticleIncident r : i.reports()) perArticle.merge(r.articleId(), 1, Integer::sum);
                assertTrue(perArticle.values().stream().allMatch(n -> n == 1), () -> "two reports of one article in " + i);
            }
            Incident second = holding(out, "a1", a1.incidents().get(1).first().span().start());
            assertEquals(Set.of("a1", "a2"), articlesOf(second), "a2 joins the report it matches best");
            Incident first = holding(out, "a1", 0);
            assertEquals(Set.of("a1"), articlesOf(first));
        }
    }

    @Test
    void twoIncidentsOfOneArticleStayApartWhenThreeOtherArticlesBridgeThem() {
        // a1's two reports each link to a different article, and those two articles link to each other.
        ArticleResult a1 = article("a1")
                .add(report(FORCED_RETURN, "Five escapees were sent back from Shenyang in March.")
                        .time("2019-03-01", "2019-03-31").place("CHN", "Shenyang").count(5))
                .add(report(FORCED_RETURN, "Five escapees were sent back from Tumen in March.")
                        .time("2019-03-01", "2019-03-31").place("CHN", "Tumen").count(5))
                .build();
        ArticleResult a2 = article("a2").add(report(FORCED_RETURN, "Five escapees were sent back from Shenyang in March.")
                .time("2019-03-01", "2019-03-31").place("CHN", "Shenyang").count(5)).build();
        ArticleResult a3 = article("a3").add(report(FORCED_RETURN, "Five escapees were sent back from Tumen in March.")
                .time("2019-03-01", "2019-03-31").place("CHN", "Tumen").count(5)).build();
        List<Incident> out = link(a3, a1, a2);
        for (Incident i : out) {
            long a1Reports = i.reports().stream().filter(r -> r.articleId().equals("a1")).count();
            assertTrue(a1Reports <= 1, () -> "both reports of a1 ended in " + i);
        }
        assertNotEquals(holding(out, "a1", 0).id(), holding(out, "a1", a1.incidents().get(1).first().span().start()).id());
    }

    // ---- counts ----

    @Test
    void differingCountsAreKeptPerArticleAndFlagged() {
        ArticleResult a1 = article("a1").add(report(FORCED_RETURN, "About 600 escapees were sent back in October.")
                .time("2023-10-01", "2023-10-31").country("CHN").count(600)).build();
        ArticleResult a2 = article("a2").add(report(FORCED_RETURN, "Some 500 escapees were sent back in October.")
                .time("2023-10-01", "2023-10-31").country("CHN").count(500)).build();
        Incident i = only(link(a1, a2));
        assertEquals(Map.of("a1", 600, "a2", 500), i.countByArticle());
        assertTrue(i.countConflict());
        assertTrue(i.count() == 600 || i.count() == 500, "the value is one the articles give: " + i.count());
        Incident again = only(link(a2, a1));
        assertEquals(i.count(), again.count(), "the chosen value does not depend on the input order");
        assertEquals(i, again);
    }

    @Test
    void theCountMostArticlesGiveWins() {
        ArticleResult a1 = article("a1").add(report(FORCED_RETURN, "About 600 escapees were sent back in October.")
                .time("2023-10-01", "2023-10-31").country("CHN").count(600)).build();
        ArticleResult a2 = article("a2").add(report(FORCED_RETURN, "Some 500 escapees were sent back in October.")
                .time("2023-10-01", "2023-10-31").country("CHN").count(500)).build();
        ArticleResult a3 = article("a3").add(report(FORCED_RETURN, "Roughly 600 escapees were sent back in October.")
                .time("2023-10-01", "2023-10-31").country("CHN").count(600)).build();
        Incident i = only(link(a1, a2, a3));
        assertEquals(600, i.count());
        assertTrue(i.countConflict());
        assertEquals(3, i.countByArticle().size());
    }

    @Test
    void agreeingCountsAreNotAConflict() {
        ArticleResult a1 = article("a1").add(report(FORCED_RETURN, "About 600 escapees were sent back in October.")
                .time("2023-10-01", "2023-10-31").country("CHN").count(600)).build();
        ArticleResult a2 = article("a2").add(report(FORCED_RETURN, "All 600 escapees were sent back in October.")
                .time("2023-10-01", "2023-10-31").country("CHN").count(600)).build();
        Incident i = only(link(a1, a2));
        assertFalse(i.countConflict());
        assertEquals(600, i.count());
        assertEquals(Map.of("a1", 600, "a2", 600), i.countByArticle());
    }

    @Test
    void anArticleWithoutACountIsLeftOutOfTheCountsNotCountedAsAConflict() {
        ArticleResult a1 = article("a1").add(report(FORCED_RETURN, "About 600 escapees were sent back in October.")
                .time("2023-10-01", "2023-10-31").place("CHN", "Dandong").count(600)).build();
        ArticleResult a2 = article("a2").add(report(FORCED_RETURN, "Escapees were sent back from Dandong in October.")
                .time("2023-10-01", "2023-10-31").place("CHN", "Dandong")).build();
        Incident i = only(link(a1, a2));
        assertEquals(Map.of("a1", 600), i.countByArticle());
        assertFalse(i.countConflict());
        assertEquals(600, i.count());
    }

    // ---- time ----

    @Test
    void theTimeIsTheIntersectionOfOverlappingReports() {
        ArticleResult a1 = article("a1").add(report(DEFECTION, "Thirteen workers fled in April.")
                .time("2016-04-01", "2016-04-30").country("CHN").count(13)).build();
        ArticleResult a2 = article("a2").add(report(DEFECTION, "Thirteen workers fled in the spring, after April 5.")
                .time("2016-04-05", "2016-05-31").country("CHN").count(13)).build();
        Incident i = only(link(a1, a2));
        assertEquals(date("2016-04-05"), i.from());
        assertEquals(date("2016-04-30"), i.to());
    }

    @Test
    void anOpenBoundTakesTheOtherReportsBound() {
        ArticleResult a1 = article("a1").add(report(DEFECTION, "Thirteen workers fled before May.")
                .time(null, "2016-04-30").country("CHN").count(13)).build();
        ArticleResult a2 = article("a2").add(report(DEFECTION, "Thirteen workers fled after April 5.")
                .time("2016-04-05", null).country("CHN").count(13)).build();
        Incident i = only(link(a1, a2));
        assertEquals(date("2016-04-05"), i.from());
        assertEquals(date("2016-04-30"), i.to());
    }

    @Test
    void theTimeIsTheUnionWhenLinkedReportsDoNotAllOverlap() {
        // a1 and a3 do not overlap, but each overlaps a2 and all three agree on place and count.
        ArticleResult a1 = article("a1").add(report(FORCED_RETURN, "Nine escapees were sent back from Tumen early in January.")
                .time("2021-01-01", "2021-01-10").place("CHN", "Tumen").count(9)).build();
        ArticleResult a2 = article("a2").add(report(FORCED_RETURN, "Nine escapees were sent back from Tumen in January.")
                .time("2021-01-05", "2021-01-20").place("CHN", "Tumen").count(9)).build();
        ArticleResult a3 = article("a3").add(report(FORCED_RETURN, "Nine escapees were sent back from Tumen late in January.")
                .time("2021-01-15", "2021-01-25").place("CHN", "Tumen").count(9)).build();
        Incident i = only(link(a1, a2, a3));
        assertEquals(date("2021-01-01"), i.from());
        assertEquals(date("2021-01-25"), i.to());
    }

    // ---- ids and determinism ----

    @Test
    void idsStartWithIncAndAreSortedAndUnique() {
        List<Incident> out = new Linker().link(RandomCorpus.of(7L, 40));
        assertFalse(out.isEmpty());
        Set<String> ids = new HashSet<>();
        String previous = "";
        for (Incident i : out) {
            assertTrue(ID.matcher(i.id()).matches(), "id " + i.id());
            assertTrue(ids.add(i.id()), "duplicate id " + i.id());
            assertTrue(i.id().compareTo(previous) > 0, "not sorted by id at " + i.id());
            previous = i.id();
            assertTrue(GRADE.matcher(i.grade()).matches(), "grade " + i.grade());
            assertEquals(LinkFixtures.PIPELINE, i.pipeline());
        }
    }

    @Test
    void idsAreStableAcrossRunsOverFreshCopiesOfTheInput() {
        List<Incident> first = new Linker().link(RandomCorpus.of(11L, 30));
        List<Incident> second = new Linker().link(RandomCorpus.of(11L, 30));
        assertEquals(first.stream().map(Incident::id).toList(), second.stream().map(Incident::id).toList());
        assertEquals(first, second);
    }

    @Test
    void anUnrelatedArticleDoesNotChangeTheOtherIds() {
        List<ArticleResult> corpus = RandomCorpus.of(13L, 25);
        List<String> before = new Linker().link(corpus).stream().map(Incident::id).toList();
        List<ArticleResult> more = new ArrayList<>(corpus);
        more.add(article("zz-unrelated").add(report(THREAT, "The regime threatened a newspaper in Seoul.")
                .time("2022-06-01", "2022-06-30").place("KOR", "Seoul")).build());
        List<String> after = new ArrayList<>(new Linker().link(more).stream().map(Incident::id).toList());
        assertEquals(before.size() + 1, after.size());
        assertTrue(after.containsAll(before), "ids changed after adding an unrelated article");
    }

    @Test
    void theResultAndTheIdsDoNotDependOnTheOrderOfTheInput() {
        long seed = Long.getLong("longarm.seed", 20240611L);
        Random random = new Random(seed);
        for (int round = 0; round < 10; round++) {
            long corpusSeed = random.nextLong();
            List<ArticleResult> corpus = RandomCorpus.of(corpusSeed, 12 + random.nextInt(30));
            List<Incident> expected = new Linker().link(corpus);
            for (int shuffle = 0; shuffle < 20; shuffle++) {
                List<ArticleResult> shuffled = new ArrayList<>(corpus);
                Collections.shuffle(shuffled, random);
                List<Incident> got = new Linker().link(shuffled);
                int r = round;
                int s = shuffle;
                assertEquals(expected, got, () -> "seed " + seed + " (-Dlongarm.seed), round " + r + ", shuffle " + s);
            }
        }
        System.out.println("LinkerTest order independence: seed " + seed);
    }

    @Test
    void everyReportEndsInExactlyOneIncidentAndNoIncidentHoldsTwoReportsOfOneArticle() {
        long seed = Long.getLong("longarm.seed", 424242L);
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            List<ArticleResult> corpus = RandomCorpus.of(random.nextLong(), 10 + random.nextInt(40));
            List<Incident> out = new Linker().link(corpus);
            int reports = corpus.stream().mapToInt(r -> r.incidents().size()).sum();
            assertTrue(out.stream().anyMatch(i -> i.articles() > 1), "seed " + seed + ": the corpus should link something");
            assertEquals(reports, out.stream().mapToInt(i -> i.reports().size()).sum(), "seed " + seed);
            Set<Mention> seen = new HashSet<>();
            for (Incident i : out) {
                Set<String> arts = new HashSet<>();
                for (ArticleIncident r : i.reports()) {
                    assertTrue(arts.add(r.articleId()), () -> "seed " + seed + ": two reports of one article in " + i.id());
                    assertEquals(i.type(), r.type());
                }
                for (Mention m : i.mentions()) assertTrue(seen.add(m), "seed " + seed + ": mention in two incidents");
                assertEquals(arts.size(), i.articles());
                assertEquals(i.countByArticle().values().stream().distinct().count() > 1, i.countConflict());
                assertTrue(arts.containsAll(i.countByArticle().keySet()));
                assertTrue(i.from() == null || i.to() == null || !i.to().isBefore(i.from()));
                assertFalse(i.origins().isEmpty());
            }
        }
    }

    @Test
    void twoIncidentsOfOneArticleWhoseFirstMentionsCoincideGetDistinctIds() {
        // One sentence can carry two events of one type that the extractor keeps apart (different explicit years):
        // both incidents then have the same evidence span, only their triggers differ.
        String text = "Choe Myong-gil fled in 2015 and Pak Song-il fled in 2017.";
        Article art = new Article("a1", "Yonhap", null, "2018-01-01", null, text, "en",
                "{}", List.of(), "test:a1");
        TextSpan span = new TextSpan("a1", 0, text.length());
        int fled1 = text.indexOf("fled");
        int fled2 = text.lastIndexOf("fled");
        Mention m1 = new Mention(span, text, DEFECTION, Status.COMPLETED, false,
                Attribution.AUTHOR, new TextSpan("a1", fled1, fled1 + 4));
        Mention m2 = new Mention(span, text, DEFECTION, Status.COMPLETED, false,
                Attribution.AUTHOR, new TextSpan("a1", fled2, fled2 + 4));
        ArticleIncident first = new ArticleIncident("a1", DEFECTION, Status.COMPLETED, "PRK", null,
                List.of(new Target("Choe Myong-gil", TargetKind.PERSON, null)), null, null,
                new TimeInterval(date("2015-01-01"), date("2015-12-31"), "in 2015", null), List.of(m1));
        ArticleIncident second = new ArticleIncident("a1", DEFECTION, Status.COMPLETED, "PRK", null,
                List.of(new Target("Pak Song-il", TargetKind.PERSON, null)), null, null,
                new TimeInterval(date("2017-01-01"), date("2017-12-31"), "in 2017", null), List.of(m2));
        List<Incident> out = link(new ArticleResult(art, true, List.of(first, second), List.of(), LinkFixtures.PIPELINE));
        assertEquals(2, out.size());
        assertNotEquals(out.get(0).id(), out.get(1).id(), "two incidents, one id");
    }

    @Test
    void personsWhoShareOnlyASurnameStayApart() {
        ArticleResult a1 = article("a1").add(report(ABDUCTION, "Agents seized Kim Chol-su in Yanji in May 2019.")
                .time("2019-05-01", "2019-05-31").place("CHN", "Yanji").person("Kim Chol-su")).build();
        ArticleResult a2 = article("a2").add(report(ABDUCTION, "Agents seized Kim Yong-ho in Yanji in May 2019.")
                .time("2019-05-01", "2019-05-31").place("CHN", "Yanji").person("Kim Yong-ho")).build();
        assertEquals(2, link(a1, a2).size());
    }

    @Test
    void noInputGivesNoIncidents() {
        assertEquals(List.of(), new Linker().link(List.of()));
        assertEquals(List.of(), link(article("empty").build()));
    }

    // ---- origins ----

    @Test
    void anArticleCitingDailyNkAndDailyNksOwnArticleCountOneIndependentOrigin() {
        ArticleResult telegraph = article("t1").outlet("The Telegraph").cites("Daily NK")
                .add(report(ABDUCTION, "Two traders were abducted in Yanji in July, citing Daily NK.")
                        .time("2018-07-01", "2018-07-31").place("CHN", "Yanji").count(2)).build();
        ArticleResult dailyNk = article("d1").outlet("Daily NK")
                .add(report(ABDUCTION, "Two traders were abducted in Yanji in July.")
                        .time("2018-07-01", "2018-07-31").place("CHN", "Yanji").count(2)).build();
        Incident i = only(link(telegraph, dailyNk));
        assertEquals(List.of("Daily NK"), i.origins());
        assertEquals(2, i.articles());
    }

    @Test
    void anIndependentOutletAddsAnOriginAndImprovesTheGrade() {
        ArticleResult telegraph = article("t1").outlet("The Telegraph").cites("Daily NK")
                .add(report(ABDUCTION, "Two traders were abducted in Yanji in July.")
                        .time("2018-07-01", "2018-07-31").place("CHN", "Yanji").count(2)).build();
        ArticleResult dailyNk = article("d1").outlet("Daily NK")
                .add(report(ABDUCTION, "Two traders were abducted in Yanji in July.")
                        .time("2018-07-01", "2018-07-31").place("CHN", "Yanji").count(2)).build();
        ArticleResult yonhap = article("y1").outlet("Yonhap")
                .add(report(ABDUCTION, "Two traders were abducted in Yanji in July.")
                        .time("2018-07-01", "2018-07-31").place("CHN", "Yanji").count(2)).build();
        Incident two = only(link(telegraph, dailyNk));
        Incident three = only(link(telegraph, dailyNk, yonhap));
        assertEquals(List.of("Daily NK", "Yonhap"), three.origins());
        assertTrue(three.grade().charAt(1) < two.grade().charAt(1),
                "more independent origins, better credibility digit: " + two.grade() + " then " + three.grade());
    }
}
