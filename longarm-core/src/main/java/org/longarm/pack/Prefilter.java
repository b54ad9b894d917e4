package org.longarm.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cheap relevance check that runs before any NLP: an article is a candidate when it names the origin state
 * (a term of {@code [origin]}) and holds an event word (a term of {@code [events]}), in its title or text. Terms
 * match case-insensitively at word starts ("defect" matches "Defectors", not "undefected"); a space in a term
 * matches any run of white space or dashes ("north korea" matches "North\nKorea" and "North-Korea"); no term
 * matches across the end of the title. Built for recall: the extractor decides later.
 *
 * <p>One pass of a multi-pattern automaton (Aho-Corasick) over the text, stopping as soon as both kinds were seen;
 * immutable and thread-safe.
 */
public final class Prefilter {
    static final int ORIGIN = 1;
    static final int EVENT = 2;

    private final List<String> originTerms;
    private final List<String> eventTerms;
    private final TermAutomaton automaton;

    private Prefilter(List<String> originTerms, List<String> eventTerms) {
        if (originTerms.isEmpty() || eventTerms.isEmpty()) {
            throw new PackException("prefilter needs at least one [origin] and one [events] term");
        }
        this.originTerms = List.copyOf(originTerms);
        this.eventTerms = List.copyOf(eventTerms);
        List<String> terms = new ArrayList<>();
        List<Integer> kinds = new ArrayList<>();
        for (String t : originTerms) {
            terms.add(normalize(t));
            kinds.add(ORIGIN);
        }
        for (String t : eventTerms) {
            terms.add(normalize(t));
            kinds.add(EVENT);
        }
        this.automaton = new TermAutomaton(terms, kinds);
    }

    /** A prefilter over the given terms (as a pack's prefilter.txt lists them). */
    public static Prefilter of(List<String> originTerms, List<String> eventTerms) {
        return new Prefilter(originTerms, eventTerms);
    }

    /**
     * The prefilter of one built-in pack alone (its {@code prefilter.txt} origin terms and the base layer's event
     * words), without the rest of the pack.
     */
    public static Prefilter load(String packCode) {
        if (packCode == null || !packCode.matches("[a-z][a-z0-9_-]*")) throw new PackException("bad pack code '" + packCode + "'");
        List<PackFiles.Row> rows = new ArrayList<>(PackFiles.rows("org/longarm/pack/" + packCode + "/prefilter.txt"));
        rows.addAll(PackFiles.rows("org/longarm/pack/base/prefilter.txt"));
        return parse(rows);
    }

    static Prefilter parse(List<PackFiles.Row> rows) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (PackFiles.Row r : rows) {
            String t = r.field(0);
            if (t.startsWith("[") && t.endsWith("]")) {
                current = sections.computeIfAbsent(t.substring(1, t.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw r.error("term outside a [section]");
            } else if (normalize(t).isEmpty()) {
                throw r.error("empty prefilter term '" + t + "'");
            } else {
                current.add(t);
            }
        }
        if (!sections.containsKey("origin") || !sections.containsKey("events")) {
            throw new PackException("prefilter.txt needs [origin] and [events] sections, has " + sections.keySet());
        }
        return new Prefilter(sections.get("origin"), sections.get("events"));
    }

    /** Lower case, dashes as spaces, runs of spaces as one, trimmed: the form the automaton matches. */
    static String normalize(String term) {
        StringBuilder sb = new StringBuilder(term.length());
        for (int i = 0; i < term.length(); i++) {
            char c = TermAutomaton.fold(term.charAt(i));
            if (c == ' ' && (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ')) continue;
            sb.append(c);
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        return sb.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** True when the title and text together may report an incident of this pack. */
    public boolean candidate(CharSequence title, CharSequence text) {
        TermAutomaton.Scan scan = automaton.scan();
        if (title != null && scan.feed(title, ORIGIN | EVENT)) return true;
        scan.boundary();
        return text != null && scan.feed(text, ORIGIN | EVENT);
    }

    /** True when the text holds both kinds of term: {@code candidate(null, text)}. */
    public boolean candidate(CharSequence text) {
        return candidate(null, text);
    }

    /**
     * A necessary condition of {@link #candidate(CharSequence, CharSequence)} for a JSON record given as UTF-8
     * bytes: false only when no string in it could make the record a candidate, so a scan may skip parsing it.
     */
    public boolean mayBeCandidateJson(byte[] utf8, int offset, int length) {
        return automaton.scan().feedJson(utf8, offset, length, ORIGIN | EVENT);
    }

    /** The origin terms as listed. */
    public List<String> originTerms() {
        return originTerms;
    }

    /** The event terms as listed. */
    public List<String> eventTerms() {
        return eventTerms;
    }

    @Override
    public String toString() {
        return "Prefilter[" + originTerms.size() + " origin terms, " + eventTerms.size() + " event terms]";
    }
}
