package org.longarm.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A faithful port of {@code shared/eval/score.py}: the same matching, the same metrics in the same order, rounded
 * to 3 decimals as Python's {@code round} does. Gold offsets are code points, as Python's {@code str.find} counts
 * them. Where several predicted incidents tie as the best match of a gold incident, both take the least id.
 */
public final class Scorer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Scorer() {}

    /**
     * Scores like {@code score.py ARTICLES_DIR GOLD PRED [PRED_ARTICLES]}, with the predictions given as JSONL text
     * ({@code predArticlesJsonl} may be null).
     */
    public static Score score(Path articlesDir, Path goldIncidents, String predIncidentsJsonl, String predArticlesJsonl)
            throws IOException {
        Map<String, JsonNode> articles = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(articlesDir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted((x, y) -> x.getFileName().toString().compareTo(y.getFileName().toString())).toList()) {
                JsonNode a = JSON.readTree(f.toFile());
                articles.put(key(a.get("id")), a);
            }
        }
        JsonNode gold = JSON.readTree(goldIncidents.toFile());
        return score(articles, gold, jsonl(predIncidentsJsonl), predArticlesJsonl == null ? null : jsonl(predArticlesJsonl));
    }

    private static List<JsonNode> jsonl(String text) {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!Py.strip(l).isEmpty()) out.add(JSON.readTree(l));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bad JSONL line: " + e.getMessage(), e);
        }
        return out;
    }

    /** A dict key: strings as they are, anything else kept apart from every string. */
    private static String key(JsonNode n) {
        return n != null && n.isTextual() ? n.textValue() : "\u0000" + n;
    }

    private static Iterable<JsonNode> list(JsonNode n) {
        return Py.truthy(n) && n.isArray() ? n : List.of();
    }

    private record GoldPair(String gid, JsonNode type, long start, long end) {}

    private record PredPair(String pid, JsonNode type, List<double[]> spans) {}

    private record Match(String article, String gid, String pid) {}

    private record Item(String article, String gid) {}

    static Score score(Map<String, JsonNode> articles, JsonNode gold, List<JsonNode> preds, List<JsonNode> predArticles) {
        // gold pairs: (article, incident) with the evidence's span in code points
        Map<String, List<GoldPair>> gpairs = new HashMap<>();
        Map<String, JsonNode> ginc = new LinkedHashMap<>();
        for (JsonNode g : list(gold)) {
            String gid = key(g.get("incident_id"));
            ginc.put(gid, g);
            Set<String> seen = new HashSet<>();
            for (JsonNode m : list(g.get("mentions"))) {
                String a = key(m.get("article"));
                if (!articles.containsKey(a) || !seen.add(a)) continue;
                String t = articles.get(a).path("text").asText();
                String ev = m.path("evidence").asText();
                int i = t.indexOf(ev);
                long s = i < 0 ? -1 : t.codePointCount(0, i);
                long e = s >= 0 ? s + ev.codePointCount(0, ev.length()) : -1;
                gpairs.computeIfAbsent(a, k -> new ArrayList<>()).add(new GoldPair(gid, g.get("type"), s, e));
            }
        }
        Map<String, List<PredPair>> ppairs = new HashMap<>();
        Map<String, JsonNode> pinc = new HashMap<>();
        for (JsonNode p : preds) {
            String pid = key(p.get("id"));
            pinc.put(pid, p);
            Map<String, List<double[]>> byArticle = new LinkedHashMap<>();
            for (JsonNode m : list(p.get("mentions"))) {
                byArticle.computeIfAbsent(key(m.get("article")), k -> new ArrayList<>())
                        .add(new double[] {m.path("start").asDouble(-1), m.path("end").asDouble(-1)});
            }
            byArticle.forEach((a, spans) -> {
                if (articles.containsKey(a)) ppairs.computeIfAbsent(a, k -> new ArrayList<>()).add(new PredPair(pid, p.get("type"), spans));
            });
        }

        // per-article bipartite matching by type, span overlap first
        List<Match> matched = new ArrayList<>();
        int tp = 0;
        int npred = 0;
        int ngold = 0;
        for (String a : articles.keySet()) {
            List<GoldPair> gs = gpairs.getOrDefault(a, List.of());
            List<PredPair> ps = ppairs.getOrDefault(a, List.of());
            ngold += gs.size();
            npred += ps.size();
            Set<Integer> usedg = new HashSet<>();
            Set<Integer> usedp = new HashSet<>();
            for (int phase = 0; phase < 2; phase++) {
                for (int gi = 0; gi < gs.size(); gi++) {
                    if (usedg.contains(gi)) continue;
                    GoldPair g = gs.get(gi);
                    for (int pi = 0; pi < ps.size(); pi++) {
                        PredPair p = ps.get(pi);
                        if (usedp.contains(pi) || !Py.eq(p.type(), g.type())) continue;
                        if (phase == 0 && p.spans().stream().noneMatch(sp -> sp[0] < g.end() && g.start() < sp[1])) continue;
                        usedg.add(gi);
                        usedp.add(pi);
                        matched.add(new Match(a, g.gid(), p.pid()));
                        break;
                    }
                }
            }
            tp += usedg.size();
        }
        double[] det = prf(tp, npred, ngold);

        Map<String, int[]> acc = attributes(matched, ginc, pinc);

        // B-cubed over matched pairs
        Map<String, Set<Item>> gcl = new HashMap<>();
        Map<String, Set<Item>> pcl = new HashMap<>();
        Map<Item, String> gOf = new HashMap<>();
        Map<Item, String> pOf = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (Match m : matched) {
            Item it = new Item(m.article(), m.gid());
            items.add(it);
            gcl.computeIfAbsent(m.gid(), k -> new HashSet<>()).add(it);
            pcl.computeIfAbsent(m.pid(), k -> new HashSet<>()).add(it);
            gOf.put(it, m.gid());
            pOf.put(it, m.pid());
        }
        double bp = 0.0;
        double br = 0.0;
        for (Item it : items) {
            Set<Item> gset = gcl.get(gOf.get(it));
            Set<Item> pset = pcl.get(pOf.get(it));
            int inter = (int) gset.stream().filter(pset::contains).count();
            bp += (double) inter / pset.size();
            br += (double) inter / gset.size();
        }
        int n = items.size();
        double b3p = n > 0 ? bp / n : 0.0;
        double b3r = n > 0 ? br / n : 0.0;
        double b3f = b3p + b3r != 0 ? 2 * b3p * b3r / (b3p + b3r) : 0.0;

        // independent origins for multi-article gold incidents
        int orgOk = 0;
        int orgN = 0;
        for (Map.Entry<String, JsonNode> e : ginc.entrySet()) {
            Set<String> arts = new TreeSet<>();
            for (JsonNode m : list(e.getValue().get("mentions"))) {
                String a = key(m.get("article"));
                if (articles.containsKey(a)) arts.add(a);
            }
            if (arts.size() < 2) continue;
            orgN++;
            Set<String> union = new HashSet<>();
            for (String a : arts) union.addAll(origin(articles.get(a)));
            List<String> pids = matched.stream().filter(m -> m.gid().equals(e.getKey())).map(Match::pid).toList();
            if (!pids.isEmpty()) {
                String best = mostFrequent(pids);
                JsonNode got = Py.getOrEmpty(Py.get(pinc.get(best), "corroboration"), "independent_origins");
                if (Py.eq(got, JSON.getNodeFactory().numberNode(union.size()))) orgOk++;
            }
        }

        // relevance and citations
        Map<String, Boolean> predRel = new LinkedHashMap<>();
        for (String a : articles.keySet()) predRel.put(a, !ppairs.getOrDefault(a, List.of()).isEmpty());
        Map<String, Set<String>> predCites = new HashMap<>();
        if (predArticles != null) {
            for (JsonNode r : predArticles) {
                JsonNode id = Py.get(r, "id");
                if (id == null || !id.isTextual() || !articles.containsKey(id.textValue())) continue;
                String a = id.textValue();
                if (r.has("relevant")) predRel.put(a, Py.truthy(r.get("relevant")));
                Set<String> cs = new HashSet<>();
                for (JsonNode c : list(r.get("cites"))) cs.add(Names.outlet(c));
                predCites.put(a, cs);
            }
        }
        int rtp = 0;
        int rpred = 0;
        int rgold = 0;
        for (Map.Entry<String, JsonNode> e : articles.entrySet()) {
            boolean goldRelevant = !e.getValue().has("relevant") || Py.truthy(e.getValue().get("relevant"));
            boolean predicted = predRel.get(e.getKey());
            if (predicted) rpred++;
            if (goldRelevant) rgold++;
            if (predicted && goldRelevant) rtp++;
        }
        double[] rel = prf(rtp, rpred, rgold);
        int ctp = 0;
        int cpred = 0;
        int cgold = 0;
        for (Map.Entry<String, JsonNode> e : articles.entrySet()) {
            Set<String> gs = new HashSet<>();
            for (JsonNode c : list(e.getValue().get("cites"))) gs.add(Names.outlet(c));
            Set<String> ps = predCites.getOrDefault(e.getKey(), Set.of());
            cgold += gs.size();
            cpred += ps.size();
            ctp += (int) gs.stream().filter(ps::contains).count();
        }
        double[] cit = prf(ctp, cpred, cgold);

        Map<String, Object> res = new LinkedHashMap<>();
        res.put("articles", articles.size());
        res.put("gold_pairs", ngold);
        res.put("pred_pairs", npred);
        res.put("relevance_f1", Py.round3(rel[2]));
        res.put("relevance_p", Py.round3(rel[0]));
        res.put("relevance_r", Py.round3(rel[1]));
        res.put("detection_p", Py.round3(det[0]));
        res.put("detection_r", Py.round3(det[1]));
        res.put("detection_f1", Py.round3(det[2]));
        acc.forEach((k, v) -> res.put(k + "_acc", v[1] != 0 ? Py.round3((double) v[0] / v[1]) : null));
        acc.forEach((k, v) -> res.put(k + "_n", v[1]));
        res.put("linking_b3_f1", Py.round3(b3f));
        res.put("linking_b3_p", Py.round3(b3p));
        res.put("linking_b3_r", Py.round3(b3r));
        res.put("origins_acc", orgN != 0 ? Py.round3((double) orgOk / orgN) : null);
        res.put("origins_n", orgN);
        res.put("cites_p", Py.round3(cit[0]));
        res.put("cites_r", Py.round3(cit[1]));
        res.put("cites_f1", Py.round3(cit[2]));
        return new Score(res);
    }

    /** Status, perpetrator, country, time, count and origin state on matched pairs: [right, measured], keyed in first-use order. */
    private static Map<String, int[]> attributes(List<Match> matched, Map<String, JsonNode> ginc, Map<String, JsonNode> pinc) {
        Map<String, int[]> acc = new LinkedHashMap<>();
        for (Match m : matched) {
            JsonNode g = ginc.get(m.gid());
            JsonNode p = pinc.get(m.pid());
            tally(acc, "status", Py.eq(g.get("status"), p.get("status")));
            if (Py.truthy(g.get("perpetrator"))) {
                Set<String> ok = new HashSet<>();
                ok.add(Names.name(g.get("perpetrator")));
                for (JsonNode alt : list(g.get("perpetrator_alternates"))) ok.add(Names.name(alt));
                tally(acc, "perpetrator", ok.contains(Names.name(p.get("perpetrator"))));
            }
            JsonNode gc = Py.getOrEmpty(g.get("location"), "country");
            if (Py.truthy(gc)) tally(acc, "country", Py.eq(gc, Py.getOrEmpty(p.get("location"), "country")));
            JsonNode gt = g.get("time");
            if (Py.truthy(Py.getOrEmpty(gt, "from")) || Py.truthy(Py.getOrEmpty(gt, "to"))) {
                boolean ok = true;
                for (String k : List.of("from", "to")) {
                    var gd = Py.date(Py.getOrEmpty(gt, k));
                    var pd = Py.date(Py.getOrEmpty(p.get("time"), k));
                    if (gd != null && (pd == null || Math.abs(gd.toEpochDay() - pd.toEpochDay()) > 31)) ok = false;
                }
                tally(acc, "time", ok);
            }
            JsonNode gcnt = g.get("target_count");
            if (Py.isInt(gcnt)) {
                JsonNode pc = p.get("target_count");
                JsonNode pv = pc != null && pc.isObject() ? pc.get("value") : pc;
                tally(acc, "count", Py.eq(pv, gcnt));
            }
            JsonNode gos = g.get("origin_state");
            if (Py.truthy(gos)) tally(acc, "origin_state", Py.eq(gos, p.get("origin_state")));
        }
        return acc;
    }

    private static void tally(Map<String, int[]> acc, String key, boolean ok) {
        int[] v = acc.computeIfAbsent(key, k -> new int[2]);
        v[1]++;
        if (ok) v[0]++;
    }

    private static Set<String> origin(JsonNode article) {
        Set<String> out = new HashSet<>();
        JsonNode cites = article.get("cites");
        if (Py.truthy(cites)) {
            for (JsonNode c : list(cites)) out.add(Names.outlet(c));
        } else {
            out.add(Names.outlet(article.get("outlet")));
        }
        return out;
    }

    /** {@code max(sorted(set(pids)), key=pids.count)}: the most frequent id, the least id on a tie. */
    private static String mostFrequent(List<String> ids) {
        Map<String, Integer> counts = new TreeMap<>();
        ids.forEach(id -> counts.merge(id, 1, Integer::sum));
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        }
        return best;
    }

    private static double[] prf(int tp, int npred, int ngold) {
        double p = npred != 0 ? (double) tp / npred : 0.0;
        double r = ngold != 0 ? (double) tp / ngold : 0.0;
        double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new double[] {p, r, f};
    }
}
