package org.longarm.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date in the dateline of a text: the earliest full date (with a year) among "2016/08/18
 * 18:17", "2016-08-18", "April 16, 2019", "Aug. 18, 2016" and "16 April 2019". Dates without a year are left alone.
 */
final class Dateline {
    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** How far into a text a dateline is looked for. */
    static final int WINDOW = 600;

    private Dateline() {}

    /** The earliest valid full date in the first {@link #WINDOW} chars, or null. */
    static Found find(String text) {
        String head = text.length() > WINDOW ? text.substring(0, WINDOW) : text;
        Found best = null;
        best = earlier(best, scan(NUMERIC.matcher(head), 1, 3, 4, false));
        best = earlier(best, scan(MONTH_FIRST.matcher(head), 3, 1, 2, true));
        best = earlier(best, scan(DAY_FIRST.matcher(head), 3, 2, 1, true));
        return best;
    }

    /** A date and where in the text it was written. */
    record Found(LocalDate date, int start, int end) {}

    private static Found scan(Matcher m, int year, int month, int day, boolean monthByName) {
        while (m.find()) {
            try {
                int y = Integer.parseInt(m.group(year));
                if (y < 1900 || y > 2199) continue;
                int mo = monthByName ? MONTHS.get(m.group(month).substring(0, 3).toLowerCase(Locale.ROOT))
                        : Integer.parseInt(m.group(month));
                return new Found(LocalDate.of(y, mo, Integer.parseInt(m.group(day))), m.start(), m.end());
            } catch (DateTimeException | NumberFormatException e) {
                // not a real date ("2016/13/45"): keep looking
            }
        }
        return null;
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.start() < a.start() ? b : a;
    }
}
