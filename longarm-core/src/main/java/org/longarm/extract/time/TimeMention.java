package org.longarm.extract.time;

import java.time.LocalDate;
import org.longarm.model.Checks;
import org.longarm.model.TextSpan;
import org.longarm.model.TimeInterval;

/**
 * A time expression found in a text and the interval {@code [from, to]} of ISO dates it names, both bounds
 * inclusive, either one null when open ("since 2011" without a publication date, "until 2013").
 *
 * @param start      UTF-16 offset of the expression in the text it was found in
 * @param end        end offset, exclusive, so that {@code text.substring(start, end)} is {@code expression}
 * @param expression the text of the expression
 * @param relative   true when the interval was worked out from the publication date ("last month", "Aug. 22")
 */
public record TimeMention(int start, int end, String expression, LocalDate from, LocalDate to,
                          Granularity granularity, boolean relative) {
    public TimeMention {
        Checks.check(start >= 0 && end > start, "bad span [" + start + ", " + end + ")");
        Checks.notNull(expression, "expression");
        Checks.check(expression.length() == end - start,
                "expression '" + expression + "' does not fit the span [" + start + ", " + end + ")");
        Checks.notNull(granularity, "granularity");
        Checks.check(from != null || to != null, "interval of '" + expression + "' has no bound");
        Checks.check(from == null || to == null || !to.isBefore(from),
                "interval of '" + expression + "' ends before it starts: " + from + ".." + to);
    }

    /** This mention as the model's interval of an act found in the article {@code articleId}. */
    public TimeInterval toInterval(String articleId) {
        return new TimeInterval(from, to, expression, new TextSpan(articleId, start, end));
    }

    @Override
    public String toString() {
        return "'" + expression + "'@" + start + " [" + from + ", " + to + "] " + granularity + (relative ? " rel" : "");
    }
}
