package org.longarm.link;

import static org.longarm.link.LinkFixtures.article;
import static org.longarm.link.LinkFixtures.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.longarm.model.ArticleResult;
import org.longarm.model.AttributionKind;
import org.longarm.model.IncidentType;
import org.longarm.model.Status;

/**
 * A seeded random corpus of extractor output, dense enough that many reports link: few types, places, names and
 * months, so order-independence and the one-article rule are exercised. The same seed gives an equal corpus.
 */
final class RandomCorpus {
    private static final IncidentType[] TYPES = {IncidentType.DEFECTION, IncidentType.ABDUCTION, IncidentType.FORCED_RETURN};
    private static final String[][] PLACES = {{"CHN", "Dandong"}, {"CHN", "Yanji"}, {"CHN", null}, {"RUS", "Vladivostok"},
            {"RUS", null}, {null, null}};
    private static final String[] PERSONS = {null, null, "Choe Myong-gil", "Pak Song-il", "Kim Chol-su"};
    private static final Integer[] COUNTS = {null, null, 2, 5, 13};
    private static final String[] NOUNS = {"workers", "traders", "escapees", "students", "soldiers"};
    private static final String[] VERBS = {"were taken", "vanished", "were sent back", "fled", "were seized"};
    private static final String[] OUTLETS = {"Yonhap", "Daily NK", "NK News", "The Telegraph", "Asahi Shimbun"};
    private static final AttributionKind[] KINDS = AttributionKind.values();
    private static final Status[] STATUSES = {Status.COMPLETED, Status.COMPLETED, Status.ATTEMPTED, Status.PLANNED};

    private RandomCorpus() {}

    static List<ArticleResult> of(long seed, int articles) {
        Random r = new Random(seed);
        List<ArticleResult> out = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
            LocalDate published = LocalDate.of(2017, 1, 1).plusDays(r.nextInt(500));
            LinkFixtures.ArticleSpec spec = article(String.format("r%03d-%d", a, r.nextInt(1000)))
                    .outlet(outlet).published(published.toString());
            if (r.nextInt(4) == 0) {
                String cited = OUTLETS[r.nextInt(OUTLETS.length)];
                if (!cited.equals(outlet)) spec.cites(cited);
            }
            int reports = 1 + r.nextInt(3);
            for (int i = 0; i < reports; i++) spec.add(randomReport(r));
            out.add(spec.build());
        }
        return out;
    }

    private static LinkFixtures.ReportSpec randomReport(Random r) {
        IncidentType type = TYPES[r.nextInt(TYPES.length)];
        String person = PERSONS[r.nextInt(PERSONS.length)];
        Integer count = person != null ? Integer.valueOf(1) : COUNTS[r.nextInt(COUNTS.length)];
        String[] place = PLACES[r.nextInt(PLACES.length)];
        String noun = NOUNS[r.nextInt(NOUNS.length)];
        String verb = VERBS[r.nextInt(VERBS.length)];
        StringBuilder s = new StringBuilder();
        s.append(person != null ? person : (count != null ? count + " " : "Some ") + noun).append(' ').append(verb);
        if (place[1] != null) s.append(" in ").append(place[1]);
        int month = 1 + r.nextInt(6);
        int year = 2016 + r.nextInt(2);
        int form = r.nextInt(4);
        if (form < 2) s.append(" in month ").append(month).append(" of ").append(year);
        s.append('.');
        LinkFixtures.ReportSpec spec = report(type, s.toString()).status(STATUSES[r.nextInt(STATUSES.length)]);
        if (person != null) spec.person(person);
        if (count != null) spec.count(count);
        if (place[1] != null) spec.place(place[0], place[1]);
        else if (place[0] != null) spec.country(place[0]);
        LocalDate from = LocalDate.of(year, month, 1);
        if (form == 0) spec.time(from.toString(), from.plusMonths(1).minusDays(1).toString());
        else if (form == 1) spec.time(from.toString(), from.plusMonths(3).minusDays(1).toString());
        else if (form == 2) spec.implicitTime(null, from.plusMonths(6).toString());
        if (r.nextInt(5) == 0) spec.hedged();
        spec.attribution(KINDS[r.nextInt(KINDS.length)]);
        if (r.nextInt(3) == 0) spec.perpetrator(r.nextBoolean() ? "Ministry of State Security" : "North Korea");
        return spec;
    }
}
