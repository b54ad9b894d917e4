package org.longarm.testkit;

import java.util.List;
import org.longarm.Pipeline;
import org.longarm.model.Article;

/** One CoreNLP-backed pipeline shared by every test in the JVM (it takes seconds and hundreds of MB to load). */
public final class Pipelines {
    private static Pipeline shared;

    private Pipelines() {}

    public static synchronized Pipeline shared() {
        if (shared == null) shared = Pipeline.create();
        return shared;
    }

    /** A short-form article published on the given ISO date. */
    public static Article article(String id, String published, String text) {
        return new Article(id, "Test Wire", null, published, null, text, "en", "{}", List.of(), "test:" + id);
    }
}
