package org.longarm.pack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Named sets of lemmas (classes.tsv) that trigger patterns refer to as @NAME. */
final class WordClasses {
    private final Map<String, Set<String>> classes = new HashMap<>();

    WordClasses(List<PackFiles.Row> rows) {
        for (PackFiles.Row row : rows) {
            String name = row.field(0);
            if (classes.containsKey(name)) throw row.error("class " + name + " defined twice");
            classes.put(name, java.util.Arrays.stream(row.field(1).split("\\|"))
                    .map(String::trim).collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }
    }

    Set<String> get(String name, PackFiles.Row usedAt) {
        Set<String> c = classes.get(name);
        if (c == null) throw usedAt.error("unknown word class @" + name + " (defined: " + classes.keySet() + ")");
        return c;
    }
}
