package org.longarm.extract;

import java.util.List;
import java.util.Locale;
import org.longarm.model.Attribution;
import org.longarm.model.AttributionKind;
import org.longarm.model.TextSpan;
import org.longarm.nlp.Sentence;
import org.longarm.nlp.Token;
import org.longarm.pack.Actor;
import org.longarm.pack.DomainPack;
import org.longarm.pack.PhraseMatcher;

/**
 * Who a sentence attributes its claim to: "according to X", "X said", "said X", "citing X". The source phrase is
 * classed with the pack's source words, outlets and actors; a pronoun or a definite back-reference ("the source",
 * "the ministry") takes the attribution of the sentence it refers back to.
 */
final class AttributionFinder {
    private final DomainPack pack;

    AttributionFinder(DomainPack pack) {
        this.pack = pack;
    }

    SourceClause find(String articleId, String text, Sentence s, Attribution previous) {
        List<Token> toks = s.tokens();
        for (int i = 0; i + 1 < toks.size(); i++) {
            String w = toks.get(i).lemma();
            if ((w.equals("accord") || w.equals("according")) && toks.get(i + 1).lemma().equals("to")) {
                int end = phraseEnd(s, i + 2);
                if (end < i + 2) continue;
                int first = i > 0 && toks.get(i - 1).word().equals(",") ? i - 1 : i;
                return new SourceClause(classify(articleId, text, s, i + 2, end, previous), first, lastOfClause(s, end));
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            Token v = toks.get(i);
            if (!v.pos().startsWith("VB") || !pack.isReportingVerb(v.lemma())) continue;
            if (i > 0 && Words.BE.contains(toks.get(i - 1).lemma())) continue; // "was said to": a hedge, no source
            if (v.lemma().equals("cite") && v.pos().equals("VBG")) {
                int end = phraseEnd(s, i + 1);
                if (end >= i + 1) {
                    int first = i > 0 && toks.get(i - 1).word().equals(",") ? i - 1 : i;
                    return new SourceClause(classify(articleId, text, s, i + 1, end, previous), first, lastOfClause(s, end));
                }
                continue;
            }
            if (v.pos().equals("VBG") || v.pos().equals("VBN") && !hasAuxBefore(s, i)) continue;
            int subjStart = subjectStart(s, i);
            if (subjStart < i) {
                boolean trailing = subjStart > 0 && toks.get(subjStart - 1).word().equals(",") && nearEnd(s, i);
                int first = trailing ? subjStart - 1 : leadIn(s, subjStart);
                int last = trailing ? lastOfClause(s, i) : followingThat(s, i);
                return new SourceClause(classify(articleId, text, s, subjStart, i - 1, previous), first, last);
            }
            int end = phraseEnd(s, i + 1);
            if (end >= i + 1 && (i == 0 || Words.isPunct(toks.get(i - 1)))) {
                int first = i > 0 && Words.isPunct(toks.get(i - 1)) ? i - 1 : i;
                return new SourceClause(classify(articleId, text, s, i + 1, end, previous), first, lastOfClause(s, end));
            }
        }
        return SourceClause.NONE;
    }

    /** A trailing attribution's verb is followed by little more than a date: ", the officials said on Monday." */
    private static boolean nearEnd(Sentence s, int verb) {
        int j = verb + 1;
        while (j < s.size() && !s.token(j).word().equals(",") && !s.token(j).lemma().equals("that")) j++;
        return j - verb <= 5 && (j == s.size() || !s.token(j).lemma().equals("that"));
    }

    /** A leading attribution takes its adverb along: "However, a source said that". */
    private static int leadIn(Sentence s, int subjStart) {
        int j = subjStart;
        while (j > 0 && (s.token(j - 1).word().equals(",") || s.token(j - 1).pos().equals("RB") || s.token(j - 1).pos().equals("CC"))) j--;
        return j == 0 ? 0 : subjStart;
    }

    private static boolean hasAuxBefore(Sentence s, int i) {
        return i > 0 && (s.token(i - 1).lemma().equals("have") || i > 1 && s.token(i - 2).lemma().equals("have"));
    }

    /**
     * Start of the noun phrase that is the subject of the verb at i, or i when there is none just before it.
     * A relative clause between them is passed over: "a source who knows the issue, suggested".
     */
    private static int subjectStart(Sentence s, int i) {
        if (i > 0 && s.token(i - 1).word().equals(",")) {
            for (int k = i - 2; k > 0 && k > i - 16; k--) {
                String l = s.token(k).lemma();
                if (l.equals("who") || l.equals("which")) {
                    if (!s.token(k - 1).word().equals(",")) return i;
                    int start = npStart(s, k - 1);
                    return start < k - 1 ? start : i;
                }
                if (Words.isClauseBreak(s.token(k))) break;
            }
            return appositiveSubject(s, i);
        }
        return npStart(s, i);
    }

    /** "..., Thae Yong-ho, a former diplomat now living in Seoul, said": the name before an apposition is the subject. */
    private static int appositiveSubject(Sentence s, int verb) {
        for (int k = verb - 2; k > 0 && k > verb - 16; k--) {
            Token t = s.token(k);
            if (t.word().equals(",")) {
                String first = s.token(k + 1).pos();
                boolean apposition = first.equals("DT") || first.startsWith("JJ") || first.startsWith("NN");
                if (!apposition) return verb;
                int start = npStart(s, k);
                return start < k && s.token(start).pos().startsWith("NNP") ? start : verb;
            }
            if (Words.isClauseBreak(t) || t.pos().startsWith("VB") && !t.pos().equals("VBN") && !t.pos().equals("VBG")) return verb;
        }
        return verb;
    }

    private static int npStart(Sentence s, int i) {
        int j = i - 1;
        while (j >= 0 && (s.token(j).pos().equals("RB") || s.token(j).pos().equals("MD")
                || s.token(j).lemma().equals("have"))) j--;
        int end = j;
        while (j >= 0) {
            Token t = s.token(j);
            String p = t.pos();
            boolean np = p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PRP") || p.equals("PRP$")
                    || p.equals("POS") || p.equals("CD") || p.equals("HYPH") || p.equals("IN") && !Words.SUBORDINATORS.contains(t.lemma())
                    || p.equals("VBN") && j > 0 && s.token(j - 1).pos().startsWith("NN");
            if (!np) break;
            j--;
        }
        int start = j + 1;
        while (start <= end && s.token(start).pos().equals("IN")) start++;
        if (start > end) return i;
        boolean hasHead = false;
        for (int k = start; k <= end; k++) {
            String p = s.token(k).pos();
            if (p.startsWith("NN") || p.equals("PRP")) hasHead = true;
        }
        return hasHead ? start : i;
    }

    /** Last token of a noun phrase starting at i: up to a comma, a full stop or a verb. */
    private static int phraseEnd(Sentence s, int i) {
        int j = i;
        while (j < s.size()) {
            Token t = s.token(j);
            if (t.word().equals(",") || t.word().equals(".") || t.word().equals(";") || t.word().equals(":")
                    || t.pos().startsWith("VB") && !t.pos().equals("VBN") && !t.pos().equals("VBG") || t.lemma().equals("that")) break;
            j++;
        }
        return j - 1;
    }

    /** The clause of a trailing attribution runs to the end of the sentence (", the officials said Aug. 21."). */
    private static int lastOfClause(Sentence s, int from) {
        int j = from;
        while (j + 1 < s.size() && !s.token(j + 1).word().equals(",") && !s.token(j + 1).word().equals(";")) j++;
        if (j + 1 == s.size() - 1 || j == s.size() - 1) return s.size() - 1;
        return j;
    }

    /** A leading attribution ("They said", "The source said that") ends at the verb or its "that". */
    private static int followingThat(Sentence s, int verb) {
        int j = verb;
        while (j + 1 < s.size() && (s.token(j + 1).pos().equals("NNP") && s.token(j + 1).ner().equals("DATE")
                || s.token(j + 1).lemma().equals("that") || s.token(j + 1).word().equals(","))) j++;
        return j;
    }

    Attribution classify(String articleId, String text, Sentence s, int first, int last, Attribution previous) {
        int start = s.token(first).start();
        int end = s.token(last).end();
        String phrase = text.substring(start, end);
        TextSpan span = new TextSpan(articleId, start, end);
        List<Token> toks = s.tokens().subList(first, last + 1);
        String lowerFirst = toks.get(0).lemma();
        if (toks.size() == 1 && Words.PRONOUNS.contains(lowerFirst) || isBackReference(toks)) {
            if (previous != null && previous.kind() != AttributionKind.AUTHOR) return previous;
        }
        List<PhraseMatcher.Hit<org.longarm.pack.Outlet>> outlets = pack.outletMatcher().find(text, start, end);
        if (!outlets.isEmpty()) return new Attribution(AttributionKind.MEDIA, outlets.get(0).value().name(), span);
        boolean person = toks.stream().anyMatch(t -> t.ner().equals("PERSON"));
        boolean proper = toks.stream().anyMatch(t -> t.pos().startsWith("NNP") && !t.ner().equals("LOCATION")
                && !t.ner().equals("MISC"));
        String head = headKind(toks);
        for (PhraseMatcher.Hit<Actor> a : pack.actorMatcher().find(text, start, end)) {
            if (a.value().kind() == Actor.Kind.HOST && !"SOURCE".equals(head) && !isPluralOfficials(toks)) {
                return new Attribution(AttributionKind.OFFICIAL_NAMED, phrase, span);
            }
        }
        if ("MEDIA".equals(head)) return new Attribution(AttributionKind.MEDIA, phrase, span);
        if ("OFFICIAL".equals(head)) {
            boolean body = toks.stream().anyMatch(t -> Bodies.contains(t.lemma())) && !isPluralOfficials(toks);
            boolean named = person || body && (proper || hasOwner(toks));
            return new Attribution(named ? AttributionKind.OFFICIAL_NAMED : AttributionKind.OFFICIAL_ANONYMOUS, phrase, span);
        }
        if ("SOURCE".equals(head)) {
            return new Attribution(person ? AttributionKind.NAMED_SOURCE : AttributionKind.ANONYMOUS_SOURCE, phrase, span);
        }
        if ("GROUP".equals(head)) {
            return new Attribution(proper || person ? AttributionKind.NAMED_SOURCE : AttributionKind.ANONYMOUS_SOURCE, phrase, span);
        }
        if (person || proper) return new Attribution(AttributionKind.NAMED_SOURCE, phrase, span);
        if (toks.size() == 1 && Words.PRONOUNS.contains(lowerFirst)) return Attribution.AUTHOR;
        return new Attribution(AttributionKind.ANONYMOUS_SOURCE, phrase, span);
    }

    private static final java.util.Set<String> Bodies = java.util.Set.of("ministry", "agency", "service", "office",
            "department", "police", "prosecutor", "court", "embassy", "military", "parliament", "assembly", "government",
            "nis", "command", "bureau", "council", "committee");

    private static boolean isPluralOfficials(List<Token> toks) {
        for (Token t : toks) {
            if (t.lemma().equals("of") || t.lemma().equals("from") || t.lemma().equals("at")) return false;
            if (t.pos().equals("NNS") && (t.lemma().equals("official") || t.lemma().equals("authority")
                    || t.lemma().equals("lawmaker") || t.lemma().equals("officer"))) return true;
            if (t.pos().equals("NN") && t.lemma().equals("official") && toks.get(0).lemma().matches("an?|one")) return true;
        }
        return false;
    }

    /** "South Korea's unification ministry": a body owned by a named state is a named body. */
    private static boolean hasOwner(List<Token> toks) {
        return toks.stream().anyMatch(t -> t.pos().equals("POS")) || toks.stream().anyMatch(t -> t.ner().equals("MISC"));
    }

    private static boolean isBackReference(List<Token> toks) {
        if (toks.size() < 2 || toks.size() > 3) return false;
        String d = toks.get(0).lemma();
        return (d.equals("the") || d.equals("this")) && toks.stream().noneMatch(t -> t.pos().startsWith("NNP"));
    }

    /** The kind of the phrase's head: the first source word before "of", "with", "in", or any if none there. */
    private String headKind(List<Token> toks) {
        String found = null;
        for (Token t : toks) {
            String l = t.lemma().toLowerCase(Locale.ROOT);
            if (t.pos().equals("IN") && found != null) break;
            String k = pack.sourceKind(l);
            if (k != null && (t.pos().startsWith("NN") || t.pos().startsWith("JJ"))) {
                if (found == null || k.equals("OFFICIAL") && found.equals("GROUP")) found = k;
                if ("SOURCE".equals(k) || "MEDIA".equals(k)) found = k;
            }
        }
        return found;
    }
}
