package org.longarm.pack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over normalized terms (see {@link Prefilter#normalize}) that reports which kinds of
 * term occur at word starts. Transitions on ASCII are a dense table (failure links resolved at build time); other
 * characters follow failure links at run time. Immutable once built.
 */
final class TermAutomaton {
    private static final int ASCII = 128;

    /** Dense transitions for ASCII chars: {@code ascii[state * 128 + c]}. */
    private final int[] ascii;
    /** Transitions on non-ASCII chars, goto function only (no failure resolution). */
    private final List<Map<Character, Integer>> wide;
    private final int[] failure;
    /** Per state: every term ending here (its own and those of its suffixes), as {@code length << 2 | kind}. */
    private final int[][] outputs;
    private final int ringMask;

    TermAutomaton(List<String> terms, List<Integer> kinds) {
        List<Map<Character, Integer>> go = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        go.add(new HashMap<>());
        out.add(new ArrayList<>());
        int maxLen = 1;
        for (int t = 0; t < terms.size(); t++) {
            String term = terms.get(t);
            maxLen = Math.max(maxLen, term.length());
            int s = 0;
            for (int i = 0; i < term.length(); i++) {
                Integer next = go.get(s).get(term.charAt(i));
                if (next == null) {
                    next = go.size();
                    go.add(new HashMap<>());
                    out.add(new ArrayList<>());
                    go.get(s).put(term.charAt(i), next);
                }
                s = next;
            }
            out.get(s).add(term.length() << 2 | kinds.get(t));
        }
        int n = go.size();
        failure = new int[n];
        ascii = new int[n * ASCII];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ASCII; c++) {
            Integer next = go.get(0).get((char) c);
            ascii[c] = next == null ? 0 : next;
            if (next != null) queue.add(next);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            out.get(s).addAll(out.get(failure[s]));
            for (Map.Entry<Character, Integer> e : go.get(s).entrySet()) {
                int child = e.getValue();
                failure[child] = s == 0 ? 0 : step(go, failure[s], e.getKey());
                queue.add(child);
            }
            for (int c = 0; c < ASCII; c++) {
                Integer next = go.get(s).get((char) c);
                ascii[s * ASCII + c] = next != null ? next : ascii[failure[s] * ASCII + c];
            }
        }
        outputs = new int[n][];
        for (int s = 0; s < n; s++) outputs[s] = out.get(s).stream().mapToInt(Integer::intValue).distinct().toArray();
        wide = go;
        ringMask = Integer.highestOneBit(maxLen + 1) * 2 - 1;
    }

    /** The goto-with-failure step from {@code s} on {@code c} while failure links are being built. */
    private int step(List<Map<Character, Integer>> go, int s, char c) {
        while (true) {
            Integer next = go.get(s).get(c);
            if (next != null) return next;
            if (s == 0) return 0;
            s = failure[s];
        }
    }

    /** Case folding and spacing of one char: lower case; white space and dashes become a space. */
    static char fold(char c) {
        if (c < ASCII) {
            if (c >= 'A' && c <= 'Z') return (char) (c + 32);
            if (c == '-' || c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B) return ' ';
            return c;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return ' ';
        if (Character.getType(c) == Character.DASH_PUNCTUATION) return ' ';
        return Character.toLowerCase(c);
    }

    static boolean isWordChar(char c) {
        if (c < ASCII) return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        return Character.isLetterOrDigit(c);
    }

    Scan scan() {
        return new Scan();
    }

    /** One pass over one or more pieces of text; remembers the kinds found so far. */
    final class Scan {
        private final boolean[] word = new boolean[ringMask + 1];
        private long pos;
        private int state;
        private int found;
        private boolean lastSpace = true;

        /** Feeds the chars; true as soon as every kind in {@code wanted} has been seen. */
        boolean feed(CharSequence text, int wanted) {
            if (wanted != 0 && (found & wanted) == wanted) return true;
            final int[] table = ascii;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = fold(text.charAt(i));
                if (c == ' ') {
                    if (lastSpace) continue;
                    lastSpace = true;
                } else {
                    lastSpace = false;
                }
                word[(int) (pos & ringMask)] = isWordChar(c);
                pos++;
                state = c < ASCII ? table[state * ASCII + c] : wideStep(state, c);
                int[] out = outputs[state];
                if (out.length != 0 && match(out) && wanted != 0 && (found & wanted) == wanted) return true;
            }
            return false;
        }

        /** A break between pieces (title and text): as a line break would be. */
        void boundary() {
            feed(" ", 0);
        }

        private boolean match(int[] out) {
            boolean any = false;
            for (int o : out) {
                int kind = o & 3;
                if ((found & kind) != 0) continue;
                long before = pos - 1 - (o >>> 2);
                if (before < 0 || !word[(int) (before & ringMask)]) {
                    found |= kind;
                    any = true;
                }
            }
            return any;
        }

        private int wideStep(int s, char c) {
            while (true) {
                Integer next = wide.get(s).get(c);
                if (next != null) return next;
                if (s == 0) return 0;
                s = failure[s];
            }
        }
    }

    @Override
    public String toString() {
        return "TermAutomaton[" + failure.length + " states, outputs " + Arrays.stream(outputs).mapToInt(a -> a.length).sum() + "]";
    }
}
