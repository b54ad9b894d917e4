package org.longarm.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.longarm.model.ArticleIncident;
import org.longarm.model.Attribution;
import org.longarm.model.AttributionKind;
import org.longarm.model.Incident;
import org.longarm.model.IncidentType;
import org.longarm.model.Mention;
import org.longarm.model.Perpetrator;
import org.longarm.model.Place;
import org.longarm.model.Status;
import org.longarm.model.Target;
import org.longarm.model.TargetCount;
import org.longarm.model.TargetKind;
import org.longarm.model.TextSpan;
import org.longarm.model.TimeInterval;

/** Small hand-built incidents for the formatting and filtering tests. */
final class Incidents {
    static final String TEXT = "Officials said agents of the Ministry of State Security abducted two brothers in Yanji last spring.";

    private Incidents() {}

    static Mention mention(String article, String text, String part, String trigger) {
        int s = text.indexOf(part);
        int t = text.indexOf(trigger);
        return new Mention(new TextSpan(article, s, s + part.length()), part, IncidentType.ABDUCTION, Status.COMPLETED, true,
                new Attribution(AttributionKind.OFFICIAL_ANONYMOUS, "Officials", new TextSpan(article, 0, 9)),
                new TextSpan(article, t, t + trigger.length()));
    }

    static Incident abduction(String id, LocalDate from, LocalDate to) {
        Mention m = mention("a1", TEXT, "agents of the Ministry of State Security abducted two brothers in Yanji", "abducted");
        ArticleIncident report = new ArticleIncident("a1", IncidentType.ABDUCTION, Status.COMPLETED, "PRK",
                new Perpetrator("Ministry of State Security", "Ministry of State Security", new TextSpan("a1", 29, 55)),
                List.of(new Target("two brothers", TargetKind.GROUP, new TextSpan("a1", 65, 77))),
                new TargetCount(2, new TextSpan("a1", 65, 68)), new Place("CHN", "Yanji", 42.9, 129.5, new TextSpan("a1", 81, 86)),
                new TimeInterval(from, to, "last spring", new TextSpan("a1", 87, 98)), List.of(m));
        return new Incident(id, IncidentType.ABDUCTION, Status.COMPLETED, "PRK", "Ministry of State Security",
                List.of("Bowibu"), report.targets(), 2, Map.of("a1", 2, "a2", 3), true,
                report.location(), from, to, List.of(m), List.of("Yonhap"), 1, "C3", List.of(report), "longarm-0.1.0+prk-1");
    }

    static Incident defection(String id, String place, LocalDate from, LocalDate to) {
        String text = "A soldier defected across the border near " + place + ".";
        Mention m = new Mention(new TextSpan("b1", 0, text.length()), text, IncidentType.DEFECTION, Status.COMPLETED, false,
                Attribution.AUTHOR, null);
        return new Incident(id, IncidentType.DEFECTION, Status.COMPLETED, "PRK", null, List.of(), List.of(), null,
                Map.of(), false, new Place("KOR", place, null, null, null), from, to, List.of(m), List.of(), 1, null,
                List.of(), "longarm-0.1.0+prk-1");
    }
}
