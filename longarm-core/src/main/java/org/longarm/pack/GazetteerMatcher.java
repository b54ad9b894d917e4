package org.longarm.pack;

import static org.longarm.pack.GazetteerText.fold;
import static org.longarm.pack.GazetteerText.isMark;
import static org.longarm.pack.GazetteerText.isSpace;
import static org.longarm.pack.GazetteerText.isWordChar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.longarm.pack.Gazetteer.PlaceMatch;
import org.longarm.pack.GazetteerName.Rule;

/**
 * Finds gazetteer names in text, leftmost-longest: at each word start, the candidates sharing its folded first
 * word are tried longest first and the first that fits wins; the scan resumes after it. Linear in the text.
 */
final class GazetteerMatcher {
    /** Words after which an ambiguous ({@code ~}) name is read as a place. */
    private static final Set<String> PLACE_WORDS = Set.of("in", "into", "to", "from", "via", "through", "across",
            "near", "at", "of", "toward", "towards", "inside", "within", "throughout", "outside", "entered", "reached",
            "crossed", "visited", "bordering", "neighbouring", "neighboring");
    /** What may separate a place from a following ambiguous name: "Amman, Jordan", "Syria and Jordan". */
    private static final Set<String> SEPARATORS = Set.of("", ",", "&", "and", "or", ", and", ", or");

    /** How far past punctuation and spaces to look for a neighbouring word. */
    private static final int GAP = 16;

    private final Map<String, List<GazetteerName>> byFirstWord = new HashMap<>();

    GazetteerMatcher(List<GazetteerName> names) {
        for (GazetteerName n : names) byFirstWord.computeIfAbsent(n.key(), k -> new ArrayList<>()).add(n);
        // stable sort: equal lengths keep load order, so results are deterministic
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((GazetteerName n) -> n.surface().length()).reversed()));
    }

    List<PlaceMatch> find(String text, int regionStart, int regionEnd) {
        List<PlaceMatch> out = new ArrayList<>();
        int i = regionStart;
        while (i < regionEnd) {
            char c = text.charAt(i);
            if (!isWordChar(c) || isMark(c) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            StringBuilder key = new StringBuilder();
            int wordEnd = i;
            for (; wordEnd < text.length() && isWordChar(text.charAt(wordEnd)); wordEnd++) {
                if (!isMark(text.charAt(wordEnd))) key.append(fold(text.charAt(wordEnd)));
            }
            PlaceMatch match = bestAt(text, i, regionEnd, byFirstWord.get(key.toString()), out);
            if (match == null && key.length() > 1 && key.charAt(key.length() - 1) == 's') {
                // a plural demonym: "Americans" is keyed under "american"
                match = bestAt(text, i, regionEnd, byFirstWord.get(key.substring(0, key.length() - 1)), out);
            }
            if (match != null) {
                out.add(match);
                i = match.end();
            } else {
                i = wordEnd;
            }
        }
        return out;
    }

    private static PlaceMatch bestAt(String text, int start, int limit, List<GazetteerName> candidates, List<PlaceMatch> before) {
        if (candidates == null) return null;
        for (GazetteerName n : candidates) {
            int end = endOfMatch(text, start, limit, n);
            if (end < 0) continue;
            if (n.rule() == Rule.CONTEXT && !placeContext(text, start, before)) continue;
            if (n.acronym() && !acronymFits(text, start, end)) continue;
            return new PlaceMatch(start, end, text.substring(start, end), n.entry(), n.demonym());
        }
        return null;
    }

    /** Where {@code n} ends if it is written at {@code start}, or -1. */
    static int endOfMatch(String text, int start, int limit, GazetteerName n) {
        String v = n.surface();
        int firstWord = n.firstWordLength();
        int i = start;
        for (int k = 0; k < v.length(); k++) {
            char vc = v.charAt(k);
            if (vc == ' ') {
                if (i >= limit || !isSpace(text.charAt(i))) return -1;
                while (i < limit && isSpace(text.charAt(i))) i++;
                continue;
            }
            if (i >= limit || !same(vc, text.charAt(i), n.rule(), k < firstWord)) return -1;
            i++;
            while (i < limit && isMark(text.charAt(i))) i++;
        }
        if (isWordChar(v.charAt(v.length() - 1)) && i < text.length() && isWordChar(text.charAt(i))) {
            boolean plural = n.pluralizes() && i < limit && (text.charAt(i) == 's' || text.charAt(i) == 'S')
                    && (i + 1 == text.length() || !isWordChar(text.charAt(i + 1)));
            return plural ? i + 1 : -1;
        }
        return i;
    }

    private static boolean same(char written, char seen, Rule rule, boolean firstWord) {
        if (fold(written) != fold(seen)) return false;
        if (rule == Rule.EXACT) return Character.isUpperCase(written) == Character.isUpperCase(seen);
        return !(firstWord && Character.isUpperCase(written) && !Character.isUpperCase(seen));
    }

    /** After a place word ("in Jordan") or right after another place ("Amman, Jordan", "Syria and Jordan"). */
    private static boolean placeContext(String text, int start, List<PlaceMatch> before) {
        int j = start;
        while (j > 0 && isSpace(text.charAt(j - 1))) j--;
        int wordEnd = j;
        while (j > 0 && isWordChar(text.charAt(j - 1))) j--;
        if (j < wordEnd && PLACE_WORDS.contains(text.substring(j, wordEnd).toLowerCase(Locale.ROOT))) return true;
        if (before.isEmpty()) return false;
        PlaceMatch last = before.get(before.size() - 1);
        if (last.demonym() || start - last.end() > 8) return false;
        String between = text.substring(last.end(), start).strip().replaceAll("\\s+", " ");
        return SEPARATORS.contains(between.toLowerCase(Locale.ROOT));
    }

    /** An acronym (US, UK, DPRK) is a place unless it is money (US$) or a word of an all-capital line ("LET US GO"). */
    private static boolean acronymFits(String text, int start, int end) {
        if (end < text.length() && text.charAt(end) == '$') return false;
        String previous = previousWord(text, start);
        String next = nextWord(text, end);
        if (previous == null && next == null) return true;
        return !((previous == null || GazetteerText.isAllCaps(previous)) && (next == null || GazetteerText.isAllCaps(next)));
    }

    private static String previousWord(String text, int start) {
        int j = start;
        while (j > 0 && start - j < GAP && !isWordChar(text.charAt(j - 1))) j--;
        int wordEnd = j;
        while (j > 0 && isWordChar(text.charAt(j - 1))) j--;
        return j == wordEnd ? null : text.substring(j, wordEnd);
    }

    private static String nextWord(String text, int end) {
        int j = end;
        while (j < text.length() && j - end < GAP && !isWordChar(text.charAt(j))) j++;
        int wordStart = j;
        while (j < text.length() && isWordChar(text.charAt(j))) j++;
        return j == wordStart ? null : text.substring(wordStart, j);
    }
}
