package org.longarm.cli;

import org.longarm.Pipeline;
import org.longarm.nlp.Nlp;
import org.longarm.pack.Packs;

/** The one CoreNLP stage of this process (slow to load), created on first use, and the pipelines over it. */
final class SharedPipeline {
    private static Nlp nlp;
    private static Pipeline pipeline;

    private SharedPipeline() {}

    /** A pipeline over the given packs, sharing the process's CoreNLP stage. */
    static synchronized Pipeline get(Packs packs) {
        if (pipeline == null || pipeline.packs() != packs) {
            if (nlp == null) nlp = Nlp.create();
            pipeline = Pipeline.create(packs, nlp);
        }
        return pipeline;
    }

    /** The pipeline over every built-in pack. */
    static Pipeline get() {
        return get(Packs.builtin());
    }
}
