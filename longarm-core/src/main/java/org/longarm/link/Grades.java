package org.longarm.link;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.longarm.model.AttributionKind;
import org.longarm.model.Mention;

/**
 * A corroboration grade in the spirit of the Admiralty code, with the reasons for it: a letter for the sources
 * (A best, F cannot be judged) and a digit for the credibility of the claim (1 confirmed by independent origins ..
 * 5 improbable, 6 cannot be judged). The letter is the best reliability the outlet profile ({@code outlets.tsv})
 * gives an origin, else what the attributions allow; independent origins, hedges, anonymous-only sourcing and
 * conflicting values move the digit.
 */
final class Grades {
    private Grades() {}

    /** The grade and, in words, why. */
    record Assessment(String grade, List<String> reasons) {}

    static String grade(List<Report> reports, int independentOrigins, boolean conflict) {
        List<String> origins = new ArrayList<>();
        for (int i = 0; i < independentOrigins; i++) origins.add("origin " + i);
        return assess(reports, origins, conflict, o -> null).grade();
    }

    static Assessment assess(List<Report> reports, List<String> origins, boolean conflict, Function<String, String> reliability) {
        List<String> reasons = new ArrayList<>();
        boolean allHedged = true;
        boolean named = false;
        boolean anonymousOnly = true;
        for (Report r : reports) {
            for (Mention m : r.incident().mentions()) {
                if (!m.hedged()) allHedged = false;
                AttributionKind k = m.attribution().kind();
                if (k == AttributionKind.OFFICIAL_NAMED || k == AttributionKind.NAMED_SOURCE || k == AttributionKind.AUTHOR) named = true;
                if (k != AttributionKind.ANONYMOUS_SOURCE) anonymousOnly = false;
            }
        }
        Character best = null;
        String bestOrigin = null;
        for (String o : origins) {
            String letter = reliability.apply(o);
            if (letter != null && !letter.isEmpty() && (best == null || letter.charAt(0) < best)) {
                best = letter.charAt(0);
                bestOrigin = o;
            }
        }
        char letter;
        if (best != null) {
            letter = best;
            reasons.add("source reliability " + letter + " from the outlet profile of " + bestOrigin);
        } else {
            letter = named ? 'B' : anonymousOnly ? 'D' : 'C';
            reasons.add("no origin in the outlet profile; reliability " + letter + " from the attributions ("
                    + (named ? "named or the outlet's own" : anonymousOnly ? "anonymous only" : "anonymous officials or media") + ")");
        }
        int n = origins.size();
        int credibility = n >= 3 ? 1 : n == 2 ? 2 : 3;
        reasons.add(n + (n == 1 ? " independent origin" : " independent origins") + (n > 0 ? ": " + String.join(", ", origins) : ""));
        if (allHedged) {
            credibility = Math.min(6, credibility + 1);
            reasons.add("every mention is hedged");
        }
        if (anonymousOnly && !allHedged) {
            credibility = Math.min(6, credibility + 1);
            reasons.add("only anonymous sources");
        }
        if (conflict) {
            credibility = Math.min(6, credibility + 1);
            reasons.add("the articles give conflicting values");
        }
        return new Assessment("" + letter + credibility, List.copyOf(reasons));
    }
}
