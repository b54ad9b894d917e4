package org.longarm.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import org.longarm.model.IncidentType;
import org.longarm.model.Status;
import org.longarm.search.SearchQuery;

/** Query parameters of the API, validated one by one; a bad one is a 400 naming it. */
final class Params {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_QUERY = 500;

    private Params() {}

    /** The incident filters of {@code /api/incidents} (and of the stats, the map and the feeds), paged by limit and cursor. */
    static SearchQuery search(Context ctx) {
        IncidentType type = enumParam(ctx, "type", IncidentType.class);
        Status status = enumParam(ctx, "status", Status.class);
        String country = string(ctx, "country", 3);
        if (country != null) {
            if (!country.matches("[A-Za-z]{3}")) throw ApiError.badRequest("country", "country must be an ISO 3166 alpha-3 code such as CHN");
            country = country.toUpperCase(Locale.ROOT);
        }
        LocalDate since = date(ctx, "since");
        LocalDate until = date(ctx, "until");
        if (since != null && until != null && until.isBefore(since)) {
            throw ApiError.badRequest("until", "until " + until + " is before since " + since);
        }
        String q = string(ctx, "q", MAX_QUERY);
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, SearchQuery.MAX_LIMIT);
        int offset = cursor(ctx.queryParam("cursor"));
        return new SearchQuery(type, status, country, since, until, q, offset, limit);
    }

    static int intParam(Context ctx, String name, int otherwise, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return otherwise;
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // fall through
        }
        throw ApiError.badRequest(name, name + " must be a whole number from " + min + " to " + max);
    }

    static String string(Context ctx, String name, int maxLength) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > maxLength) throw ApiError.badRequest(name, name + " is longer than " + maxLength + " characters");
        return v.strip();
    }

    static LocalDate date(Context ctx, String name) {
        String v = string(ctx, name, 100);
        if (v == null) return null;
        try {
            if (v.length() != 10) throw new DateTimeParseException("not YYYY-MM-DD", v, 0);
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name, name + " must be a date as YYYY-MM-DD");
        }
    }

    private static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type) {
        String v = string(ctx, name, 100);
        if (v == null) return null;
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw unknown(name, type);
        }
    }

    private static <E extends Enum<E>> ApiError unknown(String name, Class<E> type) {
        StringBuilder b = new StringBuilder();
        for (E e : type.getEnumConstants()) b.append(b.length() == 0 ? "" : ", ").append(e.name());
        return ApiError.badRequest(name, name + " must be one of " + b);
    }

    /** The opaque cursor of a list page: the offset of its first item. */
    static String cursorFor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o" + offset).getBytes(StandardCharsets.US_ASCII));
    }

    static int cursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) return 0;
        try {
            if (cursor.length() > 20) throw new IllegalArgumentException();
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!s.matches("o[0-9]{1,9}")) throw new IllegalArgumentException();
            return Integer.parseInt(s.substring(1));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("cursor", "cursor is not one this server gave out");
        }
    }
}
