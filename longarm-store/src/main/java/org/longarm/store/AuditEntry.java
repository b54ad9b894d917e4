package org.longarm.store;

import java.time.Instant;
import org.longarm.model.Checks;

/** One write through the API: when, who, what ({@code action}), on what ({@code target}), details as JSON text. */
public record AuditEntry(long id, Instant at, String who, String action, String target, String detailJson) {
    public AuditEntry {
        Checks.notNull(at, "at");
        Checks.notBlank(who, "who");
        Checks.notBlank(action, "action");
        Checks.notNull(target, "target");
        detailJson = detailJson == null ? "{}" : detailJson;
    }
}
