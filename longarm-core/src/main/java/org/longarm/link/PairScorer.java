package org.longarm.link;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.longarm.model.ArticleIncident;
import org.longarm.model.TimeInterval;

/**
 * How likely two reports (of one type, from two articles) are one real occurrence: hard conflicts (explicit times
 * that do not overlap, different countries, different named people) rule a link out; agreement on count, place,
 * names, time and the words of the evidence adds up. A link needs an anchor: overlapping explicit times, one place,
 * one named person or a count on both sides.
 */
final class PairScorer {
    static final double LINK = 3.0;
    /** Pairs between this and {@link #LINK} are kept apart but recorded as candidate links. */
    static final double CANDIDATE = 2.0;

    record Pair(Report a, Report b, double score) {}

    Pair score(Report ra, Report rb) {
        Features a = ra.features();
        Features b = rb.features();
        double score = 0;
        boolean anchored = false;
        if (!a.time().overlaps(b.time())) return null;
        if (a.explicit() && b.explicit()) {
            score += 1.5;
            anchored = true;
        } else if (!a.explicit() && !b.explicit() && farApart(a, b)) {
            return null;
        }
        if (publishedWithin(a, b, 14)) score += 1;
        if (a.country() != null && b.country() != null) {
            if (!a.country().equals(b.country())) return null;
            score += 1;
            if (a.place() != null && a.place().equals(b.place())) {
                score += 1;
                anchored = true;
            }
        }
        if (!a.names().isEmpty() && !b.names().isEmpty()) {
            if (a.names().stream().noneMatch(x -> b.names().stream().anyMatch(y -> samePerson(x, y)))) return null;
            score += 3;
            anchored = true;
        }
        if (a.count() != null && b.count() != null) {
            score += a.count().equals(b.count()) ? 2 : 0.5;
            anchored = true;
        }
        if (a.perpetrator() != null && a.perpetrator().equals(b.perpetrator())) score += 0.5;
        score += 3 * jaccard(a.words(), b.words());
        return anchored ? new Pair(ra, rb, score) : null;
    }

    private static boolean publishedWithin(Features a, Features b, int days) {
        return a.published() != null && b.published() != null
                && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a.published(), b.published())) <= days;
    }

    /** Two reports that give no time of their own and were published more than a year apart are not linked. */
    private static boolean farApart(Features a, Features b) {
        return a.published() == null || b.published() == null
                || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a.published(), b.published())) > 365;
    }

    static boolean samePerson(List<String> x, List<String> y) {
        return Names.samePerson(x, y);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) inter.size() / union.size();
    }

}
