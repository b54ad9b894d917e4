package org.longarm.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.longarm.model.ArticleIncident;
import org.longarm.model.IncidentType;
import org.longarm.model.TargetKind;

/** One incident per event within an article: which rule keeps two mentions apart, and retellings. */
class IncidentGrouperTest {
    private static final IncidentGrouper GROUPER = new IncidentGrouper(name -> 0, phrase -> null);

    @Test
    void mentionsOfOneTypeWithNothingToTellThemApartAreOne() {
        String text = "A diplomat defected in May. He fled with his family.";
        ArticleIncident a = Incidents.in(text).type(IncidentType.DEFECTION).trigger("defected").build();
        ArticleIncident b = Incidents.in(text).type(IncidentType.DEFECTION).trigger("fled").build();
        assertNull(GROUPER.apart(a, b));
        assertEquals(1, GROUPER.group(List.of(a, b)).size());
    }

    @Test
    void eachRuleThatKeepsMentionsApartIsNamed() {
        String text = "Agents seized Park Sang-hak in May. Other agents seized Lee Min-bok in Seoul. Agents seized 3 men in 2010.";
        ArticleIncident park = Incidents.in(text).trigger("seized").target("Park Sang-hak", TargetKind.PERSON)
                .time("2011-05-01", "2011-05-31", "in May").country("CHN").build();
        ArticleIncident other = Incidents.in(text).trigger("seized", 1).target("Lee Min-bok", TargetKind.PERSON).build();
        ArticleIncident three = Incidents.in(text).trigger("seized", 2).count(3).time("2010-01-01", "2010-12-31", "in 2010").build();
        assertEquals(IncidentGrouper.Apart.ANOTHER, GROUPER.apart(park, other));
        assertEquals(IncidentGrouper.Apart.TIMES_CLASH, GROUPER.apart(park, three));
        ArticleIncident lee = Incidents.in(text.replace("Other agents", "Agents")).trigger("seized", 1)
                .target("Lee Min-bok", TargetKind.PERSON).build();
        assertEquals(IncidentGrouper.Apart.PERSONS_DIFFER, GROUPER.apart(park, lee));
        ArticleIncident defection = Incidents.in(text).type(IncidentType.DEFECTION).trigger("seized", 1).build();
        assertEquals(IncidentGrouper.Apart.TYPE, GROUPER.apart(park, defection));
        ArticleIncident four = Incidents.in(text).trigger("seized", 2).count(4).build();
        ArticleIncident threeUndated = Incidents.in(text).trigger("seized", 2).count(3).build();
        assertEquals(IncidentGrouper.Apart.COUNTS_DIFFER, GROUPER.apart(threeUndated, four));
    }

    @Test
    void aDefiniteRetellingJoinsTheEventThoughItIsPlacedElsewhere() {
        String text = "A diplomat posted to Cuba defected in November. Seoul confirmed the defection on Tuesday.";
        ArticleIncident first = Incidents.in(text).type(IncidentType.DEFECTION).trigger("defected").country("CUB").build();
        ArticleIncident again = Incidents.in(text).type(IncidentType.DEFECTION).trigger("defection").country("KOR").build();
        assertTrue(IncidentGrouper.retells(again));
        assertFalse(IncidentGrouper.retells(first));
        List<ArticleIncident> grouped = GROUPER.group(List.of(first, again));
        assertEquals(1, grouped.size());
        assertEquals("CUB", grouped.get(0).location().country(), "a retelling adds evidence, not its place");
        assertEquals(2, grouped.get(0).mentions().size());
    }

    @Test
    void aTimeFarFromTheTriggerDatesTheReportNotTheAct() {
        String text = "A senior diplomat posted in Cuba defected to the South in early November with his wife and children."
                + " Asked by a news agency about the matter on Tuesday, the spy agency in Seoul said at a long closed-door briefing for"
                + " members of the intelligence committee of the National Assembly that it was true"
                + " that the counsellor had defected.";
        ArticleIncident first = Incidents.in(text).type(IncidentType.DEFECTION).trigger("defected")
                .timeAt("in early November", "2023-11-01", "2023-11-10").build();
        ArticleIncident later = Incidents.in(text).type(IncidentType.DEFECTION).trigger("defected", 1)
                .timeAt("on Tuesday", "2024-07-16", "2024-07-16").build();
        assertTrue(IncidentGrouper.nearTrigger(first));
        assertFalse(IncidentGrouper.nearTrigger(later));
        assertNull(GROUPER.apart(first, later));
        assertEquals(1, GROUPER.group(List.of(first, later)).size());
    }

    @Test
    void aRetellingWithATimeOfItsOwnStaysApart() {
        String text = "Agents seized a pastor in 2000. His abduction in 2012 was another case.";
        ArticleIncident first = Incidents.in(text).trigger("seized").time("2000-01-01", "2000-12-31", "in 2000").build();
        ArticleIncident later = Incidents.in(text).trigger("abduction").time("2012-01-01", "2012-12-31", "in 2012").build();
        assertTrue(IncidentGrouper.retells(later));
        assertEquals(2, GROUPER.group(List.of(first, later)).size());
    }
}
