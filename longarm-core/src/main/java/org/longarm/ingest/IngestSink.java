package org.longarm.ingest;

import org.longarm.model.Article;

/** Receives articles and problems as a reader streams through its inputs. */
public interface IngestSink {
    void article(Article article);

    void problem(IngestProblem problem);

    /**
     * Asked before a feed item's page is fetched: false skips the item (already stored, already seen). The key is
     * the item's link, else its guid, else its title.
     */
    default boolean wants(String itemKey) {
        return true;
    }
}
