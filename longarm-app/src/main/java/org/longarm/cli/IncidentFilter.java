package org.longarm.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;
import org.longarm.model.Incident;
import org.longarm.model.IncidentType;
import org.longarm.model.Mention;
import org.longarm.model.Target;

/**
 * The filters of {@code incidents}; null means "any". Dates are compared with the incident's interval, open bounds
 * reaching as far as they may; an incident with no date at all is left out once a date is asked for. The query is a
 * case-insensitive substring of a mention's text, the perpetrator or an alias, a target, the place or the country.
 */
record IncidentFilter(IncidentType type, LocalDate since, LocalDate until, String query) implements Predicate<Incident> {
    IncidentFilter {
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("--until " + until + " is before --since " + since);
        }
        query = query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(Incident i) {
        if (type != null && i.type() != type) return false;
        if (since != null || until != null) {
            if (i.from() == null && i.to() == null) return false;
            if (since != null && i.to() != null && i.to().isBefore(since)) return false;
            if (until != null && i.from() != null && i.from().isAfter(until)) return false;
        }
        return query == null || matches(i);
    }

    private boolean matches(Incident i) {
        for (Mention m : i.mentions()) if (has(m.text())) return true;
        if (has(i.perpetrator())) return true;
        for (String a : i.perpetratorAliases()) if (has(a)) return true;
        for (Target t : i.targets()) if (has(t.name())) return true;
        return i.location() != null && (has(i.location().place()) || has(i.location().country()));
    }

    private boolean has(String s) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(query);
    }
}
