package org.longarm.model;

import java.util.List;

/**
 * One real event as one article reports it: what the extractor found, each value with its span.
 * Null values are unknowns.
 */
public record ArticleIncident(String articleId, IncidentType type, Status status, String originState,
                              Perpetrator perpetrator, List<Target> targets, TargetCount count, Place location,
                              TimeInterval time, List<Mention> mentions) {
    public ArticleIncident {
        Checks.notBlank(articleId, "articleId");
        Checks.notNull(type, "type");
        Checks.notNull(status, "status");
        targets = targets == null ? List.of() : List.copyOf(targets);
        mentions = List.copyOf(mentions);
        Checks.check(!mentions.isEmpty(), "an incident needs at least one mention");
        time = time == null ? TimeInterval.UNKNOWN : time;
    }

    /** The first mention in the text: the one a reader would mark. */
    public Mention first() {
        return mentions.get(0);
    }
}
