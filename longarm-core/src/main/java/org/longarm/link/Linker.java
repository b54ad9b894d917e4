package org.longarm.link;

import java.util.Collection;
import java.util.List;
import org.longarm.model.ArticleResult;
import org.longarm.model.Incident;

/** Front door of linking: turns per-article incidents into incidents across articles, sorted by id. */
public final class Linker {
    public List<Incident> link(Collection<ArticleResult> results) {
        throw new UnsupportedOperationException("TODO");
    }
}
