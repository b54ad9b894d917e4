package org.longarm.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * What linking compares of a report, worked out once: its time (with a week's slack for day-precise dates),
 * whether the text gave that time, the publication date, country, place, count, proper names of targets, the words
 * of its evidence and its perpetrator; and the keys under which it meets the reports it may be linked to.
 */
record Features(TimeInterval time, boolean explicit, LocalDate published, String country, String place, Integer count,
                List<List<String>> names, Set<String> words, String perpetrator) {

    static Features of(Report r) {
        ArticleIncident a = r.incident();
        String country = a.location() == null ? null : a.location().country();
        String place = a.location() == null || a.location().place() == null ? null : a.location().place().toLowerCase(Locale.ROOT);
        return new Features(widen(a.time()), a.time().expression() != null, r.result().article().publishedDate(), country, place,
                a.count() == null ? null : a.count().value(), names(a), words(a),
                a.perpetrator() == null ? null : a.perpetrator().name());
    }

    /**
     * Keys a report is filed under: each name, its place, its count's size class (within a year of publication) and
     * the months (or years, for long intervals) of an explicit time. Two reports can only link when they share an anchor, so comparing the
     * reports that share a key finds every pair worth scoring, in near-linear time.
     */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (List<String> n : names) {
            for (int i = 0; i + 1 < n.size(); i++) keys.add("n:" + n.get(i) + " " + n.get(i + 1));
        }
        if (place != null) keys.add("p:" + place);
        if (count != null) {
            int bucket = (int) Math.floor(Math.log(count) / Math.log(1.5));
            int year = published == null ? 0 : published.getYear();
            for (int b = bucket; b <= bucket + 1; b++) {
                keys.add("c:" + b + ":" + year);
                keys.add("c:" + b + ":" + (year + 1));
            }
        }
        if (explicit && time.from() != null && time.to() != null) {
            long months = ChronoUnit.MONTHS.between(time.from().withDayOfMonth(1), time.to().withDayOfMonth(1));
            if (months <= 6) {
                for (LocalDate m = time.from().withDayOfMonth(1); !m.isAfter(time.to()); m = m.plusMonths(1)) keys.add("m:" + m);
            } else if (months <= 48) {
                for (int y = time.from().getYear(); y <= time.to().getYear(); y++) keys.add("y:" + y);
            }
        }
        return keys;
    }

    /** Long explicit intervals meet short ones through the years those cover. */
    List<String> queryKeys() {
        List<String> keys = new ArrayList<>(keys());
        if (explicit && time.from() != null && time.to() != null && ChronoUnit.MONTHS.between(time.from(), time.to()) <= 6) {
            for (int y = time.from().getYear(); y <= time.to().getYear(); y++) keys.add("y:" + y);
        }
        return keys;
    }

    /**
     * Reports of one event often disagree on the day ("on Oct. 9", "on Friday"): intervals of a week or less get a
     * week's slack on each side before they are compared.
     */
    static TimeInterval widen(TimeInterval t) {
        if (t.from() == null || t.to() == null || ChronoUnit.DAYS.between(t.from(), t.to()) > 7) return t;
        return new TimeInterval(t.from().minusDays(7), t.to().plusDays(7), t.expression(), t.span());
    }

    /** The proper names among the targets, each as its lower-case words: "Kim Jong-nam" is [kim, jong, nam]. */
    static List<List<String>> names(ArticleIncident ai) {
        List<List<String>> out = new ArrayList<>();
        for (Target t : ai.targets()) {
            if (t.kind() != TargetKind.PERSON || !isProperName(t.name())) continue;
            List<String> words = new ArrayList<>();
            for (String w : t.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (!w.isEmpty()) words.add(w);
            if (words.size() >= 2) out.add(List.copyOf(words));
        }
        return List.copyOf(out);
    }

    static boolean isProperName(String s) {
        return Names.isProperName(s);
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
        return Set.copyOf(out);
    }
}
