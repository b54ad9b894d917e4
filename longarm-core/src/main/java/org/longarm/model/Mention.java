package org.longarm.model;

/**
 * One piece of evidence for an incident: the clause, its status as reported there, whether it is hedged,
 * and who the sentence attributes it to. {@code trigger} is the span of the word or phrase that signalled
 * the incident type.
 */
public record Mention(TextSpan span, String text, IncidentType type, Status status, boolean hedged,
                      Attribution attribution, TextSpan trigger) {
    public Mention {
        Checks.notNull(span, "span");
        Checks.notNull(text, "text");
        Checks.check(text.length() == span.length(), "mention text length " + text.length() + " differs from span " + span);
        Checks.notNull(type, "type");
        Checks.notNull(status, "status");
        Checks.notNull(attribution, "attribution");
    }
}
