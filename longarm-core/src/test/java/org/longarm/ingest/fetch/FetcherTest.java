package org.longarm.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherTest {
    private final LocalServer server = new LocalServer();
    private final FetchOptions local = FetchOptions.defaults().withAllowPrivate(true).withTimeout(Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesABodyWithItsTypeAndCharset() throws Exception {
        server.route("/a", LocalServer.Response.ok("text/html; charset=ISO-8859-1", "<p>hello</p>"));
        Fetched f = new Fetcher(local).get(server.uri("/a"));
        assertArrayEquals("<p>hello</p>".getBytes(StandardCharsets.UTF_8), f.body());
        assertEquals("text/html", f.mediaType());
        assertEquals("iso-8859-1", f.charset());
        assertEquals(server.uri("/a"), f.uri());
    }

    @Test
    void sendsAClearUserAgent() throws Exception {
        server.route("/a", LocalServer.Response.ok("text/html", "x"));
        new Fetcher(local).get(server.uri("/a"));
        assertTrue(server.lastUserAgent().startsWith("Longarm/"), server.lastUserAgent());
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() {
        server.route("/a", LocalServer.Response.ok("text/html", "x"));
        FetchException e = assertThrows(FetchException.class,
                () -> new Fetcher(local.withAllowPrivate(false)).get(server.uri("/a")));
        assertTrue(e.getMessage().startsWith("refused: 127.0.0.1 is a private or local address"), e.getMessage());
        assertTrue(e.getMessage().contains("--allow-private"), e.getMessage());
        assertEquals(0, server.requests(), "refused before any request is sent");
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        for (String u : new String[] {"file:///etc/passwd", "ftp://example.org/a", "jar:file:/x!/y"}) {
            FetchException e = assertThrows(FetchException.class, () -> new Fetcher(local).get(URI.create(u)));
            assertTrue(e.getMessage().startsWith("refused: only http and https"), e.getMessage());
        }
    }

    @Test
    void redirectsAreFollowedUpToTheLimit() throws Exception {
        server.route("/r1", LocalServer.Response.redirect("/r2"));
        server.route("/r2", LocalServer.Response.redirect("/final"));
        server.route("/final", LocalServer.Response.ok("text/html", "done"));
        assertEquals(server.uri("/final"), new Fetcher(local).get(server.uri("/r1")).uri());
        server.route("/loop", LocalServer.Response.redirect("/loop"));
        FetchException e = assertThrows(FetchException.class, () -> new Fetcher(local).get(server.uri("/loop")));
        assertEquals("too many redirects (more than 5)", e.getMessage());
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        server.route("/r", LocalServer.Response.redirect("file:///etc/passwd"));
        FetchException e = assertThrows(FetchException.class, () -> new Fetcher(local).get(server.uri("/r")));
        assertTrue(e.getMessage().startsWith("refused: only http and https"), e.getMessage());
    }

    @Test
    void aSlowServerTimesOut() {
        server.route("/slow", new LocalServer.Response(200, "text/html", "late".getBytes(StandardCharsets.UTF_8), Map.of(), 3_000));
        long t0 = System.nanoTime();
        FetchException e = assertThrows(FetchException.class,
                () -> new Fetcher(local.withTimeout(Duration.ofMillis(400))).get(server.uri("/slow")));
        assertTrue(e.getMessage().startsWith("timed out after 0.4 s"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 2_500_000_000L, "gave up in time");
    }

    @Test
    void bodiesOverTheCapAreRefused() {
        server.route("/big", LocalServer.Response.ok("text/html", "x".repeat(5000)));
        FetchException e = assertThrows(FetchException.class, () -> new Fetcher(local.withMaxBytes(1000)).get(server.uri("/big")));
        assertTrue(e.getMessage().startsWith("too large"), e.getMessage());
    }

    @Test
    void httpErrorsAreNamed() {
        FetchException e = assertThrows(FetchException.class, () -> new Fetcher(local).get(server.uri("/missing")));
        assertEquals("HTTP 404", e.getMessage());
    }

    @Test
    void privateAndSpecialAddressesAreNotPublic() throws Exception {
        for (String a : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
                "0.0.0.0", "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "224.0.0.1"}) {
            assertFalse(AddressPolicy.isPublic(InetAddress.getByName(a)), a);
        }
        for (String a : new String[] {"93.184.216.34", "2606:4700::1111", "8.8.8.8"}) {
            assertTrue(AddressPolicy.isPublic(InetAddress.getByName(a)), a);
        }
    }

    @Test
    void feedsAreToldFromPages() {
        assertTrue(FeedSniffer.isFeed("<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">".getBytes(StandardCharsets.UTF_8)));
        assertTrue(FeedSniffer.isFeed("<feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes(StandardCharsets.UTF_8)));
        assertFalse(FeedSniffer.isFeed("<!DOCTYPE html><html><body>rss</body></html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(new Fetched(URI.create("http://x/"), "application/rss+xml", null, new byte[0]).looksLikeFeed());
        assertFalse(new Fetched(URI.create("http://x/"), "text/html", null, "<rss>".getBytes(StandardCharsets.UTF_8)).looksLikeFeed());
    }
}
