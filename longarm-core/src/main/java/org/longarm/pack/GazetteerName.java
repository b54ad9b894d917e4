package org.longarm.pack;

import org.longarm.model.Checks;

/**
 * One way of writing an entry: its canonical name, a variant or a demonym, with the case rule that applies.
 * Written in the data files with an optional prefix: {@code ~} for {@link Rule#CONTEXT}, {@code =} for
 * {@link Rule#EXACT}.
 */
record GazetteerName(String surface, Gazetteer.Entry entry, boolean demonym, Rule rule) {

    enum Rule {
        /** The first word needs at least the capitals written; the rest may be in any case. */
        DEFAULT,
        /** As DEFAULT, and only after a place word or right after another place (Jordan, Chad, Georgia). */
        CONTEXT,
        /** Exact case everywhere (accents and apostrophes still fold). */
        EXACT
    }

    GazetteerName {
        Checks.notBlank(surface, "surface");
        Checks.notNull(entry, "entry");
        Checks.notNull(rule, "rule");
        Checks.check(GazetteerText.isWordChar(surface.charAt(0)), "a name must start with a letter or digit: '" + surface + "'");
        Checks.check(surface.equals(surface.strip()) && !surface.contains("  "),
                "a name must not have stray spaces: '" + surface + "'");
    }

    /** Splits a written form such as {@code ~Jordan} into its rule and its surface. */
    static GazetteerName parse(String written, Gazetteer.Entry entry, boolean demonym) {
        Rule rule = Rule.DEFAULT;
        String surface = written;
        if (written.startsWith("~")) {
            rule = Rule.CONTEXT;
            surface = written.substring(1);
        } else if (written.startsWith("=")) {
            rule = Rule.EXACT;
            surface = written.substring(1);
        }
        return new GazetteerName(surface, entry, demonym, rule);
    }

    /** Strips a rule prefix: the canonical form of a written name. */
    static String canonical(String written) {
        return written.startsWith("~") || written.startsWith("=") ? written.substring(1) : written;
    }

    /** The folded first word: the matcher's index key. */
    String key() {
        return GazetteerText.fold(surface.substring(0, firstWordLength()));
    }

    int firstWordLength() {
        int i = 0;
        while (i < surface.length() && GazetteerText.isWordChar(surface.charAt(i))) i++;
        return i;
    }

    boolean acronym() {
        return GazetteerText.isAllCaps(surface);
    }

    /** Demonyms also match with a plural s ("Americans"), unless they end in s already ("Swiss"). */
    boolean pluralizes() {
        return demonym && Character.isLetter(surface.charAt(surface.length() - 1)) && !surface.endsWith("s");
    }
}
