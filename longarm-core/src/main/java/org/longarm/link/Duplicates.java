package org.longarm.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.longarm.model.ArticleResult;

/**
 * Near-copies among articles (syndicated wire stories, reposts): five-word shingles, MinHash signatures and
 * locality-sensitive hashing find candidates in near-linear time; a candidate is a copy when most of the shorter
 * text's shingles are in the longer one. Each copy points at the earliest article of its group (by publication date,
 * then id), so the answer does not depend on input order.
 */
public final class Duplicates {
    private static final int SHINGLE = 5;
    private static final int HASHES = 64;
    private static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    /** Share of the shorter text's shingles that must stand in the longer one. */
    static final double CONTAINMENT = 0.8;
    private static final long[] SEEDS = seeds();

    private Duplicates() {}

    /** Article id → id of the earlier article it copies; articles that copy nothing are absent. */
    public static Map<String, String> find(Collection<ArticleResult> results) {
        List<ArticleResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing((ArticleResult r) -> r.article().publishedDate() == null ? java.time.LocalDate.MAX
                : r.article().publishedDate()).thenComparing(r -> r.article().id()));
        List<Set<Long>> shingles = new ArrayList<>();
        Map<String, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Set<Long> sh = shingles(sorted.get(i).article().text());
            shingles.add(sh);
            if (sh.size() < 8) continue;
            long[] sig = signature(sh);
            for (int b = 0; b < BANDS; b++) {
                long h = b;
                for (int r = 0; r < ROWS; r++) h = h * 31 + sig[b * ROWS + r];
                buckets.computeIfAbsent(b + ":" + h, k -> new ArrayList<>()).add(i);
            }
        }
        int[] parent = new int[sorted.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        Set<Long> checked = new HashSet<>();
        for (List<Integer> bucket : buckets.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int a = bucket.get(x);
                    int b = bucket.get(y);
                    if (!checked.add(((long) a << 32) | b)) continue;
                    if (containment(shingles.get(a), shingles.get(b)) >= CONTAINMENT) union(parent, a, b);
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            int root = root(parent, i);
            if (root != i) out.put(sorted.get(i).article().id(), sorted.get(root).article().id());
        }
        return out;
    }

    static Set<Long> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> w = new ArrayList<>();
        for (String x : words) if (!x.isEmpty()) w.add(x);
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= w.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                for (int c = 0; c < w.get(k).length(); c++) h = 31 * h + w.get(k).charAt(c);
                h = 31 * h + ' ';
            }
            out.add(mix(h));
        }
        return out;
    }

    private static long[] signature(Set<Long> shingles) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(s ^ SEEDS[i]);
                if (h < sig[i]) sig[i] = h;
            }
        }
        return sig;
    }

    static double containment(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        if (small.isEmpty()) return 0;
        int common = 0;
        for (long x : small) if (large.contains(x)) common++;
        return (double) common / small.size();
    }

    private static int root(int[] p, int i) {
        while (p[i] != i) i = p[i] = p[p[i]];
        return i;
    }

    /** Joins two groups; the earlier article (lower index in publication order) stays the root. */
    private static void union(int[] p, int a, int b) {
        int ra = root(p, a);
        int rb = root(p, b);
        if (ra == rb) return;
        if (ra < rb) p[rb] = ra;
        else p[ra] = rb;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) s[i] = x = mix(x + i);
        return s;
    }
}
