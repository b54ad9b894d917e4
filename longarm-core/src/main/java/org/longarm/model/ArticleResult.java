package org.longarm.model;

import java.util.List;

/**
 * What the pipeline made of one article: whether the cheap prefilter let it through, the incidents it reports,
 * the outlets it cites, and the version of the pipeline and pack that produced it.
 */
public record ArticleResult(Article article, boolean candidate, List<ArticleIncident> incidents, List<String> cites,
                            String pipelineVersion) {
    public ArticleResult {
        Checks.notNull(article, "article");
        incidents = List.copyOf(incidents);
        cites = List.copyOf(cites);
        Checks.notBlank(pipelineVersion, "pipelineVersion");
    }

    /** Relevant when it holds at least one incident mention. */
    public boolean relevant() {
        return !incidents.isEmpty();
    }
}
