package org.longarm.cli;

import org.longarm.Pipeline;

/** The one pipeline of this process (it holds CoreNLP, slow to load), created on first use. */
final class SharedPipeline {
    private static Pipeline pipeline;

    private SharedPipeline() {}

    static synchronized Pipeline get() {
        if (pipeline == null) pipeline = Pipeline.create();
        return pipeline;
    }
}
