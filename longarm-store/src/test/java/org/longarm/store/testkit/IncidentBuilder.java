package org.longarm.store.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.longarm.model.ArticleIncident;
import org.longarm.model.Attribution;
import org.longarm.model.Incident;
import org.longarm.model.IncidentType;
import org.longarm.model.Mention;
import org.longarm.model.Place;
import org.longarm.model.Status;
import org.longarm.model.Target;
import org.longarm.model.TargetKind;
import org.longarm.model.TextSpan;

/**
 * Builds {@link Incident}s for tests. Defaults: a completed abduction from PRK, everything else unknown or empty,
 * grade "C3", pipeline "test-1"; {@code articles} defaults to the number of distinct articles mentioned.
 */
public final class IncidentBuilder {
    private final String id;
    private IncidentType type = IncidentType.ABDUCTION;
    private Status status = Status.COMPLETED;
    private String originState = "PRK";
    private String perpetrator;
    private List<String> aliases = List.of();
    private final List<Target> targets = new ArrayList<>();
    private Integer count;
    private final Map<String, Integer> countByArticle = new LinkedHashMap<>();
    private boolean conflict;
    private Place location;
    private LocalDate from;
    private LocalDate to;
    private final List<Mention> mentions = new ArrayList<>();
    private List<String> origins = List.of();
    private Integer articles;
    private String grade = "C3";
    private final List<ArticleIncident> reports = new ArrayList<>();
    private String pipeline = "test-1";

    private IncidentBuilder(String id) {
        this.id = id;
    }

    public static IncidentBuilder incident(String id) {
        return new IncidentBuilder(id);
    }

    public IncidentBuilder type(IncidentType v) { type = v; return this; }
    public IncidentBuilder status(Status v) { status = v; return this; }
    public IncidentBuilder originState(String v) { originState = v; return this; }
    public IncidentBuilder perpetrator(String name, String... aliasList) { perpetrator = name; aliases = List.of(aliasList); return this; }
    public IncidentBuilder target(String name, TargetKind kind) { targets.add(new Target(name, kind, null)); return this; }
    public IncidentBuilder count(Integer v) { count = v; return this; }
    public IncidentBuilder countIn(String articleId, int n) { countByArticle.put(articleId, n); return this; }
    public IncidentBuilder conflict(boolean v) { conflict = v; return this; }
    public IncidentBuilder location(String country, String place, Double lat, Double lon) { location = new Place(country, place, lat, lon, null); return this; }
    public IncidentBuilder time(LocalDate f, LocalDate t) { from = f; to = t; return this; }
    public IncidentBuilder time(String f, String t) { return time(f == null ? null : LocalDate.parse(f), t == null ? null : LocalDate.parse(t)); }
    public IncidentBuilder mention(Mention m) { mentions.add(m); return this; }
    public IncidentBuilder origins(String... v) { origins = List.of(v); return this; }
    public IncidentBuilder articles(int v) { articles = v; return this; }
    public IncidentBuilder grade(String v) { grade = v; return this; }
    public IncidentBuilder report(ArticleIncident v) { reports.add(v); return this; }
    public IncidentBuilder pipeline(String v) { pipeline = v; return this; }

    /** Adds a mention of {@code text} at {@code start} in {@code articleId}, with this incident's type and status. */
    public IncidentBuilder mention(String articleId, int start, String text) {
        return mention(articleId, start, text, false, Attribution.AUTHOR, null);
    }

    public IncidentBuilder mention(String articleId, int start, String text, boolean hedged, Attribution attribution,
                                   TextSpan trigger) {
        return mention(new Mention(new TextSpan(articleId, start, start + text.length()), text, type, status, hedged,
                attribution, trigger));
    }

    public Incident build() {
        int n = articles != null ? articles
                : (int) mentions.stream().map(m -> m.span().articleId()).distinct().count();
        return new Incident(id, type, status, originState, perpetrator, aliases, targets, count, countByArticle,
                conflict, location, from, to, mentions, origins, n, grade, reports, pipeline);
    }
}
