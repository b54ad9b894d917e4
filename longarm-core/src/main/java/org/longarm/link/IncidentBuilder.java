package org.longarm.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.longarm.model.ArticleIncident;
import org.longarm.model.Incident;
import org.longarm.model.Mention;
import org.longarm.model.Perpetrator;
import org.longarm.model.Place;
import org.longarm.model.Status;
import org.longarm.model.Target;

/**
 * Builds one incident from the reports linked to it. Nothing is silently overwritten: counts stay per article with a
 * conflict flag, every report is kept, and the time is the interval all reports allow (their intersection, or their
 * union when they disagree). The id hashes the type and the earliest mention, so re-runs give the same ids.
 */
final class IncidentBuilder {
    private final java.util.function.UnaryOperator<String> outletName;
    private final Map<String, String> duplicateOf;
    private final java.util.function.Function<String, String> reliability;
    private final Map<String, org.longarm.model.ArticleResult> byId;

    IncidentBuilder(java.util.function.UnaryOperator<String> outletName) {
        this(outletName, Map.of(), Map.of());
    }

    /** A builder that knows which articles copy which, so that a copy adds no independent origin. */
    IncidentBuilder(java.util.function.UnaryOperator<String> outletName, Map<String, String> duplicateOf,
                    Map<String, org.longarm.model.ArticleResult> byId) {
        this(outletName, duplicateOf, byId, o -> null);
    }

    /** ... and that knows how reliable each outlet is (its Admiralty letter), for the grade. */
    IncidentBuilder(java.util.function.UnaryOperator<String> outletName, Map<String, String> duplicateOf,
                    Map<String, org.longarm.model.ArticleResult> byId, java.util.function.Function<String, String> reliability) {
        this.reliability = reliability;
        this.outletName = outletName;
        this.duplicateOf = duplicateOf;
        this.byId = byId;
    }

    Incident build(List<Report> cluster) {
        List<Report> reports = new ArrayList<>(cluster);
        reports.sort(Comparator.comparing(Report::articleId).thenComparingInt(Report::index));
        ArticleIncident first = reports.get(0).incident();
        List<Mention> mentions = new ArrayList<>();
        for (Report r : reports) mentions.addAll(r.incident().mentions());
        Mention key = mentions.get(0);
        String trigger = key.trigger() == null ? "" : "|" + key.trigger().start() + "|" + key.trigger().end();
        String id = id(first.type().name() + "|" + key.span().articleId() + "|" + key.span().start() + "|" + key.span().end() + trigger);

        Map<Status, Integer> statuses = new TreeMap<>();
        for (Report r : reports) statuses.merge(r.incident().status(), 1, Integer::sum);
        Status status = statuses.entrySet().stream()
                .max(Comparator.<Map.Entry<Status, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().progress()))
                .orElseThrow().getKey();

        Perpetrator perpetrator = null;
        TreeSet<String> aliases = new TreeSet<>();
        for (Report r : reports) {
            Perpetrator p = r.incident().perpetrator();
            if (p == null) continue;
            if (perpetrator == null) perpetrator = p;
            if (p.alias() != null) aliases.add(p.alias());
        }
        Map<String, Target> targets = new LinkedHashMap<>();
        for (Report r : reports) for (Target t : r.incident().targets()) targets.putIfAbsent(t.name(), t);

        Map<String, Integer> byArticle = new TreeMap<>();
        for (Report r : reports) if (r.incident().count() != null) byArticle.putIfAbsent(r.articleId(), r.incident().count().value());
        Integer count = mode(byArticle);
        boolean conflict = byArticle.values().stream().distinct().count() > 1;

        Place place = null;
        for (Report r : reports) {
            Place p = r.incident().location();
            if (p != null && (place == null || p.specificity() > place.specificity())) place = p;
        }
        if (place == null && first.type() == org.longarm.model.IncidentType.DEFECTION && first.originState() != null) {
            // no report says where they left from (a destination is no place): people leave the state they flee
            place = new Place(first.originState(), null, null, null, null);
        }
        LocalDate[] time = time(reports);

        TreeSet<String> origins = new TreeSet<>();
        for (Report r : reports) for (String o : Origins.of(r.result(), duplicateOf, byId)) origins.add(outletName.apply(o));
        Grades.Assessment grade = Grades.assess(reports, new ArrayList<>(origins), conflict, reliability);
        List<ArticleIncident> kept = reports.stream().map(Report::incident).toList();
        String pipeline = reports.get(0).result().pipelineVersion();
        return new Incident(id, first.type(), status, first.originState(),
                perpetrator == null ? null : perpetrator.name(), new ArrayList<>(aliases), new ArrayList<>(targets.values()),
                count, byArticle, conflict, place, time[0], time[1], mentions, new ArrayList<>(origins),
                (int) reports.stream().map(Report::articleId).distinct().count(), grade.grade(), kept, pipeline, grade.reasons());
    }

    private static Integer mode(Map<String, Integer> byArticle) {
        Map<Integer, Integer> freq = new TreeMap<>();
        for (int v : byArticle.values()) freq.merge(v, 1, Integer::sum);
        return freq.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The interval every report allows; when reports disagree, the interval that covers them all. A report that gives
     * no time of its own (only "before its publication") is no disagreement: it counts only when no report is dated.
     */
    static LocalDate[] time(List<Report> reports) {
        List<Report> dated = reports.stream().filter(r -> r.incident().time().expression() != null).toList();
        return interval(dated.isEmpty() ? reports : dated);
    }

    private static LocalDate[] interval(List<Report> reports) {
        LocalDate from = null;
        LocalDate to = null;
        LocalDate minFrom = null;
        LocalDate maxTo = null;
        boolean openFrom = false;
        boolean openTo = false;
        for (Report r : reports) {
            LocalDate f = r.incident().time().from();
            LocalDate t = r.incident().time().to();
            if (f != null && (from == null || f.isAfter(from))) from = f;
            if (t != null && (to == null || t.isBefore(to))) to = t;
            if (f == null) openFrom = true;
            else if (minFrom == null || f.isBefore(minFrom)) minFrom = f;
            if (t == null) openTo = true;
            else if (maxTo == null || t.isAfter(maxTo)) maxTo = t;
        }
        if (from != null && to != null && to.isBefore(from)) {
            return new LocalDate[] {openFrom ? null : minFrom, openTo ? null : maxTo};
        }
        return new LocalDate[] {from, to};
    }

    static String id(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "inc-" + HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
