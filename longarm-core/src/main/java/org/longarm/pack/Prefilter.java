package org.longarm.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The cheap relevance check that runs before any NLP: an article is a candidate when it names the origin state
 * and holds an event word. Built for recall: the extractor decides later.
 */
public final class Prefilter {
    private final Pattern origin;
    private final Pattern events;

    private Prefilter(List<String> originTerms, List<String> eventTerms) {
        this.origin = union(originTerms);
        this.events = union(eventTerms);
    }

    private static Pattern union(List<String> terms) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) sb.append('|');
            sb.append(Pattern.quote(terms.get(i)));
        }
        return Pattern.compile(sb.append(')').toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static Prefilter parse(List<PackFiles.Row> rows) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (PackFiles.Row r : rows) {
            String t = r.field(0);
            if (t.startsWith("[") && t.endsWith("]")) {
                current = new java.util.ArrayList<>();
                sections.put(t.substring(1, t.length() - 1), current);
            } else if (current == null) {
                throw r.error("term outside a [section]");
            } else {
                current.add(t);
            }
        }
        if (!sections.containsKey("origin") || !sections.containsKey("events")) {
            throw new PackException("prefilter.txt needs [origin] and [events] sections, has " + sections.keySet());
        }
        return new Prefilter(sections.get("origin"), sections.get("events"));
    }

    /** True when the text may report an incident of this pack. */
    public boolean candidate(CharSequence title, CharSequence text) {
        String all = (title == null ? "" : title + "\n") + text;
        return origin.matcher(all).find() && events.matcher(all).find();
    }
}
