package org.longarm.model;

/** Who an incident is aimed at, as written, and where. */
public record Target(String name, TargetKind kind, TextSpan span) {
    public Target {
        Checks.notBlank(name, "name");
        Checks.notNull(kind, "kind");
    }
}
