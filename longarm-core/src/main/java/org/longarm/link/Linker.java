package org.longarm.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;
import org.longarm.model.Incident;

/**
 * Front door of linking: turns per-article incidents into incidents across articles, sorted by id. Reports of one
 * type are compared within blocks ({@link PairScorer}); pairs that score enough are joined, strongest first, never
 * joining two incidents of one article. The result does not depend on the order of the input.
 */
public final class Linker {
    private final PairScorer scorer = new PairScorer();
    private final java.util.function.UnaryOperator<String> outletName;
    private final java.util.function.Function<String, String> reliability;

    /** A linker that takes outlet names as given. */
    public Linker() {
        this(java.util.function.UnaryOperator.identity(), o -> null);
    }

    /** A linker that names outlets the pack's way, so that "www.dailynk.com" and "Daily NK" are one origin. */
    public Linker(org.longarm.pack.DomainPack pack) {
        this(pack::outletName, name -> pack.outlets().stream().filter(o -> o.name().equals(name))
                .map(org.longarm.pack.Outlet::reliability).findFirst().orElse(null));
    }

    private Linker(java.util.function.UnaryOperator<String> outletName, java.util.function.Function<String, String> reliability) {
        this.outletName = outletName;
        this.reliability = reliability;
    }

    /** Keys shared by more reports than this are too common to be an anchor on their own (a busy month, say). */
    private static final int MAX_KEY_SHARE = 2000;

    /**
     * The pairs of a block worth scoring: those that share an anchor key ({@link Features#keys()}). The scorer
     * refuses pairs without an anchor, so no link is lost, and the work grows near-linearly with the block.
     */
    private List<PairScorer.Pair> candidates(List<Report> block) {
        Map<String, List<Report>> byKey = new java.util.HashMap<>();
        for (Report r : block) for (String k : r.features().keys()) byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        List<PairScorer.Pair> out = new ArrayList<>();
        for (Report a : block) {
            for (String k : a.features().queryKeys()) {
                List<Report> shared = byKey.get(k);
                if (shared == null || shared.size() > MAX_KEY_SHARE) continue;
                for (Report b : shared) {
                    if (b == a || a.articleId().equals(b.articleId())) continue;
                    int lo = Math.min(a.index(), b.index());
                    int hi = Math.max(a.index(), b.index());
                    if (!seen.add(((long) lo << 32) | hi)) continue;
                    Report first = a.index() < b.index() ? a : b;
                    Report second = first == a ? b : a;
                    PairScorer.Pair p = scorer.score(first, second);
                    if (p != null && p.score() >= PairScorer.LINK) out.add(p);
                }
            }
        }
        return out;
    }

    public List<Incident> link(Collection<ArticleResult> results) {
        List<ArticleResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(r -> r.article().id()));
        List<Report> reports = new ArrayList<>();
        for (ArticleResult r : sorted) {
            for (ArticleIncident ai : r.incidents()) reports.add(new Report(reports.size(), r, ai));
        }
        Clusters clusters = new Clusters(reports);
        Map<String, List<Report>> blocks = new TreeMap<>();
        for (Report r : reports) blocks.computeIfAbsent(r.incident().type() + "/" + r.incident().originState(), k -> new ArrayList<>()).add(r);
        List<PairScorer.Pair> pairs = new ArrayList<>();
        for (List<Report> block : blocks.values()) pairs.addAll(candidates(block));
        pairs.sort(Comparator.comparingDouble(PairScorer.Pair::score).reversed()
                .thenComparingInt(p -> p.a().index()).thenComparingInt(p -> p.b().index()));
        for (PairScorer.Pair p : pairs) clusters.join(p.a(), p.b());
        List<Incident> out = new ArrayList<>();
        Map<String, ArticleResult> byId = new java.util.HashMap<>();
        for (ArticleResult r : sorted) byId.put(r.article().id(), r);
        IncidentBuilder builder = new IncidentBuilder(outletName, Duplicates.find(sorted), byId, reliability);
        for (List<Report> cluster : clusters.all()) out.add(builder.build(cluster));
        out.sort(Comparator.comparing(Incident::id));
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).id().equals(out.get(i - 1).id())) {
                throw new IllegalStateException("two incidents share the id " + out.get(i).id());
            }
        }
        return out;
    }
}
