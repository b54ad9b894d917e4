package org.longarm.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes a publication time to ISO: a date stays a date ("2016-08-18"), a date-time becomes
 * "2016-08-18T18:17:00", with its offset kept when one is given ("2016-08-18T18:17:00+09:00", "...Z").
 * Takes ISO forms, news-please's "2016-08-18 18:17:00", slashes ("2016/08/18 18:17") and RFC 1123.
 */
public final class PublishedDate {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?");

    private PublishedDate() {}

    /** The ISO form of {@code raw}, or null when it is not a date or date-time this class knows. */
    public static String normalize(String raw) {
        String s = raw.strip();
        try {
            Matcher m = DATE.matcher(s);
            if (m.matches()) return date(m).toString();
            m = DATE_TIME.matcher(s);
            if (m.matches()) return dateTime(m);
            return rfc1123(s);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(Matcher m) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static String dateTime(Matcher m) {
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        LocalDateTime local = date(m).atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second);
        String offset = m.group(7);
        if (offset == null) return local.format(SECONDS);
        if (offset.length() == 5 && offset.charAt(3) != ':') offset = offset.substring(0, 3) + ":" + offset.substring(3);
        return local.format(SECONDS) + ZoneOffset.of(offset).getId();
    }

    private static String rfc1123(String s) {
        OffsetDateTime t = OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
        return t.toLocalDateTime().format(SECONDS) + t.getOffset().getId();
    }
}
