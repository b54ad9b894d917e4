package org.longarm.link;

import java.util.List;
import java.util.Map;
import org.longarm.model.ArticleResult;

/**
 * Where an article's information comes from: the outlets it cites; else, for a near-copy, where its original's
 * comes from; else itself (its outlet, or its id when unknown).
 */
final class Origins {
    private Origins() {}

    static List<String> of(ArticleResult r) {
        if (!r.cites().isEmpty()) return r.cites();
        String outlet = r.article().outlet();
        return List.of(outlet != null && !outlet.isBlank() ? outlet : r.article().id());
    }

    static List<String> of(ArticleResult r, Map<String, String> duplicateOf, Map<String, ArticleResult> byId) {
        String original = duplicateOf.get(r.article().id());
        if (r.cites().isEmpty() && original != null && byId.containsKey(original)) return of(byId.get(original));
        return of(r);
    }
}
