package org.longarm.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds whole-word occurrences of a set of phrases in text, longest first, non-overlapping, each mapped to a value.
 * Case-sensitive or not; a possessive ("China's") still matches its phrase.
 */
public final class PhraseMatcher<V> {
    /** One occurrence: offsets into the text searched (UTF-16, end exclusive), the text as written, its value. */
    public record Hit<V>(int start, int end, String text, V value) {}

    private final Pattern pattern;
    private final Map<String, V> values;
    private final boolean caseSensitive;

    public PhraseMatcher(Map<String, V> phrases, boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
        this.values = new LinkedHashMap<>();
        phrases.forEach((k, v) -> values.put(key(k), v));
        List<String> sorted = new ArrayList<>(phrases.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alt = new StringBuilder();
        for (String p : sorted) {
            if (alt.length() > 0) alt.append('|');
            alt.append(Pattern.quote(p));
        }
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.pattern = sorted.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}]|['’]\\p{L}{2})", flags);
    }

    /** Folds case the way the regular expression compares: code point by code point. */
    private String key(String s) {
        if (caseSensitive) return s;
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return sb.toString();
    }

    public List<Hit<V>> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    public List<Hit<V>> find(CharSequence text, int from, int to) {
        List<Hit<V>> out = new ArrayList<>();
        if (pattern == null) return out;
        Matcher m = pattern.matcher(text);
        m.region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            String t = m.group();
            out.add(new Hit<>(m.start(), m.end(), t, values.get(key(t))));
        }
        return out;
    }

    public boolean isEmpty() {
        return pattern == null;
    }
}
