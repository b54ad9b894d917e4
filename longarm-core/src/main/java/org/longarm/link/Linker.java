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

    /** A linker that names outlets the packs' way, so that "www.dailynk.com" and "Daily NK" are one origin. */
    public Linker(org.longarm.pack.Packs packs) {
        this(packs::outletName, packs::reliability);
    }

    /** A linker over the packs a view belongs to. */
    public Linker(org.longarm.pack.DomainPack pack) {
        this(pack.packs());
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
                    if (p != null && p.score() >= PairScorer.CANDIDATE) out.add(p);
                }
            }
        }
        return out;
    }

    /** Close pairs that ended in two incidents become candidate links on both, best score per pair of incidents. */
    private static List<Incident> withCandidates(List<Incident> incidents, List<PairScorer.Pair> close, Map<Integer, String> idOf) {
        Map<String, Map<String, Double>> links = new java.util.HashMap<>();
        for (PairScorer.Pair p : close) {
            String a = idOf.get(p.a().index());
            String b = idOf.get(p.b().index());
            if (a.equals(b)) continue;
            links.computeIfAbsent(a, k -> new TreeMap<>()).merge(b, p.score(), Math::max);
            links.computeIfAbsent(b, k -> new TreeMap<>()).merge(a, p.score(), Math::max);
        }
        List<Incident> out = new ArrayList<>();
        for (Incident x : incidents) {
            Map<String, Double> l = links.get(x.id());
            if (l == null) {
                out.add(x);
                continue;
            }
            List<org.longarm.model.CandidateLink> cl = new ArrayList<>();
            l.forEach((other, score) -> cl.add(new org.longarm.model.CandidateLink(other, Math.round(score * 100) / 100.0)));
            out.add(x.withCandidates(cl));
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
        List<PairScorer.Pair> close = new ArrayList<>();
        for (PairScorer.Pair p : pairs) {
            if (p.score() < PairScorer.LINK || !clusters.join(p.a(), p.b())) close.add(p);
        }
        List<Incident> out = new ArrayList<>();
        Map<String, ArticleResult> byId = new java.util.HashMap<>();
        for (ArticleResult r : sorted) byId.put(r.article().id(), r);
        IncidentBuilder builder = new IncidentBuilder(outletName, Duplicates.find(sorted), byId, reliability);
        Map<Integer, String> idOf = new java.util.HashMap<>();
        for (List<Report> cluster : clusters.all()) {
            Incident x = builder.build(cluster);
            for (Report r : cluster) idOf.put(r.index(), x.id());
            out.add(x);
        }
        out = withCandidates(out, close, idOf);
        out.sort(Comparator.comparing(Incident::id));
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).id().equals(out.get(i - 1).id())) {
                throw new IllegalStateException("two incidents share the id " + out.get(i).id());
            }
        }
        return out;
    }
}
