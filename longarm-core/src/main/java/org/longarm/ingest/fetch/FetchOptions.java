package org.longarm.ingest.fetch;

import java.time.Duration;

/**
 * How the web is fetched: connect and whole-request timeouts, the largest body taken, the most redirects
 * followed, whether private, loopback and link-local addresses may be fetched (refused by default; allowed by
 * {@code LONGARM_ALLOW_PRIVATE=1} or {@code --allow-private}), and the user agent sent.
 */
public record FetchOptions(Duration connectTimeout, Duration timeout, long maxBytes, int maxRedirects,
                           boolean allowPrivate, String userAgent) {
    public static final String USER_AGENT =
            "Longarm/0.1 (news research on transnational repression; +https://www.gnu.org/licenses/gpl-3.0.html)";

    public FetchOptions {
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, was " + connectTimeout);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative, was " + maxRedirects);
        if (userAgent == null || userAgent.isBlank()) throw new IllegalArgumentException("userAgent must not be blank");
    }

    /** 10 s to connect, 30 s per request, 8 MiB, 5 redirects, private addresses as the environment says. */
    public static FetchOptions defaults() {
        return new FetchOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), 8L * 1024 * 1024, 5,
                allowPrivateFromEnvironment(), USER_AGENT);
    }

    /** True when {@code LONGARM_ALLOW_PRIVATE} is 1, true or yes. */
    public static boolean allowPrivateFromEnvironment() {
        String v = System.getenv("LONGARM_ALLOW_PRIVATE");
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes"));
    }

    public FetchOptions withAllowPrivate(boolean allow) {
        return new FetchOptions(connectTimeout, timeout, maxBytes, maxRedirects, allow, userAgent);
    }

    public FetchOptions withTimeout(Duration t) {
        return new FetchOptions(connectTimeout, t, maxBytes, maxRedirects, allowPrivate, userAgent);
    }

    public FetchOptions withMaxBytes(long max) {
        return new FetchOptions(connectTimeout, timeout, max, maxRedirects, allowPrivate, userAgent);
    }
}
