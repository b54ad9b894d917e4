package org.longarm.pack;

import java.text.Normalizer;

/** Character classes and folding shared by the gazetteer's loader and matcher. */
final class GazetteerText {
    private static final char[] LATIN_FOLD = new char[0x250];

    static {
        for (char c = 0; c < LATIN_FOLD.length; c++) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            LATIN_FOLD[c] = Character.toLowerCase(base.charAt(0));
        }
    }

    private GazetteerText() {}

    /** Lower case without accents; typographic apostrophes and hyphens become ASCII. */
    static char fold(char c) {
        if (c < LATIN_FOLD.length) return LATIN_FOLD[c];
        return switch (c) {
            case '\u2018', '\u2019', '\u02BC', '\u02BB' -> '\'';
            case '\u2010', '\u2011', '\u2013' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isMark(c)) continue;
            if (isSpace(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
            } else {
                b.append(fold(c));
            }
        }
        return b.toString().strip();
    }

    static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || isMark(c);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A word of at least two letters, all of them capitals (a headline word or an acronym). */
    static boolean isAllCaps(CharSequence word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) continue;
            if (!Character.isUpperCase(c)) return false;
            letters++;
        }
        return letters >= 2;
    }
}
