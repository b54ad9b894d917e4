package org.longarm.cli;

import java.util.Locale;

/**
 * What one import did: articles read, newly processed ({@code fresh}), skipped as {@code unchanged}, {@code rejected}
 * inputs (files, records, duplicates), {@code relevant} articles among those read, incidents in the store afterwards.
 */
record ImportSummary(long read, long fresh, long unchanged, long rejected, long relevant, int incidents, double seconds) {
    /** The closing line on standard error. */
    String line() {
        return String.format(Locale.ROOT, "longarm: %d articles read: %d new, %d unchanged, %d rejected; %d relevant; "
                + "%d incidents in the store; %.1f s", read, fresh, unchanged, rejected, relevant, incidents, seconds);
    }
}
