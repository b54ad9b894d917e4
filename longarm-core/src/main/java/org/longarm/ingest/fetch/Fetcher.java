package org.longarm.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches http(s) resources safely: every hop of a redirect chain is checked (scheme, address policy), the whole
 * fetch has one deadline, bodies over the size cap are refused, and a clear user agent is sent. Thread-safe.
 * Note: the address is checked by resolving the host just before each request, not pinned for it.
 */
public final class Fetcher {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "longarm-fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final FetchOptions options;
    private final HttpClient client;

    public Fetcher(FetchOptions options) {
        if (options == null) throw new IllegalArgumentException("options must not be null");
        this.options = options;
        this.client = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    public FetchOptions options() {
        return options;
    }

    /** The resource at {@code uri}, following at most {@code maxRedirects} redirects. */
    public Fetched get(URI uri) throws FetchException {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        URI current = uri;
        for (int hop = 0; ; hop++) {
            check(current);
            HttpResponse<InputStream> response = send(current, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response.body());
                String location = response.headers().firstValue("location").orElse(null);
                if (location == null) throw new FetchException("HTTP " + status + " redirect without a Location");
                if (hop >= options.maxRedirects()) {
                    throw new FetchException("too many redirects (more than " + options.maxRedirects() + ")");
                }
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException("bad redirect Location '" + location + "'");
                }
                continue;
            }
            if (status < 200 || status >= 300) {
                close(response.body());
                throw new FetchException("HTTP " + status);
            }
            long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
            if (declared > options.maxBytes()) {
                close(response.body());
                throw new FetchException("too large (" + declared + " bytes, limit " + options.maxBytes() + ")");
            }
            byte[] body = read(response.body(), deadline);
            String contentType = response.headers().firstValue("content-type").orElse(null);
            return new Fetched(current, mediaType(contentType), charset(contentType), body);
        }
    }

    private void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("refused: only http and https addresses are fetched, not '" + uri + "'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) throw new FetchException("no host in '" + uri + "'");
        AddressPolicy.check(uri.getHost(), options.allowPrivate());
    }

    private HttpResponse<InputStream> send(URI uri, long deadline) throws FetchException {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw timedOut();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).GET().timeout(java.time.Duration.ofNanos(left))
                    .header("User-Agent", options.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                            + "application/xml;q=0.9,*/*;q=0.5")
                    .build();
        } catch (IllegalArgumentException e) {
            throw new FetchException("bad address '" + uri + "'");
        }
        try {
            return client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timedOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpConnectTimeoutException) throw new FetchException("connection timed out");
            if (cause instanceof HttpTimeoutException) throw timedOut();
            if (cause instanceof ConnectException) throw new FetchException("connection refused");
            String m = cause == null ? e.toString() : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new FetchException("cannot fetch: " + m);
        }
    }

    private byte[] read(InputStream in, long deadline) throws FetchException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            close(in);
            throw timedOut();
        }
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> close(in), left, TimeUnit.NANOSECONDS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 14];
        try (in) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
                if (out.size() > options.maxBytes()) {
                    throw new FetchException("too large (over " + options.maxBytes() + " bytes)");
                }
            }
        } catch (IOException e) {
            if (System.nanoTime() - deadline >= 0) throw timedOut();
            throw new FetchException("cannot read the response: " + e.getMessage());
        } finally {
            alarm.cancel(false);
        }
        if (System.nanoTime() - deadline > 0) throw timedOut();
        return out.toByteArray();
    }

    private FetchException timedOut() {
        return new FetchException("timed out after " + options.timeout().toMillis() / 1000.0 + " s");
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to do with a stream given up on
        }
    }

    static String mediaType(String contentType) {
        if (contentType == null) return null;
        String t = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    static String charset(String contentType) {
        if (contentType == null) return null;
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String c = p.substring(8).replace("\"", "").strip();
                return c.isEmpty() ? null : c.toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
