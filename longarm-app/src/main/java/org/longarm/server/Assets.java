package org.longarm.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web UI's files, served from this jar's resources. Only the names listed here exist: a request names a key
 * of this table, never a path, so nothing outside it can be reached.
 */
final class Assets {
    static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "world.json", "application/json; charset=utf-8",
            "openapi.json", "application/json; charset=utf-8",
            "favicon.svg", "image/svg+xml");
    private static final Map<String, byte[]> CONTENT = load();

    private Assets() {}

    private static Map<String, byte[]> load() {
        Map<String, byte[]> out = new java.util.HashMap<>();
        for (String name : TYPES.keySet()) {
            try (InputStream in = Assets.class.getResourceAsStream("web/" + name)) {
                if (in == null) throw new IllegalStateException("web asset missing from the jar: " + name);
                out.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(out);
    }

    static boolean exists(String name) {
        return name != null && CONTENT.containsKey(name);
    }

    static void send(Context ctx, String name) {
        if (!exists(name)) throw ApiError.notFound("no such file");
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(TYPES.get(name)).result(CONTENT.get(name));
    }
}
