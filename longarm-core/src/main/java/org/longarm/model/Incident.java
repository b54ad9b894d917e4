package org.longarm.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One real-world occurrence, as linked across the articles that report it. Values that sources disagree on are
 * kept per article ({@code countByArticle}, {@code conflict}); {@code reports} keeps each article's own reading;
 * {@code pipeline} is the version of the pipeline and pack that produced it; {@code reasons} say why the
 * corroboration grade is what it is; {@code candidates} are close links to other incidents that were not made. {@code from}/{@code to} may be null.
 */
public record Incident(String id, IncidentType type, Status status, String originState,
                       String perpetrator, List<String> perpetratorAliases,
                       List<Target> targets, Integer count, Map<String, Integer> countByArticle, boolean countConflict,
                       Place location, LocalDate from, LocalDate to,
                       List<Mention> mentions, List<String> origins, int articles, String grade,
                       List<ArticleIncident> reports, String pipeline, List<String> reasons,
                       List<CandidateLink> candidates) {
    public Incident {
        Checks.notBlank(id, "id");
        Checks.notNull(type, "type");
        Checks.notNull(status, "status");
        perpetratorAliases = List.copyOf(perpetratorAliases);
        targets = List.copyOf(targets);
        countByArticle = Map.copyOf(countByArticle);
        mentions = List.copyOf(mentions);
        origins = List.copyOf(origins);
        reports = List.copyOf(reports);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** An incident with no candidate links. */
    public Incident(String id, IncidentType type, Status status, String originState, String perpetrator,
                    List<String> perpetratorAliases, List<Target> targets, Integer count, Map<String, Integer> countByArticle,
                    boolean countConflict, Place location, LocalDate from, LocalDate to, List<Mention> mentions,
                    List<String> origins, int articles, String grade, List<ArticleIncident> reports, String pipeline,
                    List<String> reasons) {
        this(id, type, status, originState, perpetrator, perpetratorAliases, targets, count, countByArticle, countConflict,
                location, from, to, mentions, origins, articles, grade, reports, pipeline, reasons, List.of());
    }

    /** The same incident with these candidate links. */
    public Incident withCandidates(List<CandidateLink> links) {
        return new Incident(id, type, status, originState, perpetrator, perpetratorAliases, targets, count, countByArticle,
                countConflict, location, from, to, mentions, origins, articles, grade, reports, pipeline, reasons, links);
    }

    /** An incident whose grade comes without reasons. */
    public Incident(String id, IncidentType type, Status status, String originState, String perpetrator,
                    List<String> perpetratorAliases, List<Target> targets, Integer count, Map<String, Integer> countByArticle,
                    boolean countConflict, Place location, LocalDate from, LocalDate to, List<Mention> mentions,
                    List<String> origins, int articles, String grade, List<ArticleIncident> reports, String pipeline) {
        this(id, type, status, originState, perpetrator, perpetratorAliases, targets, count, countByArticle, countConflict,
                location, from, to, mentions, origins, articles, grade, reports, pipeline, List.of(), List.of());
    }
}
