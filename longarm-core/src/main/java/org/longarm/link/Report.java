package org.longarm.link;

import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;

/**
 * One article's report of an incident, with the article it came from and a stable position. What linking compares
 * ({@link Features}) is worked out once per report, on first use.
 */
final class Report {
    private final int index;
    private final ArticleResult result;
    private final ArticleIncident incident;
    private Features features;

    Report(int index, ArticleResult result, ArticleIncident incident) {
        this.index = index;
        this.result = result;
        this.incident = incident;
    }

    int index() { return index; }

    ArticleResult result() { return result; }

    ArticleIncident incident() { return incident; }

    String articleId() {
        return result.article().id();
    }

    Features features() {
        if (features == null) features = Features.of(this);
        return features;
    }
}
