package org.longarm.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits: the total that matched, the ids of this page in order (newest first, or best first for a text
 * query; ties by id), and facet counts over all hits by dimension ({@link SearchIndex#FACETS}), largest first.
 */
public record SearchResult(long total, List<String> ids, Map<String, Map<String, Integer>> facets) {
    public SearchResult {
        ids = List.copyOf(ids);
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        facets.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        facets = java.util.Collections.unmodifiableMap(copy);
    }
}
