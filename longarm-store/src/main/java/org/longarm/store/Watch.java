package org.longarm.store;

import java.time.Instant;
import org.longarm.model.Checks;
import org.longarm.model.IncidentType;

/**
 * A saved watch rule: incidents of this type, in this country, matching this full-text query (null means any),
 * each rule with its own feed.
 */
public record Watch(String id, String name, IncidentType type, String country, String query, String who, Instant created) {
    public Watch {
        Checks.check(id != null && id.matches("[a-z0-9]{1,64}"), "watch id must be lower-case letters and digits, was '" + id + "'");
        Checks.check(country == null || country.matches("[A-Z]{3}"), "country must be alpha-3, was '" + country + "'");
        query = query == null || query.isBlank() ? null : query.strip();
        Checks.notBlank(who, "who");
        Checks.notNull(created, "created");
    }
}
