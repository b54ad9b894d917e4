package org.longarm.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;
import org.longarm.model.AttributionKind;
import org.longarm.model.IncidentType;
import org.longarm.model.Mention;
import org.longarm.model.Status;
import org.longarm.testkit.Pipelines;

/** Extraction behaviour, one behaviour a test, on short texts written for these tests. */
class ExtractorTest {
    private static List<ArticleIncident> extract(String published, String text) {
        ArticleResult r = Pipelines.shared().process(Pipelines.article("t1", published, text));
        for (ArticleIncident ai : r.incidents()) {
            for (Mention m : ai.mentions()) assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
        }
        return r.incidents();
    }

    private static ArticleIncident only(List<ArticleIncident> found, IncidentType type) {
        List<ArticleIncident> of = found.stream().filter(i -> i.type() == type).toList();
        assertEquals(1, of.size(), "expected one " + type + " in " + found);
        return of.get(0);
    }

    @Test
    void aDefectionWithAVagueSeasonIsNormalizedAgainstThePublicationDate() {
        ArticleIncident d = only(extract("2018-09-10",
                "Seven North Korean waitresses who worked at a restaurant in Shenyang defected to South Korea this past spring."),
                IncidentType.DEFECTION);
        assertEquals(Status.COMPLETED, d.status());
        assertEquals(LocalDate.of(2018, 3, 1), d.time().from());
        assertEquals(LocalDate.of(2018, 5, 31), d.time().to());
        assertEquals(7, d.count().value());
        assertEquals("CHN", d.location().country());
        assertNull(d.perpetrator());
    }

    @Test
    void aGroupAndTheirSupervisorCountAsOneMore() {
        ArticleIncident d = only(extract("2018-09-10",
                "Officials said nine female North Korean workers and their supervisor fled a factory in Dandong in early June."),
                IncidentType.DEFECTION);
        assertEquals(10, d.count().value());
        assertEquals(LocalDate.of(2018, 6, 1), d.time().from());
        assertEquals(LocalDate.of(2018, 6, 10), d.time().to());
    }

    @Test
    void moreThanNCountsN() {
        ArticleIncident f = only(extract("2023-10-20",
                "Chinese authorities forcibly repatriated more than 400 North Koreans earlier this month, activists said."),
                IncidentType.FORCED_RETURN);
        assertEquals(400, f.count().value());
        assertEquals("CHN", f.location().country());
        assertEquals("Chinese authorities", f.perpetrator().name());
    }

    @Test
    void aTeamSentToHuntDefectorsIsAnOngoingPursuitAndItsPurposeFoldsIntoIt() {
        List<ArticleIncident> found = extract("2020-02-01",
                "The Ministry of State Security has dispatched a team of agents to Vladivostok to hunt down and kill two defectors.");
        ArticleIncident p = only(found, IncidentType.PURSUIT);
        assertEquals(Status.ONGOING, p.status());
        assertEquals("Ministry of State Security", p.perpetrator().name());
        assertEquals("RUS", p.location().country());
        assertTrue(found.stream().noneMatch(i -> i.type() == IncidentType.ASSASSINATION), found.toString());
    }

    @Test
    void agentsSentToWatchWorkersAreSurveillanceNotPursuit() {
        List<ArticleIncident> found = extract("2020-02-01",
                "Pyongyang has sent security officers to Moscow to monitor its construction workers, a source said.");
        only(found, IncidentType.SURVEILLANCE);
        assertTrue(found.stream().noneMatch(i -> i.type() == IncidentType.PURSUIT), found.toString());
    }

    @Test
    void aPlotStoppedByArrestsIsFoiledAndTheArrestsAreACountermeasure() {
        List<ArticleIncident> found = extract("2012-05-03",
                "Police said two North Korean spies posing as defectors were arrested in Seoul last month for plotting to assassinate an activist.");
        assertEquals(Status.FOILED, only(found, IncidentType.ASSASSINATION).status());
        ArticleIncident c = only(found, IncidentType.COUNTERMEASURE);
        assertEquals(Status.COMPLETED, c.status());
        assertEquals("KOR", c.location().country());
    }

    @Test
    void anOrderedExecutionIsOrderedAndAttributedToTheAnonymousSource() {
        ArticleIncident e = only(extract("2016-08-18",
                "Kim Jong Un was furious. The leader has ordered the execution of the border guards who let the family escape,"
                        + " a source in Pyongyang said."),
                IncidentType.EXECUTION);
        assertEquals(Status.ORDERED, e.status());
        assertEquals(AttributionKind.ANONYMOUS_SOURCE, e.first().attribution().kind());
        assertEquals("Kim Jong Un", e.perpetrator().name());
        assertEquals("PRK", e.location().country());
    }

    @Test
    void theLeaderWithNoLeaderNamedBeforeIsNobodysNameAndTheExecutedAreNoActors() {
        ArticleIncident e = only(extract("2016-08-18",
                "The leader has ordered the execution of the border guards who let the family escape, a source in Pyongyang said."),
                IncidentType.EXECUTION);
        assertTrue(e.perpetrator() == null || !e.perpetrator().name().equals("Kim Jong Un") && !e.perpetrator().name().equals("Korean People's Army"),
                String.valueOf(e.perpetrator()));
    }

    @Test
    void aRequestForAReturnIsNoReturn() {
        for (String text : List.of("Turkey has asked Sweden to extradite dozens of Kurdish activists, Turkish officials said on Monday.",
                "Tehran demanded the deportation of two Iranian dissidents from Iraq last week.",
                "One of Turkey's demands was that Sweden and Finland extradite suspects it wants on terrorism charges.")) {
            List<ArticleIncident> found = extract("2023-01-08", text);
            assertTrue(found.stream().noneMatch(i -> i.type() == IncidentType.FORCED_RETURN || i.type() == IncidentType.ABDUCTION),
                    text + " -> " + found);
        }
    }

    @Test
    void anExtraditionOrDeportationIsNeverAnAbduction() {
        ArticleIncident r = only(extract("2024-10-21",
                "Kenyan authorities deported four Turkish teachers to Ankara on Friday, where Turkish intelligence officers took them."),
                IncidentType.FORCED_RETURN);
        assertEquals("TUR", r.originState());
    }

    @Test
    void aStateNamedAsTheSubjectOfAReturnIsTheHost() {
        ArticleIncident r = only(extract("2013-05-30", "Kyrgyzstan deported nine North Korean defectors to China on Monday."),
                IncidentType.FORCED_RETURN);
        assertEquals("Kyrgyzstan", r.perpetrator().name());
        assertEquals("PRK", r.originState());
        assertEquals("KGZ", r.location().country());
    }

    @Test
    void goingMissingIsADefectionOnlyInAStoryThatSpeaksOfDefection() {
        List<ArticleIncident> none = extract("2016-01-29", "A Hong Kong bookseller went missing in Thailand last October, his family said.");
        assertTrue(none.stream().noneMatch(i -> i.type() == IncidentType.DEFECTION), none.toString());
        List<ArticleIncident> one = extract("2019-01-03", "Officials in Seoul said they were looking into a possible defection."
                + " North Korea's acting ambassador went missing in Rome in November, officials said.");
        assertEquals(1, one.stream().filter(i -> i.type() == IncidentType.DEFECTION).count(), one.toString());
    }

    @Test
    void anUndatedActInTheLeadOrInThePresentPerfectIsRecent() {
        ArticleIncident lead = only(extract("2012-03-09", "China has repatriated 31 North Korean defectors, sources said."),
                IncidentType.FORCED_RETURN);
        assertEquals(LocalDate.of(2012, 2, 8), lead.time().from());
        assertEquals(LocalDate.of(2012, 3, 9), lead.time().to());
        List<ArticleIncident> later = extract("2012-03-09", "Seoul protested. Officials met. Nobody spoke. Talks went on."
                + " North Korean agents abducted a pastor in Yanji, a report said.");
        ArticleIncident background = only(later, IncidentType.ABDUCTION);
        assertNull(background.time().from(), "told without a date deep in the story, in the simple past: no lower bound");
    }

    @Test
    void aStatesDemonymBeforeTheActNamesTheStateAsActing() {
        ArticleIncident plot = only(extract("2018-10-30",
                "Danish police said on Tuesday they had foiled an alleged Iranian plot to kill an opposition activist in Denmark."),
                IncidentType.ASSASSINATION);
        assertEquals("Iran", plot.perpetrator().name());
        assertEquals("IRN", plot.originState());
    }

    @Test
    void commonHostOrgansAreKnownInEveryView() {
        ArticleIncident charged = only(extract("2019-11-06",
                "Two former Twitter employees have been charged by the Justice Department with spying on users for Saudi Arabia."),
                IncidentType.COUNTERMEASURE);
        assertEquals("Justice Department", charged.perpetrator().name());
        assertEquals("SAU", charged.originState());
    }

    @Test
    void aGovernmentNamedByItsCapitalIsNoPlaceAndADestinationIsNoPlaceOfLeaving() {
        List<ArticleIncident> found = extract("2019-11-07",
                "Two North Korean fishermen who escaped into South Korean waters last week were deported by Seoul on Thursday.");
        ArticleIncident fled = only(found, IncidentType.DEFECTION);
        assertNull(fled.location(), "neither the destination nor the deporting government is where they left from");
    }

    @Test
    void aBountyOnPeopleAbroadIsAThreat() {
        ArticleIncident t = only(extract("2023-07-03",
                "Hong Kong police on Monday offered a reward of HK$1 million for the arrest of eight activists based overseas."),
                IncidentType.THREAT);
        assertEquals("Hong Kong Police Force", t.perpetrator().name());
        assertEquals("CHN", t.originState());
    }

    @Test
    void aCountOfAStatesPeopleIsReadFromThePacksPeopleWords() {
        ArticleIncident k = only(extract("2016-04-10", "Thirteen North Koreans who worked at a restaurant in Ningbo defected last week."),
                IncidentType.DEFECTION);
        assertEquals(13, k.count().value(), "the pack's people words ('koreans') count too");
    }

    @Test
    void aVictimNamedKimIsNeverKimJongUn() {
        for (ArticleIncident i : extract("2017-02-20", "Kim Jong-nam was killed at Kuala Lumpur airport on Monday. Kim had lived in Macau,"
                + " and Kim was attacked by two women.")) {
            assertTrue(i.perpetrator() == null || !i.perpetrator().name().equals("Kim Jong Un"), i.toString());
        }
    }

    @Test
    void aHedgeMarksTheMentionButKeepsTheStatus() {
        ArticleIncident a = only(extract("2019-06-01",
                "A defector was reportedly abducted by North Korean agents in Yanji last week."),
                IncidentType.ABDUCTION);
        assertTrue(a.first().hedged());
        assertEquals(Status.COMPLETED, a.status());
    }

    @Test
    void aHedgeInTheMainClauseDoesNotReachAFactiveComplement() {
        ArticleIncident d = only(extract("2016-08-23",
                "The North Korean dictator was apparently furious after he learned that a senior diplomat had defected in July."),
                IncidentType.DEFECTION);
        assertFalse(d.first().hedged());
    }

    @Test
    void mediaAttributionNamesTheOutlet() {
        ArticleIncident d = only(extract("2019-04-16",
                "Two North Korean trade officials defected from their post in Beijing in early March, NK News reported."),
                IncidentType.DEFECTION);
        assertEquals(AttributionKind.MEDIA, d.first().attribution().kind());
        assertEquals("NK News", d.first().attribution().source());
    }

    @Test
    void aNamedOfficialIsOfficialNamedAndOfficialsAreAnonymous() {
        ArticleIncident named = only(extract("2017-02-20",
                "A North Korean diplomat in Rome defected last month, Foreign Minister Park Jin said on Monday."),
                IncidentType.DEFECTION);
        assertEquals(AttributionKind.OFFICIAL_NAMED, named.first().attribution().kind());
        ArticleIncident anon = only(extract("2017-02-20",
                "A North Korean diplomat in Rome defected last month, according to government officials."),
                IncidentType.DEFECTION);
        assertEquals(AttributionKind.OFFICIAL_ANONYMOUS, anon.first().attribution().kind());
    }

    @Test
    void aPronounTakesTheSourceOfTheSentenceBefore() {
        List<ArticleIncident> found = extract("2021-03-01",
                "An intelligence official told lawmakers on Monday that security had been tightened. "
                        + "He said two fishermen were sent back to North Korea by Chinese police in January.");
        ArticleIncident f = only(found, IncidentType.FORCED_RETURN);
        assertEquals(AttributionKind.OFFICIAL_ANONYMOUS, f.first().attribution().kind());
    }

    @Test
    void feltFearsNegationsStatisticsAndLabelsAreNotIncidents() {
        assertTrue(extract("2020-01-01", "Officials fear that Pyongyang could send agents to kill defectors living abroad.").isEmpty());
        assertTrue(extract("2020-01-01", "There is no evidence that the missing trader was abducted by North Korean agents.").isEmpty());
        assertTrue(extract("2020-01-01", "Kim Min-su, a defector who now runs a bakery, said prices in the North had doubled.").isEmpty());
        assertTrue(extract("2020-01-01", "China routinely repatriates North Koreans it catches near the border.").isEmpty());
        assertTrue(extract("2020-01-01", "North Koreans have defected in growing numbers since the border reopened.").isEmpty());
    }

    @Test
    void twoDefectionsAtDifferentTimesStayApart() {
        List<ArticleIncident> found = extract("2016-08-18",
                "In April, 13 North Koreans who worked at a restaurant in China defected to Seoul. "
                        + "In June, three more restaurant workers escaped from a restaurant in Vietnam.");
        assertEquals(2, found.stream().filter(i -> i.type() == IncidentType.DEFECTION).count(), found.toString());
    }

    @Test
    void twoMentionsOfOneEventInAnArticleAreOneIncident() {
        List<ArticleIncident> found = extract("2019-04-16",
                "A senior North Korean security official fled with his family through the border city of Dandong in mid-March. "
                        + "The official apparently had no choice but to escape.");
        ArticleIncident d = only(found, IncidentType.DEFECTION);
        assertEquals(2, d.mentions().size());
        assertEquals(LocalDate.of(2019, 3, 11), d.time().from());
    }

    @Test
    void withHisWifeAndTwoChildrenIsFourPeople() {
        ArticleIncident d = only(extract("2016-09-01",
                "The North Korean deputy ambassador defected with his wife and two children in July."), IncidentType.DEFECTION);
        assertEquals(4, d.count().value());
    }

    @Test
    void anIrrelevantArticleNeverMeetsTheExtractor() {
        ArticleResult r = Pipelines.shared().process(Pipelines.article("t2", "2022-01-01",
                "The city council approved a new budget for public libraries on Tuesday."));
        assertFalse(r.candidate());
        assertTrue(r.incidents().isEmpty());
    }

    @Test
    void withoutAPublicationDateRelativeTimesStayOpen() {
        ArticleResult r = Pipelines.shared().process(new org.longarm.model.Article("t3", null, null, null, null,
                "A North Korean soldier defected across the border last week, officials said.", "en", "{}", List.of(), "test"));
        ArticleIncident d = only(r.incidents(), IncidentType.DEFECTION);
        assertNull(d.time().from());
        assertNull(d.time().to());
    }

    @Test
    void everyIncidentCarriesItsEvidenceAndTrigger() {
        ArticleIncident d = only(extract("2016-09-01", "A North Korean diplomat defected in Stockholm in July."),
                IncidentType.DEFECTION);
        assertNotNull(d.first().trigger());
        assertTrue(d.first().trigger().start() >= d.first().span().start());
    }

    @Test
    void aHostStatesOrganIsNotSwallowedByAGenericAlias() {
        ArticleIncident f = only(extract("2020-03-01",
                "Chinese border guards caught two North Korean defectors near Tumen and repatriated them last week."),
                IncidentType.FORCED_RETURN);
        assertEquals("CHN", f.location().country());
        assertTrue(f.perpetrator().name().startsWith("Chinese"), f.perpetrator().toString());
    }

    @Test
    void twoPeopleWhoShareAGivenNameAreTwoIncidents() {
        List<ArticleIncident> found = extract("2018-01-01",
                "North Korean agents assassinated Kim Jong-nam in 2017. They assassinated Kim Jong-chol in 2012.");
        assertEquals(2, found.stream().filter(i -> i.type() == IncidentType.ASSASSINATION).count(), found.toString());
    }

    @Test
    void aPlaceAfterByIsNoForeignPerpetrator() {
        only(extract("2020-01-01", "A North Korean activist, Park Ji-hyun, was kidnapped by agents in Beijing in 2019."),
                IncidentType.ABDUCTION);
    }

    @Test
    void beingSuspectedToHaveDefectedIsStillADefection() {
        ArticleIncident d = only(extract("2020-01-01", "The North Korean diplomat Ri Chol is suspected to have defected to South Korea last year."),
                IncidentType.DEFECTION);
        assertTrue(d.first().hedged());
    }

    @Test
    void thatDayTakesTheDateToldBefore() {
        List<ArticleIncident> found = extract("2025-01-09",
                "North Korean embassy staff tried to force a defector's family into a car in Ulaanbaatar on Dec. 29. "
                        + "Mongolian police detained two embassy employees that day.");
        ArticleIncident c = only(found, IncidentType.COUNTERMEASURE);
        assertEquals(LocalDate.of(2024, 12, 29), c.time().from());
        assertEquals("MNG", c.location().country());
    }

    @Test
    void aLeaderNamedAsSomeonesRelativeDoesNotAct() {
        List<ArticleIncident> found = extract("2016-08-23",
                "North Korea has killed defectors before. In 1997 a nephew of the late leader Kim Jong Il was shot dead near Seoul.");
        ArticleIncident a = only(found, IncidentType.ASSASSINATION);
        assertEquals("North Korea", a.perpetrator().name());
    }

    @Test
    void anArrestOnAccusationsOrChargesTiedToAnOriginStateIsACountermeasureWhereItHappened() {
        for (String grounds : List.of("accusations", "charges", "allegations")) {
            ArticleIncident c = only(extract("2023-04-18", "Two men have been arrested in Chicago on " + grounds
                    + " that they ran a secret office for the Chinese government in the city."), IncidentType.COUNTERMEASURE);
            assertEquals("USA", c.location().country(), grounds);
        }
    }

    @Test
    void aHostBodyThatAnnouncesAnArrestMadeIt() {
        ArticleIncident c = only(extract("2023-04-18", "The FBI said two men were arrested on charges of spying on"
                + " dissidents for the Chinese government."), IncidentType.COUNTERMEASURE);
        assertEquals("Federal Bureau of Investigation", c.perpetrator().name());
    }

    @Test
    void anArrestToldWithoutItsDoerTakesTheHostBodyNamedInTheNextSentences() {
        ArticleIncident c = only(extract("2023-04-18", "Two men have been arrested in Chicago on charges that they spied on"
                + " dissidents for the Chinese government. The FBI said both were held at their homes."), IncidentType.COUNTERMEASURE);
        assertEquals("Federal Bureau of Investigation", c.perpetrator().name());
        // a body of another state than the one where the arrest happened did not make it
        ArticleIncident other = only(extract("2023-04-18", "Two men have been arrested in Berlin on charges that they spied on"
                + " dissidents for the Chinese government. The FBI said it had warned German police."), IncidentType.COUNTERMEASURE);
        assertTrue(other.perpetrator() == null || !other.perpetrator().name().equals("Federal Bureau of Investigation"), other.toString());
    }
}
