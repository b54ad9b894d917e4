package org.longarm.model;

/** The acting body or person: canonical name, the name as written in the text, and where. */
public record Perpetrator(String name, String alias, TextSpan span) {
    public Perpetrator {
        Checks.notBlank(name, "name");
    }
}
