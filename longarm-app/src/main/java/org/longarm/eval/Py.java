package org.longarm.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few Python semantics that score.py relies on, over Jackson nodes (a null or missing node is Python's None). */
final class Py {
    private static final Pattern YMD = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})|([0-9]{4})([0-9]{2})([0-9]{2})");
    private static final Pattern WEEK = Pattern.compile("([0-9]{4})-W([0-9]{2})(?:-([0-9]))?|([0-9]{4})W([0-9]{2})([0-9])?");

    private Py() {}

    static boolean isNone(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    /** {@code bool(x)}. */
    static boolean truthy(JsonNode n) {
        if (isNone(n)) return false;
        if (n.isBoolean()) return n.booleanValue();
        if (n.isNumber()) return n.decimalValue().signum() != 0;
        if (n.isTextual()) return !n.textValue().isEmpty();
        return n.size() > 0;
    }

    /** {@code isinstance(x, int)}: JSON integers and booleans. */
    static boolean isInt(JsonNode n) {
        return !isNone(n) && (n.isIntegralNumber() || n.isBoolean());
    }

    /** {@code a == b} for JSON values: numbers (booleans included) by value, the rest structurally. */
    static boolean eq(JsonNode a, JsonNode b) {
        if (isNone(a) || isNone(b)) return isNone(a) && isNone(b);
        if (numeric(a) && numeric(b)) return number(a).compareTo(number(b)) == 0;
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!eq(a.get(i), b.get(i))) return false;
            return true;
        }
        return a.equals(b);
    }

    private static boolean numeric(JsonNode n) {
        return n.isNumber() || n.isBoolean();
    }

    private static BigDecimal number(JsonNode n) {
        return n.isBoolean() ? (n.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO) : n.decimalValue();
    }

    /** The node as a string when it is one, else null. */
    static String text(JsonNode n) {
        return n != null && n.isTextual() ? n.textValue() : null;
    }

    /** {@code x.get(key)} on a dict, None on anything else. */
    static JsonNode get(JsonNode n, String key) {
        return n != null && n.isObject() ? n.get(key) : null;
    }

    /** {@code x or {}} then {@code .get(key)}. */
    static JsonNode getOrEmpty(JsonNode n, String key) {
        return truthy(n) ? get(n, key) : null;
    }

    /** {@code str.strip()}: Python's notion of whitespace includes the no-break spaces. */
    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && space(s.charAt(b))) b++;
        while (e > b && space(s.charAt(e - 1))) e--;
        return s.substring(b, e);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** score.py's {@code date(s)}: None when falsy, else {@code date.fromisoformat(str(s)[:10])} or None (Python 3.11). */
    static LocalDate date(JsonNode n) {
        if (!truthy(n)) return null;
        String s;
        if (n.isTextual()) s = n.textValue();
        else if (n.isIntegralNumber()) s = n.bigIntegerValue().toString();
        else return null; // str() of a float, bool, list or dict never parses as a date
        if (s.length() > 10) s = s.substring(0, 10);
        try {
            Matcher m = YMD.matcher(s);
            if (m.matches()) {
                int g = m.group(1) != null ? 1 : 4;
                int y = Integer.parseInt(m.group(g));
                return y < 1 ? null : LocalDate.of(y, Integer.parseInt(m.group(g + 1)), Integer.parseInt(m.group(g + 2)));
            }
            m = WEEK.matcher(s);
            if (m.matches()) {
                int g = m.group(1) != null ? 1 : 4;
                return isoWeekDate(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)),
                        m.group(g + 2) == null ? 1 : Integer.parseInt(m.group(g + 2)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static LocalDate isoWeekDate(int year, int week, int day) {
        if (year < 1 || day < 1 || day > 7 || week < 1 || week > 53) return null;
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        if (week == 53) {
            int wd = jan1.getDayOfWeek().getValue(); // Monday 1 .. Sunday 7
            if (!(wd == 4 || (wd == 3 && jan1.isLeapYear()))) return null;
        }
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        LocalDate d = jan4.minusDays(jan4.getDayOfWeek().getValue() - 1L).plusWeeks(week - 1L).plusDays(day - 1L);
        return d.getYear() > 9999 ? null : d;
    }

    /** {@code round(x, 3)}: the exact binary value rounded half-even, as CPython does. */
    static double round3(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** {@code repr(x)} of a value that {@link #round3} returned, or of an int, or None. */
    static String repr(Object v) {
        if (v == null) return "None";
        if (v instanceof Double d) {
            if (d.isNaN()) return "nan";
            if (d.isInfinite()) return d > 0 ? "inf" : "-inf";
            String s = new BigDecimal(d).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        return v.toString();
    }
}
