package org.longarm.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Irrelevant news-like prose from the word lists in {@code filler.txt}: sentences from its templates with slots
 * filled at random. The lists name no origin state, so no filler article is a prefilter candidate of a pack; the
 * same {@link Random} state always gives the same text.
 */
final class FillerText {
    static final String RESOURCE = "filler.txt";
    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)\\}");

    private final Map<String, List<String>> lists;
    private final List<List<String>> templates;

    private FillerText(Map<String, List<String>> lists) {
        List<String> lines = lists.remove("templates");
        if (lines == null || lines.isEmpty()) throw new IllegalStateException(RESOURCE + " has no [templates]");
        this.lists = Map.copyOf(lists);
        List<List<String>> parsed = new ArrayList<>();
        for (String t : lines) parsed.add(parts(t));
        this.templates = List.copyOf(parsed);
    }

    /** A template split into literal text and slot names, alternating: literal, slot, literal, ..., literal. */
    private List<String> parts(String template) {
        List<String> parts = new ArrayList<>();
        Matcher m = SLOT.matcher(template);
        int last = 0;
        while (m.find()) {
            String slot = m.group(1);
            if (!slot.equals("n") && !slot.equals("year") && !lists.containsKey(slot)) {
                throw new IllegalStateException(RESOURCE + ": template slot {" + slot + "} has no [" + slot + "] list: " + template);
            }
            parts.add(template.substring(last, m.start()));
            parts.add(slot);
            last = m.end();
        }
        parts.add(template.substring(last));
        return List.copyOf(parts);
    }

    static FillerText load() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        List<String> current = null;
        try (InputStream in = FillerText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                if (t.startsWith("[") && t.endsWith("]")) {
                    current = new ArrayList<>();
                    lists.put(t.substring(1, t.length() - 1), current);
                } else if (current == null) {
                    throw new IllegalStateException(RESOURCE + ": entry outside a [section]: " + t);
                } else {
                    current.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new FillerText(lists);
    }

    /** A headline: one sentence, without its full stop. */
    String title(Random rnd) {
        String s = sentence(rnd);
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** A body of {@code paragraphs} paragraphs of 3 to 5 sentences, separated by blank lines. */
    String text(Random rnd, int paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) sb.append("\n\n");
            int sentences = 3 + rnd.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) sb.append(' ');
                sb.append(sentence(rnd));
            }
        }
        return sb.toString();
    }

    private String sentence(Random rnd) {
        List<String> parts = templates.get(rnd.nextInt(templates.size()));
        StringBuilder sb = new StringBuilder(128);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (i % 2 == 0) {
                sb.append(part);
                continue;
            }
            switch (part) {
                case "n" -> sb.append(2 + rnd.nextInt(98));
                case "year" -> sb.append(2005 + rnd.nextInt(19));
                default -> sb.append(pick(lists.get(part), rnd));
            }
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.toString();
    }

    private static String pick(List<String> list, Random rnd) {
        return list.get(rnd.nextInt(list.size()));
    }
}
