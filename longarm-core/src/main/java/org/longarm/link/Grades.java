package org.longarm.link;

import java.util.List;
import org.longarm.model.AttributionKind;
import org.longarm.model.Mention;

/**
 * A corroboration grade in the spirit of the Admiralty code: a letter for the sources (A best, F cannot be judged)
 * and a digit for the credibility of the claim (1 confirmed by independent origins .. 5 improbable, 6 cannot be
 * judged). Independent origins, hedges, attribution kinds and conflicts move the digit.
 */
final class Grades {
    private Grades() {}

    static String grade(List<Report> reports, int independentOrigins, boolean conflict) {
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
        int credibility = independentOrigins >= 3 ? 1 : independentOrigins == 2 ? 2 : 3;
        if (allHedged) credibility = Math.min(6, credibility + 1);
        if (conflict) credibility = Math.min(6, credibility + 1);
        char reliability = named ? 'B' : anonymousOnly ? 'D' : 'C';
        return "" + reliability + credibility;
    }
}
