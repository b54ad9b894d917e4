package org.longarm;

import org.longarm.model.Article;
import org.longarm.model.ArticleResult;

/**
 * Front door of the per-article pipeline: prefilter, NLP, extraction, citations. One instance per process
 * (it holds the CoreNLP pipeline); thread-safe.
 */
public final class Pipeline {
    public static Pipeline create() {
        throw new UnsupportedOperationException("TODO");
    }

    /** The version of the pipeline and the domain pack, stored with every result. */
    public String version() {
        throw new UnsupportedOperationException("TODO");
    }

    public ArticleResult process(Article article) {
        throw new UnsupportedOperationException("TODO");
    }
}
