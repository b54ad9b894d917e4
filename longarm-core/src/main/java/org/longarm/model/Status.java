package org.longarm.model;

/** What the report says happened (ONTOLOGY.md). A hedge never changes it. */
public enum Status {
    ORDERED, PLANNED, ATTEMPTED, COMPLETED, FOILED, ONGOING;

    /** How far an act got, for reports that differ: ordered, planned, under way, done, then tried or stopped. */
    public int progress() {
        return switch (this) {
            case ORDERED -> 0;
            case PLANNED -> 1;
            case ONGOING -> 2;
            case COMPLETED -> 3;
            case ATTEMPTED -> 4;
            case FOILED -> 5;
        };
    }

    /** Of two reported statuses, the one furthest along. */
    public static Status furthest(Status a, Status b) {
        return b.progress() > a.progress() ? b : a;
    }
}
