package org.longarm.store;

import java.time.Instant;
import java.util.Set;
import org.longarm.model.Checks;

/**
 * An analyst's verdict on an incident. Keyed by the incident's id, which is stable across re-runs, so a review
 * outlives re-imports and pipeline upgrades. {@code id} is 0 until the store numbers it.
 */
public record Review(long id, String incidentId, String verdict, String note, String who, Instant at) {
    /** The verdicts an analyst may give. */
    public static final Set<String> VERDICTS = Set.of("confirmed", "rejected", "needs_work");
    public static final int MAX_NOTE = 4000;

    public Review {
        Checks.notBlank(incidentId, "incidentId");
        Checks.check(VERDICTS.contains(verdict), "verdict must be confirmed, rejected or needs_work, was '" + verdict + "'");
        note = note == null ? "" : note;
        Checks.check(note.length() <= MAX_NOTE, "note is longer than " + MAX_NOTE + " characters");
        Checks.notBlank(who, "who");
        Checks.notNull(at, "at");
    }
}
