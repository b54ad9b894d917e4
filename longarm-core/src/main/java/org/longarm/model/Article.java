package org.longarm.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;

/**
 * One article as given on the way in. {@code published} is an ISO date or date-time (or null when unknown);
 * {@code extraJson} keeps the unknown input fields as a JSON object; {@code flags} are ingest notes such as
 * {@code no-publication-date}; {@code source} names the file (and record) it came from.
 */
public record Article(String id, String outlet, String url, String published, String title, String text,
                      String language, String extraJson, List<String> flags, String source) {
    public Article {
        Checks.notBlank(id, "id");
        Checks.notNull(text, "text");
        flags = flags == null ? List.of() : List.copyOf(flags);
        extraJson = extraJson == null ? "{}" : extraJson;
        if (published != null) {
            Checks.check(parseDate(published) != null, "published is not an ISO date or date-time: '" + published + "' in " + id);
        }
    }

    /** The publication date, or null when unknown. */
    public LocalDate publishedDate() {
        return published == null ? null : parseDate(published);
    }

    /** SHA-256 of the text, hex. */
    public String sha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Article withFlags(List<String> newFlags) {
        return new Article(id, outlet, url, published, title, text, language, extraJson, newFlags, source);
    }

    static LocalDate parseDate(String s) {
        if (s.length() < 10) return null;
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
