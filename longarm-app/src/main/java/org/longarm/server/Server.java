package org.longarm.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.longarm.model.Checks;
import org.longarm.store.Store;

/**
 * Front door of {@code longarm serve}: starts Javalin on a host and port (port 0: any free one) over the store in a
 * data folder, with the REST API v1 ({@link Api}), the Atom feeds and the web UI. Every response carries a content
 * security policy and the other protective headers; errors are {@code {"error", "field"}} JSON and never show a
 * stack trace. On a loopback address reads are open and requests must name a loopback host (no DNS rebinding);
 * on any other address every request needs the token.
 */
public final class Server implements AutoCloseable {
    /** Largest request body accepted, in bytes. */
    public static final int MAX_BODY = 16 * 1024;
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String HANDLED = "longarm.handled";

    private final Javalin app;
    private final Store store;
    private final Catalog catalog;
    private final ApiToken token;
    private final String host;
    private final boolean loopback;

    private Server(Javalin app, Store store, Catalog catalog, ApiToken token, String host, boolean loopback) {
        this.app = app;
        this.store = store;
        this.catalog = catalog;
        this.token = token;
        this.host = host;
        this.loopback = loopback;
    }

    /**
     * Opens the store in {@code dataDir} (and its search index, rebuilt when missing) and starts serving.
     * {@code environmentToken} is the value of {@code $LONGARM_TOKEN} (null when unset); {@code log} receives
     * one line per unexpected server error.
     */
    public static Server start(Path dataDir, String host, int port, String environmentToken, Clock clock, PrintStream log) {
        Checks.notNull(dataDir, "dataDir");
        Checks.notBlank(host, "host");
        Checks.check(port >= 0 && port <= 65535, "port must be 0..65535, was " + port);
        boolean loopback = isLoopback(host);
        ApiToken token = ApiToken.resolve(dataDir, environmentToken);
        Store store = Store.open(dataDir, clock);
        Catalog catalog;
        try {
            catalog = Catalog.open(store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Api api = new Api(store, catalog, token, clock);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = MAX_BODY;
            config.http.prefer405over404 = false;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(8 * 1024);
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
        });
        app.before(ctx -> guard(ctx, loopback, token, catalog));
        api.routes(app);
        app.get("/", ctx -> Assets.send(ctx, "index.html"));
        app.get("/assets/{name}", ctx -> Assets.send(ctx, ctx.pathParam("name")));
        app.exception(ApiError.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage(), e.field()));
        app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), message(e), null));
        app.exception(Exception.class, (e, ctx) -> {
            log.println("longarm: serve: " + ctx.method() + " " + ctx.path() + ": " + e);
            fail(ctx, 500, "internal error", null);
        });
        app.error(404, ctx -> {
            if (ctx.attribute(HANDLED) == null) fail(ctx, 404, "not found", null);
        });
        app.error(405, ctx -> {
            if (ctx.attribute(HANDLED) == null) fail(ctx, 405, "method not allowed", null);
        });
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            catalog.close();
            store.close();
            throw e;
        }
        return new Server(app, store, catalog, token, host, loopback);
    }

    private static String message(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> "request body larger than " + MAX_BODY + " bytes";
            case 404 -> "not found";
            default -> e.getMessage() == null ? "request refused" : e.getMessage();
        };
    }

    static void fail(Context ctx, int status, String message, String field) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        if (status == 401) ctx.header("WWW-Authenticate", "Bearer realm=\"longarm\"");
        Json.error(ctx, status, message, field);
    }

    private static void guard(Context ctx, boolean loopback, ApiToken token, Catalog catalog) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
        if (ctx.path().startsWith("/api/")) ctx.header("Cache-Control", "no-store");
        if (loopback && !loopbackHostHeader(ctx.header("Host"))) {
            throw new ApiError(421, "this server answers only to localhost, 127.0.0.1 or [::1]", "Host");
        }
        if (!loopback && !token.accepts(ctx.header("Authorization"))) {
            throw new ApiError(401, "this server is not on loopback: every request needs Authorization: Bearer TOKEN", "Authorization");
        }
        long length = ctx.req().getContentLengthLong();
        if (length > MAX_BODY) throw new ApiError(413, "request body larger than " + MAX_BODY + " bytes", "body");
        if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/feeds/")) catalog.refreshIfChanged();
    }

    static boolean loopbackHostHeader(String hostHeader) {
        if (hostHeader == null) return false;
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            if (end < 0) return false;
            h = h.substring(1, end);
        } else if (h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        return h.equals("localhost") || h.equals("::1") || h.matches("127(\\.[0-9]{1,3}){3}");
    }

    static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) if (!a.isLoopbackAddress()) return false;
            return true;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host);
        }
    }

    /** The port listened on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    public String host() {
        return host;
    }

    /** True when bound to a loopback address (reads need no token). */
    public boolean loopback() {
        return loopback;
    }

    /** Where the write token came from: the environment variable's name or the token file. */
    public String tokenOrigin() {
        return token.origin();
    }

    /** The base address, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port();
    }

    @Override
    public void close() {
        app.stop();
        catalog.close();
        store.close();
    }
}
