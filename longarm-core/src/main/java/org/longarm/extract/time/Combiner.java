package org.longarm.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins mentions that words around them turn into one interval: ranges ("between 2011 and 2013", "from March to
 * May 2015", "2011 to 2013") and open or bounded stretches ("since 2011" runs to the publication date, "until
 * 2013", "before 2010", "after 2012"). The joining words become part of the expression. A time written as the
 * attribute of a noun after "the" ("after the 2018 poisoning", "before the 2016 election") dates that noun's event,
 * not a stretch: the operator relates the rest of the sentence to the event, and the expression stays the time alone.
 */
final class Combiner {
    private Combiner() {}

    private static final Pattern RANGE_START = Pattern.compile("(?i)\\b(between|from)\\s+(?:the\\s+)?$");
    private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+(?:the\\s+)?");
    private static final Pattern TO = Pattern.compile("(?i)\\s*(?:[-\u2013\u2014]|\\s(?:to|until|till|through)\\s)"
            + "\\s*(?:the\\s+)?");
    private static final Pattern OPERATOR = Pattern.compile(
            "(?i)\\b(since|until|till|through|before|after|by)\\s+(?:the\\s+)?$");

    /** {@code mentions} sorted by start and not overlapping; the result is too. */
    static List<TimeMention> combine(List<TimeMention> mentions, Scan s) {
        return operators(ranges(mentions, s), s);
    }

    private static List<TimeMention> ranges(List<TimeMention> in, Scan s) {
        List<TimeMention> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            TimeMention a = in.get(i);
            TimeMention joined = i + 1 < in.size() ? range(a, in.get(i + 1), s) : null;
            if (joined != null) i++;
            out.add(joined != null ? joined : a);
        }
        return out;
    }

    private static TimeMention range(TimeMention a, TimeMention b, Scan s) {
        String gap = s.text().substring(a.end(), b.start());
        Matcher opener = RANGE_START.matcher(s.text().substring(Math.max(s.from(), a.start() - 20), a.start()));
        String word = opener.find() ? opener.group(1).toLowerCase() : null;
        boolean and = AND.matcher(gap).matches();
        boolean to = TO.matcher(gap).matches();
        boolean ok = "between".equals(word) ? and : to && (word != null || a.granularity() == b.granularity());
        if (!ok || a.from() == null || b.to() == null) return null;
        LocalDate from = a.from();
        boolean borrowed = a.relative() && !b.relative() && b.from() != null
                && (a.granularity() == Granularity.DAY || a.granularity() == Granularity.MONTH);
        if (borrowed) {
            from = from.withYear(b.from().getYear());
            if (from.isAfter(b.from())) from = from.minusYears(1);
        }
        boolean monthly = a.granularity() == Granularity.MONTH || a.granularity() == Granularity.SEASON;
        if (b.to().isBefore(from) && a.relative() && b.relative() && monthly) from = from.minusYears(1);
        if (b.to().isBefore(from)) return null;
        int start = word == null ? a.start() : a.start() - (opener.end() - opener.start(1));
        return mention(s, start, b.end(), from, b.to(), a.granularity(), (a.relative() && !borrowed) || b.relative());
    }

    private static List<TimeMention> operators(List<TimeMention> in, Scan s) {
        List<TimeMention> out = new ArrayList<>();
        for (TimeMention m : in) {
            int lookFrom = Math.max(s.from(), m.start() - 20);
            if (!out.isEmpty()) lookFrom = Math.max(lookFrom, out.get(out.size() - 1).end());
            Matcher op = OPERATOR.matcher(s.text().substring(lookFrom, m.start()));
            boolean found = op.find();
            TimeMention t = found && !attributive(op, m, s) ? operator(m, op.group(1).toLowerCase(), lookFrom + op.start(1), s) : null;
            out.add(t != null ? t : m);
        }
        return out;
    }

    /** A lower-case word after the time that is not one of these makes "the TIME word" a noun phrase. */
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(?!(?:and|or|to|through|till|until|when|while|as|but|"
            + "which|that|with|in|on|at|by|for|of|from|had|has|have|was|were|is|are|the|a|an|it|he|she|they|we)\\b)[a-z][a-z-]+\\b");

    /** "after the 2018 poisoning": the operator's "the" and a noun after the time make the time an attribute. */
    private static boolean attributive(Matcher op, TimeMention m, Scan s) {
        if (!op.group(0).toLowerCase(java.util.Locale.ROOT).matches(".*\\bthe\\s+$")) return false;
        return NOUN_AFTER.matcher(s.text()).region(m.end(), s.text().length()).lookingAt();
    }

    private static TimeMention operator(TimeMention m, String op, int start, Scan s) {
        LocalDate p = s.published();
        return switch (op) {
            case "since" -> {
                if (m.from() == null) yield null;
                LocalDate to = p == null || p.isBefore(m.from()) ? null : p;
                yield mention(s, start, m.end(), m.from(), to, m.granularity(), m.relative() || to != null);
            }
            case "before" -> m.from() == null ? null
                    : mention(s, start, m.end(), null, m.from().minusDays(1), m.granularity(), m.relative());
            case "after" -> m.to() == null ? null
                    : mention(s, start, m.end(), m.to().plusDays(1), null, m.granularity(), m.relative());
            default -> m.to() == null ? null : mention(s, start, m.end(), null, m.to(), m.granularity(), m.relative());
        };
    }

    private static TimeMention mention(Scan s, int start, int end, LocalDate from, LocalDate to, Granularity g, boolean rel) {
        return new TimeMention(start, end, s.text().substring(start, end), from, to, g, rel);
    }
}
