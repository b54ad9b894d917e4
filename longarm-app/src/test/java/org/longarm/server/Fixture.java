package org.longarm.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.longarm.link.Linker;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;
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
import org.longarm.search.SearchIndex;
import org.longarm.store.Store;
import org.longarm.store.testkit.ArticleResultBuilder;

/**
 * A small store built the way an import builds it (save articles, link, replace incidents, rebuild the index):
 * an abduction in Dandong reported by two outlets that disagree on the count, one of them hostile (script in its
 * title and outlet), a forced return in Shenyang, a threat with no place or date, and an irrelevant article.
 */
final class Fixture {
    static final String XSS_TITLE = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>Agents & spies";
    static final String XSS_OUTLET = "<script>window.__xss=3</script>Evil Wire";

    static final String T1 = "SEOUL -- Agents of the Ministry of State Security seized two defectors in Dandong last March,"
            + " a source in China said. The men had crossed the river weeks before.";
    static final String T2 = "Security agents reportedly abducted three defectors in Dandong in March 2019, according"
            + " to Daily NK. <b>Family</b> members were told nothing.";
    static final String T3 = "Chinese police repatriated five women to North Korea from Shenyang in May 2016,"
            + " an activist said.";
    static final String T4 = "Pyongyang's state media threatened the families of exiled critics, the group said.";
    static final String T5 = "The weather in Seoul was mild on Tuesday and the markets were calm.";

    private Fixture() {}

    static List<ArticleResult> articles() {
        List<ArticleResult> out = new ArrayList<>();
        out.add(ArticleResultBuilder.article("a1").outlet("Yonhap").published("2019-04-16").title("Two defectors seized in Dandong")
                .text(T1).cites("Yonhap")
                .incident(incident("a1", T1, IncidentType.ABDUCTION, Status.COMPLETED,
                        "Agents of the Ministry of State Security seized two defectors in Dandong last March",
                        "seized", new Attribution(AttributionKind.ANONYMOUS_SOURCE, "a source in China", null), false,
                        "Ministry of State Security", "Ministry of State Security", 2, "two defectors",
                        new Place("CHN", "Dandong", 40.13, 124.39, null), "2019-03-01", "2019-03-31"))
                .build());
        out.add(ArticleResultBuilder.article("a2").outlet(XSS_OUTLET).published("2019-04-20").title(XSS_TITLE)
                .url("javascript:alert(1)").text(T2).cites("Daily NK")
                .incident(incident("a2", T2, IncidentType.ABDUCTION, Status.COMPLETED,
                        "Security agents reportedly abducted three defectors in Dandong in March 2019",
                        "abducted", new Attribution(AttributionKind.MEDIA, "Daily NK", null), true,
                        "Ministry of State Security", "Security agents", 3, "three defectors",
                        new Place("CHN", "Dandong", 40.13, 124.39, null), "2019-03-01", "2019-03-31"))
                .build());
        out.add(ArticleResultBuilder.article("a3").outlet("NK News").published("2016-06-01").title("Five women sent back")
                .text(T3)
                .incident(incident("a3", T3, IncidentType.FORCED_RETURN, Status.COMPLETED,
                        "Chinese police repatriated five women to North Korea from Shenyang in May 2016",
                        "repatriated", new Attribution(AttributionKind.NAMED_SOURCE, "an activist", null), false,
                        null, null, 5, "five women",
                        new Place("CHN", "Shenyang", 41.80, 123.43, null), "2016-05-01", "2016-05-31"))
                .build());
        out.add(ArticleResultBuilder.article("a4").outlet("Free Asia").published("2021-02-02").title("Families threatened")
                .text(T4).mentioning(IncidentType.THREAT, Status.ONGOING, "threatened the families of exiled critics").build());
        out.add(ArticleResultBuilder.article("a5").outlet("Weather Desk").published("2021-02-03").title("Mild weather")
                .text(T5).candidate(false).build());
        return out;
    }

    static ArticleIncident incident(String id, String text, IncidentType type, Status status, String phrase, String trigger,
                                    Attribution attribution, boolean hedged, String perpetrator, String perpetratorAsWritten,
                                    int count, String target, Place place, String from, String to) {
        int s = text.indexOf(phrase);
        if (s < 0) throw new IllegalArgumentException(phrase);
        int t = text.indexOf(trigger, s);
        Mention m = new Mention(new TextSpan(id, s, s + phrase.length()), phrase, type, status, hedged,
                attribution, new TextSpan(id, t, t + trigger.length()));
        int ts = text.indexOf(target);
        int ps = text.indexOf(place.place());
        Place located = new Place(place.country(), place.place(), place.lat(), place.lon(), new TextSpan(id, ps, ps + place.place().length()));
        Perpetrator p = perpetrator == null ? null : new Perpetrator(perpetrator, perpetratorAsWritten,
                span(id, text, perpetratorAsWritten));
        return new ArticleIncident(id, type, status, "PRK", p,
                List.of(new Target(target, TargetKind.GROUP, new TextSpan(id, ts, ts + target.length()))),
                new TargetCount(count, new TextSpan(id, ts, ts + target.indexOf(' '))), located,
                new TimeInterval(LocalDate.parse(from), LocalDate.parse(to), null, null), List.of(m));
    }

    private static TextSpan span(String id, String text, String phrase) {
        int s = text.indexOf(phrase);
        return s < 0 ? null : new TextSpan(id, s, s + phrase.length());
    }

    /** Stores the articles, links them and indexes the incidents, as {@code import} does; returns the incidents. */
    static List<Incident> importInto(Path data, List<ArticleResult> articles) {
        try (Store store = Store.open(data)) {
            store.saveAll(articles);
            List<Incident> incidents = new Linker().link(store.results());
            store.replaceIncidents(incidents);
            SearchIndex.rebuild(store.dataDir(), incidents);
            return incidents;
        }
    }
}
