package org.longarm.pack;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named sets of lemmas (classes.tsv) that trigger patterns refer to as @NAME: the base layer's classes, to which a
 * state pack's file adds lemmas (its ORIGIN words, its demonyms as people words).
 */
final class WordClasses {
    private final Map<String, Set<String>> classes = new HashMap<>();

    WordClasses(List<PackFiles.Row> rows) {
        this(rows, List.of());
    }

    WordClasses(List<PackFiles.Row> base, List<PackFiles.Row> additions) {
        for (PackFiles.Row row : base) {
            String name = row.field(0);
            if (classes.containsKey(name)) throw row.error("class " + name + " defined twice");
            classes.put(name, lemmas(row));
        }
        for (PackFiles.Row row : additions) {
            Set<String> merged = new LinkedHashSet<>(classes.getOrDefault(row.field(0), Set.of()));
            merged.addAll(lemmas(row));
            classes.put(row.field(0), Set.copyOf(merged));
        }
    }

    private static Set<String> lemmas(PackFiles.Row row) {
        return java.util.Arrays.stream(row.field(1).split("\\|")).map(String::trim)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    Set<String> getOrEmpty(String name) {
        return classes.getOrDefault(name, Set.of());
    }

    Set<String> get(String name, PackFiles.Row usedAt) {
        Set<String> c = classes.get(name);
        if (c == null) throw usedAt.error("unknown word class @" + name + " (defined: " + classes.keySet() + ")");
        return c;
    }
}
