package org.longarm.extract.time;

import java.util.Locale;
import java.util.regex.Matcher;

/** A family of time expressions: finds its candidates in a {@link Scan} and adds them, resolved, to its output. */
interface Rule {
    void scan(Scan s);

    /** "this past", "last", "this", "next", "past", then blanks: group {@code rel}. */
    String REL = "(?<rel>(?i:this\\s+past|last|this|next|past))\\s+";
    /** "early", "mid-", "late", "the end of", "the beginning of"...: groups {@code part} or {@code part2}. */
    String PART = "(?:(?<part>(?i:early|mid|late))(?:\\s*[-\u2013]\\s*|\\s+)|(?<part2>(?i:the\\s+)?"
            + "(?i:end|beginning|start|middle|first\\s+half|second\\s+half)\\s+of)\\s+)";
    /** A year from 1900 to 2099 as the group {@code y}. */
    String YEAR = "(?<y>(?:19|20)\\d\\d)";

    /** The words of the part group of a match made with {@link #PART}, or null. */
    static Periods.Part part(Matcher m) {
        String words = m.group("part") != null ? m.group("part") : m.group("part2");
        return words == null ? null : Periods.Part.of(words);
    }

    /** Which occurrence of a month, season or weekday a modifier picks, counting from the publication date. */
    enum Mode {
        /** No modifier: the most recent one not after the publication date. */
        BARE,
        /** "last", "past", "this past": the most recent one over before the publication date. */
        LAST,
        /** "this": the one of the publication date's year (or week). */
        THIS,
        /** "next": the first one after the publication date. */
        NEXT;

        static Mode of(Matcher m) {
            String rel = m.group("rel");
            if (rel == null) return BARE;
            String r = rel.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            return switch (r) {
                case "this" -> THIS;
                case "next" -> NEXT;
                default -> LAST;
            };
        }
    }
}
