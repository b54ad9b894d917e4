package org.longarm.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.longarm.model.ArticleIncident;
import org.longarm.model.IncidentType;
import org.longarm.model.Mention;
import org.longarm.model.Target;
import org.longarm.model.TextSpan;
import org.longarm.pack.Packs;

/**
 * Merges what the views of several origin states drew from one article. Each state's view reads the article as if
 * that state were the one reaching abroad; where views read the same trigger, the state the text ties the act to
 * keeps it: the victims are its people ("31 North Korean defectors" in a return carried out by China), its own organ
 * acts, its name stands in the sentence. An act that only one view saw is kept when the text ties it to that state
 * at all, or when that state is the article's main subject. An article keeps to its word: where the victims of one
 * kind of act were named as a state's people, a later retelling of that kind of act that names nobody ("the
 * repatriation of 500 defectors") stays that state's unless its own text ties it elsewhere. Deterministic: ties go
 * to the state named most often in the article, then to the lower code.
 */
public final class StateViews {
    /** Victims named as a state's people: the strongest tie, for or against a view. */
    static final int VICTIMS_ARE_ITS_PEOPLE = 4;
    /** The view's own organ, leader or state acts (types where the origin state acts). */
    static final int ITS_ORGAN_ACTS = 2;
    /** The state is named in the evidence sentence. */
    static final int NAMED_IN_SENTENCE = 1;
    /** The state the article is mainly about: a small edge in a contested clause. */
    static final int MAIN_SUBJECT = 1;
    /** Below this score no reading of a clause is tied to its state by more than its name and the article's subject. */
    static final int UNTIED = NAMED_IN_SENTENCE + MAIN_SUBJECT + 1;
    /** How far before a target a demonym may end to name the target's people ("North Korean defectors"). */
    static final int DEMONYM_GAP = 2;

    /** One state's reading: its origin state, how often the article names it, and its incidents. */
    public record View(String state, int weight, List<ArticleIncident> incidents) {}

    private record Candidate(View view, ArticleIncident incident, int score) {}

    private StateViews() {}

    /** The merged incidents, in text order. */
    public static List<ArticleIncident> merge(List<View> views, String text, Packs packs) {
        View main = views.stream().max(Comparator.comparingInt(View::weight).thenComparing(View::state, Comparator.reverseOrder()))
                .orElse(null);
        List<Candidate> all = new ArrayList<>();
        for (View v : views) {
            for (ArticleIncident i : v.incidents()) {
                all.add(new Candidate(v, i, score(i, v.state(), text, packs) + (v == main ? MAIN_SUBJECT : 0)));
            }
        }
        // groups: incidents of different views that share a trigger
        int n = all.size();
        int[] group = new int[n];
        for (int a = 0; a < n; a++) group[a] = a;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (all.get(a).view() != all.get(b).view() && sharesSentence(all.get(a).incident(), all.get(b).incident())) {
                    union(group, a, b);
                }
            }
        }
        List<List<Candidate>> groups = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            List<Candidate> members = new ArrayList<>();
            for (int a = 0; a < n; a++) if (find(group, a) == root) members.add(all.get(a));
            if (!members.isEmpty()) groups.add(members);
        }
        java.util.Map<IncidentType, String> victimsOf = victimsByType(groups, views, text, packs);
        List<ArticleIncident> out = new ArrayList<>();
        for (List<Candidate> members : groups) {
            View best = bestView(members, views);
            if (members.stream().allMatch(c -> c.score() < UNTIED)) {
                View kept = members.stream().filter(c -> c.view().state().equals(victimsOf.get(c.incident().type())))
                        .map(Candidate::view).findFirst().orElse(null);
                if (kept != null) best = kept;
            }
            View winner = best;
            boolean contested = members.stream().anyMatch(c -> c.view() != winner);
            for (Candidate c : members) {
                if (c.view() != winner) continue;
                if (!contested && c.score() < NAMED_IN_SENTENCE && (c.view() != main || c.score() < 0)) continue;
                out.add(c.incident());
            }
        }
        out.sort(Comparator.comparingInt((ArticleIncident i) -> i.first().span().start()).thenComparing(i -> i.type().name())
                .thenComparing(ArticleIncident::originState, Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }

    /**
     * For each kind of act, the state whose people its victims were named as, where the article names them so for one
     * state only: the reading the article keeps to for that kind of act.
     */
    private static java.util.Map<IncidentType, String> victimsByType(List<List<Candidate>> groups, List<View> views,
                                                                     String text, Packs packs) {
        java.util.Map<IncidentType, java.util.Set<String>> seen = new java.util.EnumMap<>(IncidentType.class);
        for (List<Candidate> members : groups) {
            View best = bestView(members, views);
            for (Candidate c : members) {
                if (c.view() != best) continue;
                String victims = victimsState(c.incident(), text, packs);
                if (best.state().equals(victims)) seen.computeIfAbsent(c.incident().type(), t -> new java.util.TreeSet<>()).add(victims);
            }
        }
        java.util.Map<IncidentType, String> out = new java.util.EnumMap<>(IncidentType.class);
        seen.forEach((type, states) -> {
            if (states.size() == 1) out.put(type, states.iterator().next());
        });
        return out;
    }

    private static View bestView(List<Candidate> members, List<View> views) {
        View best = null;
        int bestScore = Integer.MIN_VALUE;
        for (View v : views) {
            int s = Integer.MIN_VALUE;
            for (Candidate c : members) if (c.view() == v) s = Math.max(s, c.score());
            if (s == Integer.MIN_VALUE) continue;
            if (best == null || s > bestScore || s == bestScore && (v.weight() > best.weight()
                    || v.weight() == best.weight() && v.state().compareTo(best.state()) < 0)) {
                best = v;
                bestScore = s;
            }
        }
        return best;
    }

    /** How strongly the text ties an incident, as one view read it, to that view's state. */
    static int score(ArticleIncident i, String state, String text, Packs packs) {
        int score = 0;
        boolean originActs = i.type() != IncidentType.FORCED_RETURN && i.type() != IncidentType.COUNTERMEASURE
                && i.type() != IncidentType.DEFECTION;
        if (originActs && i.perpetrator() != null) score += ITS_ORGAN_ACTS;
        String victims = victimsState(i, text, packs);
        if (victims != null) score += victims.equals(state) ? VICTIMS_ARE_ITS_PEOPLE : -VICTIMS_ARE_ITS_PEOPLE;
        TextSpan ev = i.first().span();
        if (packs.originHits(text, ev.start(), ev.end()).stream().anyMatch(h -> h.state().equals(state))) score += NAMED_IN_SENTENCE;
        return score;
    }

    /** The state whose people the targets are named as ("North Korean defectors", "Iranian dissidents"), or null. */
    static String victimsState(ArticleIncident i, String text, Packs packs) {
        for (Target t : i.targets()) {
            if (t.span() == null) continue;
            int from = Math.max(0, t.span().start() - 24);
            // a demonym just before the target or begun inside it ("some 600 North" read as the target of
            // "some 600 North Koreans")
            for (Packs.OriginHit h : packs.originHits(text, from, Math.min(text.length(), t.span().end() + 16))) {
                if (h.end() >= t.span().start() - DEMONYM_GAP && h.start() < t.span().end()) return h.state();
            }
        }
        return null;
    }

    /** Two views read the same clause when their mentions' evidence overlaps (views group a sentence differently). */
    private static boolean sharesSentence(ArticleIncident a, ArticleIncident b) {
        for (Mention x : a.mentions()) {
            for (Mention y : b.mentions()) {
                if (x.span().start() < y.span().end() && y.span().start() < x.span().end()) return true;
            }
        }
        return false;
    }

    private static int find(int[] g, int a) {
        while (g[a] != a) a = g[a] = g[g[a]];
        return a;
    }

    private static void union(int[] g, int a, int b) {
        int ra = find(g, a);
        int rb = find(g, b);
        if (ra != rb) g[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
