package org.longarm.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimeLexiconTest {
    private final TimeLexicon lex = TimeLexicon.get();

    @Test
    void readsAmountsAsDigitsWordsAndVagueQuantities() {
        assertEquals(new TimeLexicon.Amount(13, 13), lex.amountOf("13"));
        assertEquals(new TimeLexicon.Amount(1, 1), lex.amountOf("an"));
        assertEquals(new TimeLexicon.Amount(21, 21), lex.amountOf("Twenty-one"));
        assertEquals(new TimeLexicon.Amount(2, 2), lex.amountOf("a  couple of"));
        assertEquals(new TimeLexicon.Amount(2, 5), lex.amountOf("a few"));
        assertTrue(lex.amountOf("several").vague());
    }

    @Test
    void namesMonthsWeekdaysSeasonsAndUnits() {
        assertEquals(9, lex.monthOf("Sept."));
        assertEquals(5, lex.monthOf("May"));
        assertEquals(DayOfWeek.THURSDAY, lex.weekdayOf("Thursday"));
        assertEquals(9, lex.seasonOf("Fall"));
        assertEquals(12, lex.seasonOf("winter"));
        assertEquals(ChronoUnit.WEEKS, lex.unitOf("weeks"));
    }

    @Test
    void matchesCapitalizedMonthNamesOnly() {
        Pattern month = Pattern.compile(lex.month("m"));
        assertTrue(month.matcher("Aug.").matches());
        assertTrue(month.matcher("September").matches());
        assertFalse(month.matcher("may").matches());
        assertFalse(month.matcher("Mayor").lookingAt());
        assertFalse(month.matcher("Augustine").lookingAt());
    }
}
