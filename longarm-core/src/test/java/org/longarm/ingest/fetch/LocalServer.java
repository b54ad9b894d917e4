package org.longarm.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process HTTP server on 127.0.0.1 and a free port, for tests: serves fixed responses by path, counts
 * requests, remembers the last user agent. Stop it with {@link #close()}.
 */
public final class LocalServer implements AutoCloseable {
    /** A canned response. {@code delayMillis} waits before the headers are sent. */
    public record Response(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis) {
        public static Response ok(String contentType, String body) {
            return new Response(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), 0);
        }

        public static Response redirect(String location) {
            return new Response(302, null, new byte[0], Map.of("Location", location), 0);
        }
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "local-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Response> routes = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String lastUserAgent;

    public LocalServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public LocalServer route(String path, Response response) {
        routes.put(path, response);
        return this;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public int requests() {
        return requests.get();
    }

    public String lastUserAgent() {
        return lastUserAgent;
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        lastUserAgent = exchange.getRequestHeaders().getFirst("User-Agent");
        Response r = routes.get(exchange.getRequestURI().getPath());
        try (exchange) {
            if (r == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (r.delayMillis() > 0) {
                try {
                    Thread.sleep(r.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (r.contentType() != null) exchange.getResponseHeaders().set("Content-Type", r.contentType());
            r.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            if (r.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(r.body());
                }
            }
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to do
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
