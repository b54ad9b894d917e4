package org.longarm.ingest;

import org.longarm.model.Article;

/** Receives articles and problems as a reader streams through its inputs. */
public interface IngestSink {
    void article(Article article);

    void problem(IngestProblem problem);
}
