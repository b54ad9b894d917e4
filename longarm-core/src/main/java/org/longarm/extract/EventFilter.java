package org.longarm.extract;

import org.longarm.nlp.Sentence;
import org.longarm.nlp.Token;

/**
 * Says why a trigger does not narrate an act the conventions code: negated, feared or predicted, habitual or
 * generic, an aggregate ("defections" in general), or inside a headline. Returns null when the act stands.
 */
final class EventFilter {
    private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("numerous", "countless", "many", "various", "every");
    private static final java.util.Set<String> AGGREGATE_SUBJECTS = java.util.Set.of("many", "some", "most", "thousands",
            "hundreds", "dozens", "several", "few", "others", "all");
    private static final java.util.Set<String> ORDINARY_CRIME = java.util.Set.of("unrelated", "robbery", "quarrel",
            "burglary", "mugging", "brawl", "drunken", "accident", "domestic", "fight", "dispute");
    private static final java.util.Set<String> SUPERLATIVES = java.util.Set.of("first", "latest", "only", "highest",
            "most", "youngest", "oldest", "senior-most", "highest-level", "highest-ranking");
    private static final java.util.Set<String> PROGRAMS = java.util.Set.of("program", "programme", "scheme", "campaign", "policy",
            "law", "issue", "problem", "question", "case", "row", "dispute");
    static final java.util.Set<String> FICTION = java.util.Set.of("drama", "film", "movie", "novel", "episode",
            "starring", "fictional", "screenplay", "sitcom", "musical", "thriller");
    private static final java.util.Set<String> FUGITIVES = java.util.Set.of("suspect", "assassin", "attacker", "killer",
            "gunman", "hitman", "perpetrator", "culprit", "murderer");
    private static final java.util.Set<String> ACCUSED = java.util.Set.of("accuse", "accused", "charge", "convict", "suspect");
    /** Words that ask for a return rather than tell of one: "demanded the extradition", "asked Sweden to extradite". */
    static final java.util.Set<String> REQUESTS = java.util.Set.of("demand", "request", "ask", "seek", "want", "urge",
            "press", "petition", "call", "apply", "bid", "push");
    /** How far before a return trigger a request word still governs it. */
    static final int REQUEST_WINDOW = 6;

    /** Why a trigger was dropped: the kind of rule (for tests and counts) and the words that made it fire. */
    record Rejection(Why why, String detail) {
        /** The kinds of reading the annotation conventions do not code. */
        enum Why { HEADLINE, QUESTION, CAPTION, AGGREGATE, HABITUAL, GENERIC_PRESENT, PRACTICE, PROGRAMME, NOT_ASSERTED,
            NEGATED, LABEL, ORDINARY_CRIME, FICTION, REQUEST, BARE_NOUN }

        Rejection {
            java.util.Objects.requireNonNull(why, "why");
            java.util.Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String toString() {
            return detail;
        }
    }

    /** The first rule that drops the trigger, or null when the act stands. */
    Rejection rejects(TriggerHit hit) {
        Sentence s = hit.sentence();
        Token last = s.token(s.size() - 1);
        if (!last.word().matches(".*[.!?\"”’']$")) return new Rejection(Rejection.Why.HEADLINE, "headline or caption");
        if (last.word().equals("?")) return new Rejection(Rejection.Why.QUESTION, "a question");
        if (caption(s)) return new Rejection(Rejection.Why.CAPTION, "headline or caption");
        if (sinceAYear(s, hit)) return new Rejection(Rejection.Why.AGGREGATE, "an aggregate over the years ('since ...')");
        if (AGGREGATE_SUBJECTS.contains(s.token(0).lemma()) && Words.clauseStart(s, hit.first()) == 0) {
            return new Rejection(Rejection.Why.AGGREGATE, "aggregate subject ('" + s.token(0).word() + "')");
        }
        for (int j = 0; j + 2 < s.size(); j++) {
            String a = s.token(j).lemma();
            String b = s.token(j + 1).lemma();
            String c = s.token(j + 2).lemma();
            if ((a.equals("over") && b.equals("the") || a.equals("for") && b.equals("year") || a.equals("for") && b.equals("decade"))
                    && (c.equals("year") || c.equals("decade") || b.equals("year") || b.equals("decade"))) return new Rejection(Rejection.Why.HABITUAL, "habitual ('" + a + " " + b + "')");
        }
        if (hit.type() != org.longarm.model.IncidentType.THREAT) {
            for (int j = 0; j < hit.first(); j++) {
                Token t = s.token(j);
                if (t.pos().equals("MD") && !followedByHave(s, j) && !t.lemma().equals("will") || t.lemma().equals("would") && !followedByHave(s, j)) {
                    return new Rejection(Rejection.Why.NOT_ASSERTED, "not asserted (modal '" + t.word() + "')");
                }
            }
        }
        int hh = hit.head();
        if (hit.headToken().pos().equals("VB") && hh > 0 && s.token(hh - 1).lemma().equals("to")) {
            for (int j = Math.max(0, hh - 9); j < hh - 1; j++) {
                Token t = s.token(j);
                if (t.pos().equals("JJS") || SUPERLATIVES.contains(t.lemma())) {
                    return new Rejection(Rejection.Why.LABEL, "a label ('" + t.word() + " ... to " + hit.headToken().word() + "')");
                }
            }
        }
        org.longarm.model.IncidentType ty = hit.type();
        boolean killsOrSeizes = ty == org.longarm.model.IncidentType.ASSASSINATION || ty == org.longarm.model.IncidentType.ABDUCTION
                || ty == org.longarm.model.IncidentType.EXECUTION;
        if (killsOrSeizes) {
            for (Token t : s.tokens()) {
                if (ORDINARY_CRIME.contains(t.lemma())) return new Rejection(Rejection.Why.ORDINARY_CRIME, "ordinary crime ('" + t.word() + "')");
            }
        }
        if (killsOrSeizes && hit.headToken().isVerb() && genericObject(s, hit)) {
            return new Rejection(Rejection.Why.PRACTICE, "a practice, not an act (bare plural object, no time)");
        }
        Token after = hit.last() + 1 < s.size() ? s.token(hit.last() + 1) : null;
        if (after != null && PROGRAMS.contains(after.lemma())) return new Rejection(Rejection.Why.PROGRAMME, "a programme, not an act ('" + after.word() + "')");
        int h = hit.first();
        Token head = hit.headToken();
        int from = Math.max(Words.clauseStart(s, h), h - 7);
        for (int j = from; j < h; j++) {
            Token t = s.token(j);
            String l = t.lemma();
            if (Words.NEGATIONS.contains(l) && !(l.equals("no") && j + 1 < s.size()
                    && java.util.Set.of("longer", "choice", "option", "alternative").contains(s.token(j + 1).lemma()))) {
                return new Rejection(Rejection.Why.NEGATED, "negated by '" + t.word() + "'");
            }
            if (Words.IRREALIS.contains(l)) return new Rejection(Rejection.Why.NOT_ASSERTED, "not asserted ('" + t.word() + "')");
            if (t.pos().equals("MD") && !followedByHave(s, j) && j >= h - 3) return new Rejection(Rejection.Why.NOT_ASSERTED, "modal '" + t.word() + "'");
        }
        for (int j = Math.max(0, h - 25); j < h; j++) {
            Token t = s.token(j);
            if (Words.DISTANT_IRREALIS.contains(t.lemma())) return new Rejection(Rejection.Why.NOT_ASSERTED, "not asserted ('" + t.word() + "')");
            if ((t.lemma().equals("no") || t.lemma().equals("little")) && j + 1 < h && Words.NO_WHAT.contains(s.token(j + 1).lemma())) {
                return new Rejection(Rejection.Why.NEGATED, "negated ('" + t.word() + " " + s.token(j + 1).word() + "')");
            }
            if (t.lemma().equals("deny")) return new Rejection(Rejection.Why.NEGATED, "denied");
        }
        for (int j = 0; j < s.size(); j++) {
            if (Words.GENERIC.contains(s.token(j).lemma()) && Math.abs(j - h) < 12) return new Rejection(Rejection.Why.HABITUAL, "habitual ('" + s.token(j).word() + "')");
        }
        for (int j = 0; j < s.size(); j++) {
            Token t = s.token(j);
            if (FICTION.contains(t.lemma())) return new Rejection(Rejection.Why.FICTION, "fiction ('" + t.word() + "')");
            if (t.lemma().equals("series") && j > 0 && s.token(j - 1).lemma().matches(".*part|tv|television|drama|streaming|netflix|hit")) {
                return new Rejection(Rejection.Why.FICTION, "fiction ('" + s.token(j - 1).word() + " series')");
            }
        }
        if (head.isNoun()) {
            for (int j = Words.clauseStart(s, h); j < h; j++) {
                if (s.token(j).pos().equals("MD") && !followedByHave(s, j)) return new Rejection(Rejection.Why.NOT_ASSERTED, "modal '" + s.token(j).word() + "'");
            }
        }
        if (hit.type() == org.longarm.model.IncidentType.DEFECTION) {
            for (int j = Words.clauseStart(s, h); j < h; j++) {
                if (s.token(j).isNoun() && FUGITIVES.contains(s.token(j).lemma())) return new Rejection(Rejection.Why.ORDINARY_CRIME, "the " + s.token(j).word() + " fled a crime, not a state");
            }
        }
        if (hit.type() == org.longarm.model.IncidentType.ASSASSINATION) {
            for (int j = Math.max(0, h - 3); j < h; j++) {
                if (ACCUSED.contains(s.token(j).lemma())) return new Rejection(Rejection.Why.ORDINARY_CRIME, "a crime alleged against '" + s.token(j).word() + "'");
            }
        }
        if (hit.type() == org.longarm.model.IncidentType.FORCED_RETURN) {
            // an extradition request, a demand for a return: the conventions code returns, not requests
            for (int j = Math.max(0, h - REQUEST_WINDOW); j < h; j++) {
                if (REQUESTS.contains(s.token(j).lemma())) return new Rejection(Rejection.Why.REQUEST, "a request for a return ('" + s.token(j).word() + "')");
            }
            if (h + 1 < s.size() && java.util.Set.of("request", "demand", "bid", "treaty", "law", "hearing", "proceeding")
                    .contains(s.token(h + 1).lemma())) return new Rejection(Rejection.Why.REQUEST, "a request or a law, not a return ('" + s.token(h + 1).word() + "')");
        }
        boolean ongoingNow = false;
        for (int j = Math.max(0, h - 4); j < h; j++) {
            if (java.util.Set.of("now", "currently", "still").contains(s.token(j).lemma())) ongoingNow = true;
        }
        if (head.isVerb() && (head.pos().equals("VBZ") || head.pos().equals("VBP")) && !auxBefore(s, h) && !ongoingNow) {
            return new Rejection(Rejection.Why.GENERIC_PRESENT, "present tense ('" + head.word() + "'): generic or fiction");
        }
        if (head.isNoun()) {
            for (int j = h - 1; j >= Math.max(0, h - 4); j--) {
                Token v = s.token(j);
                if (!v.isVerb()) continue;
                if ((v.pos().equals("VBZ") || v.pos().equals("VBP")) && !Words.BE.contains(v.lemma()) && !v.lemma().equals("have")
                        && !auxBefore(s, j)) return new Rejection(Rejection.Why.GENERIC_PRESENT, "present tense ('" + v.word() + "'): generic");
                break;
            }
        }
        if (hit.first() == hit.last() && (head.pos().equals("NN")) && !determined(s, h)) {
            return new Rejection(Rejection.Why.BARE_NOUN, "bare noun ('" + head.word() + "')");
        }
        if (head.isPluralNoun() && !specific(s, hit)) return new Rejection(Rejection.Why.AGGREGATE, "aggregate ('" + head.word() + "')");
        for (int j = Math.max(0, hit.first() - 3); j < Math.min(s.size(), hit.last() + 4); j++) {
            if (QUANTIFIERS.contains(s.token(j).lemma())) return new Rejection(Rejection.Why.AGGREGATE, "aggregate ('" + s.token(j).word() + "')");
        }
        if (hit.type() == org.longarm.model.IncidentType.DEFECTION && head.isVerb() && bareSubject(s, hit.first())) {
            return new Rejection(Rejection.Why.AGGREGATE, "aggregate subject");
        }
        return null;
    }

    /** How many words of fiction ("film", "novel", "starring") make a whole article a review of fiction. */
    static final int FICTION_ARTICLE = 3;

    /** A review of a film, novel or series: every act it tells is the story's, whatever each sentence says. */
    static boolean fictionArticle(java.util.List<Sentence> sentences) {
        int n = 0;
        for (Sentence s : sentences) for (Token t : s.tokens()) if (FICTION.contains(t.lemma())) n++;
        return n >= FICTION_ARTICLE;
    }

    /** "Photo caption: ...", "Caption: ...", "Photo: ...": a picture's caption retells, it does not report. */
    static boolean caption(Sentence s) {
        if (s.size() < 2) return false;
        String a = s.token(0).lemma();
        String b = s.token(1).word();
        String c = s.size() > 2 ? s.token(2).word() : "";
        return (a.equals("photo") || a.equals("caption") || a.equals("picture")) && b.equals(":")
                || a.equals("photo") && s.token(1).lemma().equals("caption") && c.equals(":")
                || a.equals("(") && s.token(1).lemma().equals("photo");
    }

    /** Returns, seizures and flights that can be told once: the types an aggregate over the years is made of. */
    private static final java.util.Set<org.longarm.model.IncidentType> COUNTABLE = java.util.EnumSet.of(
            org.longarm.model.IncidentType.FORCED_RETURN, org.longarm.model.IncidentType.ABDUCTION,
            org.longarm.model.IncidentType.DEFECTION, org.longarm.model.IncidentType.ASSASSINATION);

    /**
     * "About 1,000 suspects have been returned since 2014", "more than 100 people were abducted since the coup": a
     * count of acts over a span of time ("since" and a date or year in the clause, a number or a plural) is an
     * aggregate, not one act.
     */
    /** How far after the trigger "since ..." still dates the count ("returned to Turkey since 2014"). */
    static final int SINCE_WINDOW = 5;

    static boolean sinceAYear(Sentence s, TriggerHit hit) {
        if (!COUNTABLE.contains(hit.type())) return false;
        int from = Words.clauseStart(s, hit.first());
        int to = Math.min(s.size() - 1, hit.last() + SINCE_WINDOW);
        boolean since = false;
        boolean many = false;
        for (int j = from; j <= to && j < s.size(); j++) {
            Token t = s.token(j);
            if (t.lemma().equals("since") && j + 1 < s.size()
                    && (s.token(j + 1).pos().equals("CD") || s.token(j + 1).ner().equals("DATE") || s.token(j + 1).lemma().equals("the"))) since = true;
            if (j < hit.first() && (t.pos().equals("CD") || t.isPluralNoun())) many = true;
        }
        return since && many;
    }

    /**
     * "North Koreans have defected in quick succession", "more officials have fled": a plural subject with no
     * determiner, number or possessive names a trend, not an event.
     */
    private static boolean bareSubject(Sentence s, int trigger) {
        int start = Words.clauseStart(s, trigger);
        int j = trigger - 1;
        while (j >= start && (s.token(j).pos().equals("RB") || s.token(j).lemma().equals("have")
                || s.token(j).lemma().equals("be") || s.token(j).pos().equals("MD"))) j--;
        if (j < start || !s.token(j).isPluralNoun()) return false;
        int k = j;
        while (k - 1 >= start && (s.token(k - 1).pos().startsWith("NN") || s.token(k - 1).pos().startsWith("JJ")
                || s.token(k - 1).pos().equals("HYPH") || s.token(k - 1).lemma().equals("more"))) k--;
        if (k - 1 >= start && s.token(k - 1).word().equals(",")) return false;
        String det = k - 1 >= start ? s.token(k - 1).pos() : "";
        boolean determined = det.equals("DT") || det.equals("CD") || det.equals("PRP$") || det.equals("POS");
        return !determined && !s.token(k).pos().equals("CD");
    }

    /** "North Korea has killed defectors before": a bare plural object and no date in the sentence tell of a practice. */
    private static boolean genericObject(Sentence s, TriggerHit hit) {
        int j = hit.last() + 1;
        if (j >= s.size()) return false;
        Token o = s.token(j);
        if (!(o.pos().equals("NNS") || o.pos().equals("NNPS") || o.pos().startsWith("JJ") && j + 1 < s.size() && s.token(j + 1).pos().equals("NNS"))) return false;
        for (Token t : s.tokens()) {
            if (t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION") || t.word().matches("(19|20)\\d\\d")) return false;
        }
        return true;
    }

    private static boolean auxBefore(Sentence s, int h) {
        for (int j = h - 1; j >= Math.max(0, h - 3); j--) {
            String l = s.token(j).lemma();
            if (l.equals("have") || l.equals("be") || l.equals("do") || s.token(j).pos().equals("MD")) return true;
        }
        return false;
    }

    /** A singular event noun names one act with a determiner, a possessive, a modifier or an "of": "the execution of". */
    private static boolean determined(Sentence s, int h) {
        if (h + 1 < s.size() && java.util.Set.of("of", "on", "against").contains(s.token(h + 1).lemma())) return true;
        for (int j = h - 1; j >= Math.max(0, h - 4); j--) {
            String p = s.token(j).pos();
            if (p.equals("DT") || p.equals("PRP$") || p.equals("POS") || p.equals("CD")) return true;
            if (!(p.startsWith("JJ") || p.startsWith("NN") || p.equals("HYPH") || p.equals("VBN"))) return false;
        }
        return false;
    }

    private static boolean followedByHave(Sentence s, int j) {
        return j + 1 < s.size() && s.token(j + 1).lemma().equals("have");
    }

    /** A plural event noun is one incident only with a determiner and an "of" naming who: "the abductions of 17 Japanese". */
    private static boolean specific(Sentence s, TriggerHit hit) {
        int h = hit.head();
        boolean of = h + 1 < s.size() && s.token(h + 1).lemma().equals("of")
                && h + 2 < s.size() && (s.token(h + 2).pos().equals("CD") || s.token(h + 2).pos().startsWith("NNP"));
        return of;
    }
}
