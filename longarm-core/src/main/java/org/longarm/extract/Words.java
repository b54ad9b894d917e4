package org.longarm.extract;

import java.util.Set;
import org.longarm.nlp.Sentence;
import org.longarm.nlp.Token;

/** Small closed-class word lists the stages share: these are English grammar, not domain data. */
final class Words {
    static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor", "deny", "without");
    static final Set<String> MODALS = Set.of("may", "might", "could", "would", "should", "can", "will", "shall", "must");
    /** Words that, just before a trigger, say the act is not asserted: "to prevent defection", "against possible attacks". */
    static final Set<String> IRREALIS = Set.of("fear", "worry", "concern", "possible", "potential", "prevent", "stop",
            "curb", "deter", "discourage", "against", "avoid", "risk", "unlikely", "if", "whether", "vulnerable",
            "danger", "rumor", "rumour", "speculation", "speculate", "chance", "prevention", "possibility", "unclear",
            "lest", "suspicion", "face", "facing", "await", "awaiting", "expect", "expected");
    /** Words that anywhere before a trigger in its sentence keep it from being asserted: "officials fear ... who flee". */
    static final Set<String> DISTANT_IRREALIS = Set.of("fear", "worry", "concern", "unclear", "whether", "speculation",
            "speculate", "rumor", "rumour", "possibility", "if", "unless", "hypothetical");
    /** Negative evidence phrases, by their second word: "no evidence", "no sign", "no indication". */
    static final Set<String> NO_WHAT = Set.of("evidence", "sign", "indication", "proof", "record", "confirmation");
    static final Set<String> GENERIC = Set.of("routinely", "usually", "often", "typically", "generally", "regularly",
            "frequently", "commonly", "normally", "tend", "systematically", "habitually", "sometimes", "increasingly",
            "effort", "tactic", "method", "practice", "typical", "term", "definition", "phenomenon");
    static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "’s");
    static final Set<String> SUBORDINATORS = Set.of("that", "who", "which", "after", "before", "when", "while", "because",
            "although", "though", "since", "until", "whom", "whose", "where");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");


    private Words() {}

    static boolean isPunct(Token t) {
        return t.word().matches("[,;:()\\[\\]\"“”‘’'—–-]+");
    }

    static boolean isClauseBreak(Token t) {
        String w = t.word();
        return w.equals(";") || w.equals(":") || w.equals("—") || w.equals("–") || w.equals("(") || w.equals(")");
    }

    /** Index of the last token of the clause holding token i: before the nearest break or subordinator to the right. */
    static int clauseEnd(Sentence s, int i) {
        for (int j = i + 1; j < s.size(); j++) {
            Token t = s.token(j);
            if (isClauseBreak(t) || SUBORDINATORS.contains(t.lemma()) && !t.pos().equals("DT")) return j - 1;
            if (t.word().equals(",") && j + 1 < s.size() && (s.token(j + 1).lemma().equals("and") || s.token(j + 1).lemma().equals("but"))) {
                return j - 1;
            }
        }
        return s.size() - 1;
    }

    /**
     * The tokens that can name who a trigger is about: its clause, and for a relative clause ("Jo, the envoy to
     * Italy, who fled in 2018") the phrase it hangs on, back to the previous clause or list item.
     */
    static int[] scope(Sentence s, int first, int last) {
        int from = clauseStart(s, first);
        int to = clauseEnd(s, last);
        if (from > 0 && Set.of("who", "whom", "whose", "which").contains(s.token(from - 1).lemma())) {
            int j = from - 2;
            int commas = 0;
            while (j > 0 && !isClauseBreak(s.token(j)) && !SUBORDINATORS.contains(s.token(j).lemma()) && from - j < 25) {
                if (s.token(j).word().equals(",") && ++commas > 2) break;
                if (s.token(j).lemma().equals("and") && j > 0 && s.token(j - 1).word().equals(",")) break;
                j--;
            }
            from = j + 1;
        }
        return new int[] {from, to};
    }

    /** Index of the first token of the clause holding token i: after the nearest break or subordinator to the left. */
    static int clauseStart(Sentence s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Token t = s.token(j);
            if (isClauseBreak(t) || SUBORDINATORS.contains(t.lemma()) && !t.pos().equals("DT")) return j + 1;
        }
        return 0;
    }
}
