package org.longarm.pack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over normalized terms (see {@link Prefilter#normalize}) that reports which kinds of
 * term occur at word starts. Word starts are part of the alphabet: the text and the terms alike get a marker
 * symbol before every letter or digit that follows a non-word char, so "kill" (stored as MARK k i l l) cannot
 * match inside "skill". Transitions on ASCII are a dense table (failure links resolved at build time); other
 * characters follow failure links at run time. Immutable once built.
 */
final class TermAutomaton {
    private static final int ASCII = 128;
    /** The word-start marker, a control char that folding never produces from text. */
    static final char MARK = '\u0001';
    private static final char[] FOLD = new char[ASCII];
    private static final boolean[] WORD = new boolean[ASCII];

    static {
        for (int c = 0; c < ASCII; c++) {
            char f = (char) c;
            if (c >= 'A' && c <= 'Z') f = (char) (c + 32);
            if (c == '-' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B) f = ' ';
            if (c == MARK) f = ' ';
            FOLD[c] = f;
            WORD[c] = f >= 'a' && f <= 'z' || f >= '0' && f <= '9';
        }
    }

    /** Transitions on ASCII chars (the goto function with failures resolved): {@code ascii[state * 128 + c]}. */
    private final int[] ascii;
    /**
     * The hot table over the combined states {@code state * 3 + flag} (flag: 0 after a non-word char, 1 after a
     * word char, 2 after white space) that can be reached, numbered so that the states where a term ends come
     * last: folding, collapsing of spaces and the word-start marker are built in. A state is held as its offset
     * {@code index * classes} and {@code small[offset + cls[c]]} is the offset after the raw ASCII char c; when
     * the offsets do not fit a char, {@code large} holds them instead.
     */
    private final char[] small;
    private final int[] large;
    private final byte[] cls = new byte[ASCII];
    private final int classes;
    /** Offsets from here on are states where a term ends. */
    private final int kindFrom;
    /** Per compact state: the kinds of the terms ending there; and the combined state it stands for. */
    private final int[] kindOf;
    private final int[] combinedOf;
    /** Per combined state: its compact index, or -1 when it cannot be reached. */
    private final int[] indexOf;
    private final int start;
    /** Transitions on non-ASCII chars, goto function only (no failure resolution). */
    private final List<Map<Character, Integer>> wide;
    private final int[] failure;
    /** Per state: the kinds of the terms ending here, its own and those of its suffixes, or-ed. */
    private final int[] kinds;

    TermAutomaton(List<String> terms, List<Integer> termKinds) {
        List<Map<Character, Integer>> go = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        go.add(new HashMap<>());
        out.add(0);
        for (int t = 0; t < terms.size(); t++) {
            String term = marked(terms.get(t));
            int s = 0;
            for (int i = 0; i < term.length(); i++) {
                Integer next = go.get(s).get(term.charAt(i));
                if (next == null) {
                    next = go.size();
                    go.add(new HashMap<>());
                    out.add(0);
                    go.get(s).put(term.charAt(i), next);
                }
                s = next;
            }
            out.set(s, out.get(s) | termKinds.get(t));
        }
        int n = go.size();
        if (n >= Character.MAX_VALUE) throw new PackException("prefilter has too many terms (" + n + " automaton states)");
        failure = new int[n];
        int[] ascii = new int[n * ASCII];
        kinds = new int[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ASCII; c++) {
            Integer next = go.get(0).get((char) c);
            ascii[c] = next == null ? 0 : next;
        }
        queue.addAll(go.get(0).values());
        kinds[0] = out.get(0);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            kinds[s] = out.get(s) | kinds[failure[s]];
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
        wide = go;
        this.ascii = ascii;
        int total = 3 * n;
        // the combined states reachable from the start over every char that can matter
        java.util.TreeSet<Character> alphabet = new java.util.TreeSet<>();
        for (char c = 0; c < ASCII; c++) alphabet.add(c);
        for (String t : terms) for (char c : t.toCharArray()) alphabet.add(c);
        alphabet.add(outside(true, alphabet));
        alphabet.add(outside(false, alphabet));
        boolean[] seen = new boolean[total];
        List<Integer> reached = new ArrayList<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(2));
        seen[2] = true;
        while (!todo.isEmpty()) {
            int cs = todo.poll();
            reached.add(cs);
            for (char c : alphabet) {
                int nx = step(cs, c);
                if (!seen[nx]) {
                    seen[nx] = true;
                    todo.add(nx);
                }
            }
        }
        reached.sort(java.util.Comparator.comparingInt((Integer cs) -> kinds[cs / 3] == 0 ? 0 : 1).thenComparingInt(cs -> cs));
        int m = reached.size();
        indexOf = new int[total];
        java.util.Arrays.fill(indexOf, -1);
        combinedOf = new int[m];
        kindOf = new int[m];
        int firstKind = m;
        for (int i = 0; i < m; i++) {
            int cs = reached.get(i);
            indexOf[cs] = i;
            combinedOf[i] = cs;
            kindOf[i] = kinds[cs / 3];
            if (kindOf[i] != 0 && firstKind == m) firstKind = i;
        }
        // raw ASCII chars that lead everywhere alike share a class
        int[][] next = new int[ASCII][m];
        Map<String, Integer> columns = new HashMap<>();
        List<Integer> representative = new ArrayList<>();
        for (int c = 0; c < ASCII; c++) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < m; i++) {
                next[c][i] = indexOf[step(combinedOf[i], (char) c)];
                key.append(next[c][i]).append(',');
            }
            Integer k = columns.computeIfAbsent(key.toString(), x -> representative.size());
            if (k == representative.size()) representative.add(c);
            cls[c] = (byte) (int) k;
        }
        classes = representative.size();
        kindFrom = firstKind * classes;
        start = indexOf[2] * classes;
        boolean fits = (long) m * classes < Character.MAX_VALUE;
        small = fits ? new char[m * classes] : null;
        large = fits ? null : new int[m * classes];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < classes; k++) {
                int to = next[representative.get(k)][i] * classes;
                if (fits) small[i * classes + k] = (char) to;
                else large[i * classes + k] = to;
            }
        }
    }

    /** A char outside the alphabet: a non-ASCII letter, or a non-ASCII char that is neither letter nor space. */
    private static char outside(boolean letter, java.util.Set<Character> alphabet) {
        for (char c = 0x100; c < 0xD800; c++) {
            if (alphabet.contains(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
            if (Character.getType(c) == Character.DASH_PUNCTUATION || Character.toLowerCase(c) != c) continue;
            if (Character.isLetterOrDigit(c) == letter) return c;
        }
        throw new IllegalStateException("no char outside the alphabet");
    }

    /** The offset after feeding any char (the slow path: non-ASCII chars). */
    private int stepOffset(int offset, char c) {
        int i = indexOf[step(combinedOf[offset / classes], c)];
        if (i < 0) throw new IllegalStateException("unreachable prefilter state after U+" + Integer.toHexString(c));
        return i * classes;
    }

    private int kindAt(int offset) {
        return offset < kindFrom ? 0 : kindOf[offset / classes];
    }

    /** The combined state after feeding one char (any char) in combined state {@code cs}. */
    private int step(int cs, char rawChar) {
        int s = cs / 3;
        int flag = cs % 3;
        char c = fold(rawChar);
        if (c == ' ') {
            if (flag == 2) return cs;
            return next(s, c) * 3 + 2;
        }
        boolean w = isWordChar(c);
        if (w && flag != 1) s = ascii[s * ASCII + MARK];
        return next(s, c) * 3 + (w ? 1 : 0);
    }

    private int next(int s, char c) {
        if (c < ASCII) return ascii[s * ASCII + c];
        while (true) {
            Integer n = wide.get(s).get(c);
            if (n != null) return n;
            if (s == 0) return 0;
            s = failure[s];
        }
    }

    /** The term with a {@link #MARK} before each word start, as text is fed. */
    static String marked(String normalized) {
        StringBuilder sb = new StringBuilder(normalized.length() + 4);
        boolean prevWord = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            boolean w = isWordChar(c);
            if (w && !prevWord) sb.append(MARK);
            prevWord = w;
            sb.append(c);
        }
        return sb.toString();
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
        if (c < ASCII) return FOLD[c];
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return ' ';
        if (Character.getType(c) == Character.DASH_PUNCTUATION) return ' ';
        return Character.toLowerCase(c);
    }

    /** A letter or digit (of a folded char). */
    static boolean isWordChar(char c) {
        if (c < ASCII) return WORD[c] || c >= 'A' && c <= 'Z';
        return Character.isLetterOrDigit(c);
    }

    Scan scan() {
        return new Scan();
    }

    /** One pass over one or more pieces of text; remembers the kinds found so far. */
    final class Scan {
        /** The current state as an offset into the table; starts as after white space. */
        private int cs = start;
        private int found;

        /** Feeds the chars; true as soon as every kind in {@code wanted} has been seen. */
        boolean feed(CharSequence text, int wanted) {
            if ((found & wanted) == wanted) return true;
            int s = cs;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                s = c >= ASCII ? stepOffset(s, c) : small != null ? small[s + cls[c]] : large[s + cls[c]];
                if (s >= kindFrom && ((found |= kindAt(s)) & wanted) == wanted) {
                    cs = s;
                    return true;
                }
            }
            cs = s;
            return false;
        }

        /** A break between pieces (title and text): no term matches across it, and it is not part of a word. */
        void boundary() {
            cs = start;
        }

        /**
         * Feeds a JSON text given as UTF-8 bytes, decoding the bytes and the string escapes ({@code \\n},
         * {@code \\u00e9}...) as it goes, so that every term in any string of the JSON is seen as it would be in the
         * decoded string (keys and punctuation are fed too: more matches, never fewer). Invalid bytes count as
         * U+FFFD. True as soon as every kind in {@code wanted} has been seen.
         */
        boolean feedJson(byte[] b, int off, int len, int wanted) {
            if ((found & wanted) == wanted) return true;
            final byte[] cl = cls;
            final int from = kindFrom;
            final char[] t = small;
            int s = cs;
            int end = off + len;
            int i = off;
            while (i < end) {
                if (t != null) {
                    // the hot loop: ASCII bytes other than the backslash, one table load each
                    while (i < end) {
                        int c = b[i];
                        if (c < 0 || c == '\\') break;
                        s = t[s + cl[c]];
                        i++;
                        if (s >= from && ((found |= kindAt(s)) & wanted) == wanted) {
                            cs = s;
                            return true;
                        }
                    }
                    if (i >= end) break;
                }
                int c = b[i];
                int cp;
                if (c >= 0 && c != '\\') {
                    cp = c;
                    i++;
                } else if (c == '\\') {
                    if (i + 1 >= end) {
                        i++;
                        continue;
                    }
                    int e = b[i + 1];
                    i += 2;
                    switch (e) {
                        case 'n', 't', 'r', 'b', 'f' -> cp = ' ';
                        case 'u' -> {
                            cp = i + 4 <= end ? hex(b, i) : -1;
                            if (cp < 0) cp = 0xFFFD;
                            else i += 4;
                        }
                        default -> cp = e & 0xFF;
                    }
                } else {
                    c &= 0xFF;
                    int need = c >= 0xF8 ? -1 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
                    cp = need < 0 ? -1 : c & (0x3F >> need);
                    int j = i + 1;
                    for (int k = 0; k < need && cp >= 0; k++, j++) {
                        if (j >= end || (b[j] & 0xC0) != 0x80) cp = -1;
                        else cp = cp << 6 | (b[j] & 0x3F);
                    }
                    i = cp < 0 ? i + 1 : j;
                    if (cp < 0 || cp > Character.MAX_CODE_POINT) cp = 0xFFFD;
                }
                if (cp >= 0x10000) {
                    s = stepOffset(s, Character.highSurrogate(cp));
                    found |= kindAt(s);
                    s = stepOffset(s, Character.lowSurrogate(cp));
                } else {
                    s = cp < ASCII ? (t != null ? t[s + cl[cp]] : large[s + cl[cp]]) : stepOffset(s, (char) cp);
                }
                if (((found |= kindAt(s)) & wanted) == wanted) {
                    cs = s;
                    return true;
                }
            }
            cs = s;
            return false;
        }

        private int hex(byte[] b, int at) {
            int v = 0;
            for (int k = 0; k < 4; k++) {
                int d = Character.digit(b[at + k], 16);
                if (d < 0) return -1;
                v = v << 4 | d;
            }
            return v;
        }
    }

    @Override
    public String toString() {
        return "TermAutomaton[" + failure.length + " states, " + combinedOf.length + " reachable, " + classes + " char classes]";
    }
}
