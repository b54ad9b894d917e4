package org.longarm.link;

import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;

/** One article's report of an incident, with the article it came from and a stable position. */
record Report(int index, ArticleResult result, ArticleIncident incident) {
    String articleId() {
        return result.article().id();
    }
}
