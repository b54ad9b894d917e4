package org.longarm.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.longarm.model.Checks;

/** Runs every rule over a region, keeps the longest of overlapping candidates, then joins ranges and operators. */
final class Finder {
    private Finder() {}

    /** In order of preference between candidates of the same span. */
    private static final List<Rule> RULES = List.of(new DateRules(), new YearRules(), new SeasonRules(),
            new RelativeRules(), new DayRules());

    static List<TimeMention> find(String text, int regionStart, int regionEnd, LocalDate published) {
        Checks.notNull(text, "text");
        Checks.check(0 <= regionStart && regionStart <= regionEnd && regionEnd <= text.length(),
                "bad region [" + regionStart + ", " + regionEnd + ") of a text of length " + text.length());
        List<TimeMention> candidates = new ArrayList<>();
        Scan scan = new Scan(text, regionStart, regionEnd, published, candidates);
        for (Rule rule : RULES) rule.scan(scan);
        return Combiner.combine(longestFirst(candidates), scan);
    }

    /** The longest candidates that do not overlap a longer (or earlier, equally long) one, sorted by start. */
    static List<TimeMention> longestFirst(List<TimeMention> candidates) {
        List<TimeMention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((TimeMention m) -> m.end() - m.start()).reversed()
                .thenComparingInt(TimeMention::start));
        TreeMap<Integer, TimeMention> kept = new TreeMap<>();
        for (TimeMention m : sorted) {
            Map.Entry<Integer, TimeMention> before = kept.lowerEntry(m.end());
            if (before == null || before.getValue().end() <= m.start()) kept.put(m.start(), m);
        }
        return List.copyOf(kept.values());
    }
}
