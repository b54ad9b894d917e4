package org.longarm.search;

import java.time.LocalDate;
import org.longarm.model.Checks;
import org.longarm.model.IncidentType;
import org.longarm.model.Status;

/**
 * What to look for; null means "any". Dates are compared with the incident's interval as the command line does
 * (open bounds reach as far as they may; undated incidents are left out once a date is asked for). {@code text} is
 * full-text over mentions, names and places ("quoted phrases", {@code -word}, {@code a | b}); all words must match.
 */
public record SearchQuery(IncidentType type, Status status, String country, LocalDate since, LocalDate until,
                          String text, int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public SearchQuery {
        Checks.check(country == null || country.matches("[A-Z]{3}"), "country must be alpha-3, was '" + country + "'");
        Checks.check(since == null || until == null || !until.isBefore(since), "until " + until + " is before since " + since);
        text = text == null || text.isBlank() ? null : text.strip();
        Checks.check(offset >= 0, "offset must not be negative, was " + offset);
        Checks.check(limit >= 1 && limit <= MAX_LIMIT, "limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }

    /** Everything, first page. */
    public static SearchQuery all(int limit) {
        return new SearchQuery(null, null, null, null, null, null, 0, limit);
    }

    public SearchQuery page(int newOffset, int newLimit) {
        return new SearchQuery(type, status, country, since, until, text, newOffset, newLimit);
    }
}
