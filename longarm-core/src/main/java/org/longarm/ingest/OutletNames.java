package org.longarm.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Infers the outlet of a text from a wire credit line ("SEOUL, Jan. 7 (Yonhap) –", "(AP) —") or from a byline
 * near the top that names a known outlet beside a date or after "By". Known outlets come from the data file
 * {@code outlets.txt}: one outlet a line, its canonical name first, then aliases, separated by '|'.
 */
final class OutletNames {
    private static final OutletNames DEFAULT = load();
    private static final int BYLINE_LINES = 5;

    private final Map<String, String> canonical;
    private final Pattern name;
    private final Pattern credit;

    OutletNames(Map<String, String> canonical) {
        this.canonical = Map.copyOf(canonical);
        String alternation = canonical.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.name = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
        this.credit = Pattern.compile("\\(\\s*(" + alternation + ")\\s*\\)\\s*(?:--?|\u2013|\u2014|:)");
    }

    static OutletNames defaults() {
        return DEFAULT;
    }

    /** The canonical name of the outlet credited or bylined in the first {@link Dateline#WINDOW} chars, or null. */
    String find(String text) {
        String head = text.length() > Dateline.WINDOW ? text.substring(0, Dateline.WINDOW) : text;
        Matcher m = credit.matcher(head);
        if (m.find()) return canonical.get(m.group(1));
        int seen = 0;
        for (String line : head.split("\n")) {
            if (line.isBlank()) continue;
            if (++seen > BYLINE_LINES) break;
            String found = byline(line);
            if (found != null) return found;
        }
        return null;
    }

    /** In a line with a date, the last known name before the date; in a line starting "By", the first one. */
    private String byline(String line) {
        Dateline.Found date = Dateline.find(line);
        boolean by = line.strip().regionMatches(true, 0, "by ", 0, 3);
        if (date == null && !by) return null;
        Matcher m = name.matcher(line);
        String chosen = null;
        while (m.find()) {
            if (date != null && m.start() >= date.start()) break;
            chosen = m.group();
            if (date == null) break;
        }
        return chosen == null ? null : canonical.get(chosen);
    }

    private static OutletNames load() {
        try (InputStream in = OutletNames.class.getResourceAsStream("outlets.txt")) {
            if (in == null) throw new IllegalStateException("org/longarm/ingest/outlets.txt is missing from the classpath");
            return new OutletNames(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read org/longarm/ingest/outlets.txt", e);
        }
    }

    /** Alias → canonical name, from lines "Canonical | alias | alias"; '#' starts a comment. */
    static Map<String, String> parse(List<String> lines) {
        Map<String, String> out = new HashMap<>();
        for (String raw : lines) {
            String line = raw.replaceFirst("#.*", "").strip();
            if (line.isEmpty()) continue;
            List<String> names = new ArrayList<>();
            for (String part : line.split("\\|")) {
                if (!part.isBlank()) names.add(part.strip());
            }
            for (String n : names) out.putIfAbsent(n, names.get(0));
        }
        return out;
    }
}
