package org.longarm.testkit;

import java.util.List;
import org.longarm.Pipeline;
import org.longarm.model.Article;
import org.longarm.nlp.Nlp;
import org.longarm.pack.Packs;

/** One CoreNLP stage shared by every test in the JVM (it takes seconds and hundreds of MB to load), and pipelines over it. */
public final class Pipelines {
    private static Nlp nlp;
    private static Pipeline shared;

    private Pipelines() {}

    public static synchronized Nlp nlp() {
        if (nlp == null) nlp = Nlp.create();
        return nlp;
    }

    /** The pipeline over every built-in pack. */
    public static synchronized Pipeline shared() {
        if (shared == null) shared = Pipeline.create(Packs.builtin(), nlp());
        return shared;
    }

    /** A pipeline over the given packs, sharing the CoreNLP stage. */
    public static Pipeline over(Packs packs) {
        return Pipeline.create(packs, nlp());
    }

    /** A short-form article published on the given ISO date. */
    public static Article article(String id, String published, String text) {
        return new Article(id, "Test Wire", null, published, null, text, "en", "{}", List.of(), "test:" + id);
    }
}
