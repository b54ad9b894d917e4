package org.longarm.extract.time;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every answer of {@link TimeExpressions#find} must satisfy on any input: spans inside the region,
 * {@code substring(start, end)} equal to the expression, sorted, not overlapping; never a throw.
 */
class TimeExpressionsContractTest {
    private static final String[] WORDS = {"in", "In", "the", "since", "between", "and", "to", "from", "until",
        "last", "this", "past", "next", "early", "mid-", "late", "end", "of", "May", "may", "March", "Aug.", "June",
        "spring", "fall", "winter", "1997", "2011", "2,000", "1990s", "'90s", "-", "13", "two", "a", "few",
        "several", "years", "weeks", "months", "ago", "recently", "recent", "Monday", "yesterday", "week", "year",
        "2016/08/18", "2016-08-18", ",", ".", "22", "\u2013", "\uD83D\uDE00", "\uBD81\uD55C", "\u00e9t\u00e9", " ", "\n"};
    private static final LocalDate[] DATES = {null, LocalDate.of(2016, 8, 23), LocalDate.of(2019, 1, 2),
        LocalDate.of(2016, 2, 29), LocalDate.of(2020, 12, 31)};

    @Test
    void keepsTheContractOnRandomText() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 300; round++) {
            String text = randomText(random, random.nextInt(60));
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            LocalDate published = DATES[random.nextInt(DATES.length)];
            String context = "seed " + seed + ", round " + round + ", text '" + text + "' [" + start + ", " + end + ")";
            List<TimeMention> found = assertDoesNotThrow(() -> TimeExpressions.find(text, start, end, published), context);
            check(text, start, end, found, context);
        }
    }

    @Test
    void handlesEmptyAndLongText() {
        assertEquals(List.of(), TimeExpressions.find("", LocalDate.of(2016, 8, 23)));
        String sentence = "In 1997 he fled; in mid-March agents came, and 13 years ago a team left last summer. ";
        String text = sentence.repeat(2000);
        List<TimeMention> found = TimeExpressions.find(text, LocalDate.of(2016, 8, 23));
        assertEquals(2000 * 4, found.size());
        check(text, 0, text.length(), found, "long text");
    }

    private static void check(String text, int start, int end, List<TimeMention> found, String context) {
        int previousEnd = start;
        for (TimeMention m : found) {
            assertTrue(m.start() >= previousEnd && m.end() <= end, context + ": " + m);
            assertEquals(m.expression(), text.substring(m.start(), m.end()), context);
            previousEnd = m.end();
        }
    }

    private static String randomText(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(4) > 0) b.append(' ');
        }
        return b.toString();
    }
}
