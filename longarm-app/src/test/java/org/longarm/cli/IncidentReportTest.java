package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.longarm.model.Incident;

class IncidentReportTest {
    private final Incident incident = Incidents.abduction("2016-abduction-yanji", LocalDate.of(2016, 3, 1), LocalDate.of(2016, 5, 31));
    private final String report = IncidentReport.render(incident);

    private void has(String part) {
        assertTrue(report.contains(part), "missing '" + part + "' in\n" + report);
    }

    @Test
    void showsEveryValueOfTheIncident() {
        has("Incident 2016-abduction-yanji");
        has("type         ABDUCTION (PLOVER ASSAULT, CAMEO 181)");
        has("status       COMPLETED");
        has("origin       PRK");
        has("perpetrator  Ministry of State Security (also: Bowibu)");
        has("targets      two brothers (GROUP)");
        has("count        2 (a1: 2, a2: 3); the articles disagree");
        has("location     CHN Yanji (42.9, 129.5)");
        has("time         2016-03-01 .. 2016-05-31");
        has("1 article, 1 independent origin (Yonhap), grade C3");
        has("pipeline     longarm-0.1.0+prk-1");
    }

    @Test
    void showsEachMentionWithSpanTextStatusHedgeAttributionAndTrigger() {
        has("[1] a1 [15, 86)");
        has("\"agents of the Ministry of State Security abducted two brothers in Yanji\"");
        has("status COMPLETED, hedged yes");
        has("attribution OFFICIAL_ANONYMOUS: \"Officials\" [0, 9)");
        has("trigger \"abducted\" [56, 64)");
    }

    @Test
    void showsEachArticlesOwnReading() {
        has("Per-article reports (1)");
        has("a1: ABDUCTION COMPLETED, origin PRK");
        has("time 2016-03-01 .. 2016-05-31 from \"last spring\" [87, 98)");
        has("count 2 [65, 68)");
    }

    @Test
    void triggerTextComesFromTheMentionItself() {
        assertEquals("abducted", IncidentReport.triggerText(incident.mentions().get(0)));
    }

    @Test
    void unknownValuesSayUnknown() {
        String r = IncidentReport.render(Incidents.defection("d", "Paju", null, null));
        assertTrue(r.contains("perpetrator  unknown"), r);
        assertTrue(r.contains("time         unknown"), r);
        assertTrue(r.contains("attribution AUTHOR"), r);
    }
}
