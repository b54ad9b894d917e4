package org.longarm.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Union-find over reports that refuses to put two reports of one article in one cluster. */
final class Clusters {
    private final List<Report> reports;
    private final int[] parent;
    private final List<Set<String>> articles = new ArrayList<>();

    Clusters(List<Report> reports) {
        this.reports = reports;
        this.parent = new int[reports.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            articles.add(new HashSet<>(Set.of(reports.get(i).articleId())));
        }
    }

    private int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    boolean join(Report a, Report b) {
        int ra = root(a.index());
        int rb = root(b.index());
        if (ra == rb) return true;
        Set<String> sa = articles.get(ra);
        Set<String> sb = articles.get(rb);
        for (String x : sb) if (sa.contains(x)) return false;
        int lo = Math.min(ra, rb);
        int hi = Math.max(ra, rb);
        parent[hi] = lo;
        articles.get(lo).addAll(articles.get(hi));
        return true;
    }

    List<List<Report>> all() {
        java.util.Map<Integer, List<Report>> byRoot = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) byRoot.computeIfAbsent(root(i), k -> new ArrayList<>()).add(reports.get(i));
        return new ArrayList<>(byRoot.values());
    }
}
