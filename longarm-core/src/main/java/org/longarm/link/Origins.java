package org.longarm.link;

import java.util.List;
import org.longarm.model.ArticleResult;

/** Where an article's information comes from: the outlets it cites, else itself (its outlet, or its id when unknown). */
final class Origins {
    private Origins() {}

    static List<String> of(ArticleResult r) {
        if (!r.cites().isEmpty()) return r.cites();
        String outlet = r.article().outlet();
        return List.of(outlet != null && !outlet.isBlank() ? outlet : r.article().id());
    }
}
