package org.longarm.link;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.longarm.model.ArticleIncident;
import org.longarm.model.Mention;
import org.longarm.model.Target;
import org.longarm.model.TargetKind;
import org.longarm.model.TimeInterval;

/**
 * How likely two reports (of one type, from two articles) are one real occurrence: hard conflicts (explicit times
 * that do not overlap, different countries, different named people) rule a link out; agreement on count, place,
 * names, time and the words of the evidence adds up. A link needs an anchor: overlapping explicit times, one place,
 * one named person or a count on both sides.
 */
final class PairScorer {
    static final double LINK = 3.0;

    record Pair(Report a, Report b, double score) {}

    Pair score(Report ra, Report rb) {
        ArticleIncident a = ra.incident();
        ArticleIncident b = rb.incident();
        double score = 0;
        boolean anchored = false;
        boolean ta = a.time().expression() != null;
        boolean tb = b.time().expression() != null;
        if (!widen(a.time()).overlaps(widen(b.time()))) return null;
        if (ta && tb) {
            score += 1.5;
            anchored = true;
        } else if (!ta && !tb && farApart(ra, rb)) {
            return null;
        }
        if (publishedWithin(ra, rb, 14)) score += 1;
        if (a.location() != null && b.location() != null && a.location().country() != null && b.location().country() != null) {
            if (!a.location().country().equals(b.location().country())) return null;
            score += 1;
            if (a.location().place() != null && a.location().place().equalsIgnoreCase(String.valueOf(b.location().place()))) {
                score += 1;
                anchored = true;
            }
        }
        List<List<String>> na = names(a);
        List<List<String>> nb = names(b);
        if (!na.isEmpty() && !nb.isEmpty()) {
            if (na.stream().noneMatch(x -> nb.stream().anyMatch(y -> samePerson(x, y)))) return null;
            score += 3;
            anchored = true;
        }
        if (a.count() != null && b.count() != null) {
            score += a.count().value() == b.count().value() ? 2 : 0.5;
            anchored = true;
        }
        if (a.perpetrator() != null && b.perpetrator() != null && a.perpetrator().name().equals(b.perpetrator().name())) score += 0.5;
        score += 3 * jaccard(words(a), words(b));
        return anchored ? new Pair(ra, rb, score) : null;
    }

    /**
     * Reports of one event often disagree on the day ("on Oct. 9", "on Friday"): intervals of a week or less get a
     * week's slack on each side before they are compared.
     */
    static TimeInterval widen(TimeInterval t) {
        if (t.from() == null || t.to() == null || java.time.temporal.ChronoUnit.DAYS.between(t.from(), t.to()) > 7) return t;
        return new TimeInterval(t.from().minusDays(7), t.to().plusDays(7), t.expression(), t.span());
    }

    private static boolean publishedWithin(Report a, Report b, int days) {
        java.time.LocalDate pa = a.result().article().publishedDate();
        java.time.LocalDate pb = b.result().article().publishedDate();
        return pa != null && pb != null && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(pa, pb)) <= days;
    }

    /** Two reports that give no time of their own and were published more than a year apart are not linked. */
    private static boolean farApart(Report a, Report b) {
        java.time.LocalDate pa = a.result().article().publishedDate();
        java.time.LocalDate pb = b.result().article().publishedDate();
        return pa == null || pb == null || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(pa, pb)) > 365;
    }

    /** The proper names among the targets, each as its lower-case words: "Kim Jong-nam" is [kim, jong, nam]. */
    static List<List<String>> names(ArticleIncident ai) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (Target t : ai.targets()) {
            if (t.kind() != TargetKind.PERSON || !isProperName(t.name())) continue;
            List<String> words = new java.util.ArrayList<>();
            for (String w : t.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (!w.isEmpty()) words.add(w);
            if (words.size() >= 2) out.add(words);
        }
        return out;
    }

    /**
     * Two names are one person when they are written the same ("Kim Jong-nam", "Kim Jong Nam") or every word of the
     * shorter stands in the longer ("Jo Song-gil", "Ambassador Jo Song-gil"); a shared surname is not enough.
     */
    static boolean samePerson(List<String> x, List<String> y) {
        if (String.join("", x).equals(String.join("", y))) return true;
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        return shorter.size() >= 2 && longer.containsAll(shorter);
    }

    /** "Jo Song-gil" is a name; "Their daughter" and "a senior diplomat" are roles. */
    static boolean isProperName(String s) {
        String[] words = s.trim().split("[ ]+");
        if (words.length < 2) return false;
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        }
        String last = words[words.length - 1];
        return !last.matches(".*(ans|ese|ean|ian|ers)") && !s.matches("(?i)(the|their|his|her|a|an) .*");
    }

    private static final Set<String> STOP = Set.of("the", "and", "that", "with", "for", "was", "were", "has", "have", "had",
            "from", "this", "his", "her", "their", "they", "who", "which", "its", "been", "are", "but", "not", "said",
            "north", "korea", "korean", "koreans", "south", "after", "into", "than", "also", "over", "about");

    private static Set<String> words(ArticleIncident ai) {
        Set<String> out = new HashSet<>();
        for (Mention m : ai.mentions()) {
            for (String w : m.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 2 && !STOP.contains(w)) out.add(w);
            }
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) inter.size() / union.size();
    }

    static boolean explicit(TimeInterval t) {
        return t.expression() != null;
    }
}
