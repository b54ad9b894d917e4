package org.longarm.ingest;

/** The notes ingest leaves in {@link org.longarm.model.Article#flags()}. */
public final class IngestFlags {
    /** The publication date is unknown: relative dates in the text stay unresolved rather than guessed. */
    public static final String NO_PUBLICATION_DATE = "no-publication-date";
    /** The publication date was read from a dateline in the text, not given as metadata. */
    public static final String DATE_INFERRED = "date-inferred";
    /** The outlet was read from a credit line or byline in the text, not given as metadata. */
    public static final String OUTLET_INFERRED = "outlet-inferred";

    private IngestFlags() {}
}
