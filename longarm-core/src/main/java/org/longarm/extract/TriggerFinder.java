package org.longarm.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.longarm.nlp.Sentence;
import org.longarm.nlp.Token;
import org.longarm.pack.TriggerPattern;

/**
 * Finds the trigger patterns of a pack in a sentence. Where a longer pattern of one type spans the trigger of
 * another ("ordered hit teams to kill" is a PURSUIT, not also an ASSASSINATION), the spanned one is dropped.
 */
final class TriggerFinder {
    private final List<TriggerPattern> patterns;

    TriggerFinder(List<TriggerPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    List<TriggerHit> find(Sentence s) {
        return find(s, null);
    }

    /** The triggers of a sentence; {@code articleLemmas} (null: not checked) are every lemma of the article. */
    List<TriggerHit> find(Sentence s, java.util.Set<String> articleLemmas) {
        List<TriggerHit> hits = new ArrayList<>();
        for (TriggerPattern p : patterns) {
            if (!p.context().isEmpty() && s.tokens().stream().noneMatch(t -> p.context().contains(t.lemma()))) continue;
            if (articleLemmas != null && !p.document().isEmpty() && p.document().stream().noneMatch(articleLemmas::contains)) continue;
            for (int i = 0; i < s.size(); i++) {
                int[] at = match(p, s, i);
                if (at != null && near(p, s, at[p.head()]) && notAfter(p, s, at[0])) {
                    hits.add(new TriggerHit(p.type(), s, at[p.head()], at[0], at[at.length - 1], p.status(), p.source()));
                }
            }
        }
        hits.sort(Comparator.comparingInt((TriggerHit h) -> -(h.last() - h.first())).thenComparingInt(TriggerHit::head));
        List<TriggerHit> kept = new ArrayList<>();
        for (TriggerHit h : hits) {
            boolean spanned = kept.stream().anyMatch(k -> k.covers(h.head()) && (k.type() != h.type() || k.head() == h.head())
                    || k.type() == h.type() && h.covers(k.head()));
            if (!spanned) kept.add(h);
        }
        kept.sort(Comparator.comparingInt(TriggerHit::head));
        return kept;
    }

    private static final int NEAR = 7;

    /** A word of the near classes within a few tokens of the trigger, not across a clause break. */
    private static boolean near(TriggerPattern p, Sentence s, int head) {
        if (p.near().isEmpty()) return true;
        for (int dir = -1; dir <= 1; dir += 2) {
            for (int j = head + dir; j >= 0 && j < s.size() && Math.abs(j - head) <= NEAR; j += dir) {
                if (Words.isClauseBreak(s.token(j)) || s.token(j).word().equals(".")) break;
                if (p.near().contains(s.token(j).lemma())) return true;
            }
        }
        return false;
    }

    private static boolean notAfter(TriggerPattern p, Sentence s, int first) {
        return first == 0 || !p.notAfter().contains(s.token(first - 1).lemma());
    }

    /** Token indices of each element when the pattern matches starting at token i, else null. */
    private static int[] match(TriggerPattern p, Sentence s, int i) {
        List<TriggerPattern.Element> els = p.elements();
        int[] at = new int[els.size()];
        if (!accepts(els.get(0), s.token(i))) return null;
        at[0] = i;
        int pos = i;
        for (int e = 1; e < els.size(); e++) {
            TriggerPattern.Element el = els.get(e);
            int found = -1;
            for (int j = pos + 1; j <= Math.min(s.size() - 1, pos + 1 + el.gapBefore()); j++) {
                if (isBarrier(s.token(j)) && j > pos + 1) break;
                if (accepts(el, s.token(j))) {
                    found = j;
                    break;
                }
            }
            if (found < 0) return null;
            at[e] = found;
            pos = found;
        }
        return at;
    }

    private static boolean isBarrier(Token t) {
        return t.word().equals(";") || t.word().equals(".") || t.word().equals(":");
    }

    private static boolean accepts(TriggerPattern.Element el, Token t) {
        java.util.Set<String> pos = el.posFor(t.lemma());
        if (pos == null) pos = el.posFor(t.word().toLowerCase(java.util.Locale.ROOT));
        if (pos == null) return false;
        for (String p : pos) {
            if (matchesPos(p, t.pos())) return true;
        }
        return false;
    }

    private static boolean matchesPos(String want, String tag) {
        return switch (want) {
            case "" -> true;
            case "V" -> tag.startsWith("VB");
            case "N" -> tag.startsWith("NN");
            case "NSG" -> tag.equals("NN") || tag.equals("NNP");
            case "NPL" -> tag.equals("NNS") || tag.equals("NNPS");
            case "ADJ" -> tag.startsWith("JJ");
            default -> throw new IllegalStateException("unknown part of speech " + want);
        };
    }
}
