package org.longarm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.export.Exports;
import org.longarm.model.ArticleResult;
import org.longarm.model.Incident;
import org.longarm.model.IncidentType;
import org.longarm.model.Status;
import org.longarm.store.testkit.ArticleResultBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The server on a free loopback port over a store built like an import builds it, hit with real HTTP requests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerTest {
    static final String TOKEN = "test-token-0123456789abcdef";

    @TempDir
    static Path data;

    Server server;
    Http http;
    List<Incident> incidents;

    @BeforeAll
    void start() {
        incidents = Fixture.importInto(data, Fixture.articles());
        server = Server.start(data, "127.0.0.1", 0, TOKEN, Clock.systemUTC(), System.err);
        http = new Http(server.url());
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    String idOf(IncidentType type) {
        return incidents.stream().filter(x -> x.type() == type).findFirst().orElseThrow().id();
    }

    static void assertError(HttpResponse<String> r, int status, String field) {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode j = Http.json(r);
        assertTrue(j.get("error").isTextual(), r.body());
        if (field == null) assertTrue(j.get("field").isNull(), r.body());
        else assertEquals(field, j.get("field").asText(), r.body());
        assertFalse(r.body().contains("at org.") || r.body().contains("Exception"), "no stack trace: " + r.body());
    }

    @Test
    void incidentListItemsAreTheExportObjectsWithTotalAndFacets() throws Exception {
        HttpResponse<String> r = http.get("/api/incidents?limit=500");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode j = Http.json(r);
        assertEquals(incidents.size(), j.get("total").asInt());
        assertTrue(j.get("next").isNull());
        Set<JsonNode> expected = new HashSet<>();
        for (Incident x : incidents) expected.add(Http.JSON.readTree(Exports.incidentJson(x)));
        Set<JsonNode> got = new HashSet<>();
        j.get("items").forEach(got::add);
        assertEquals(expected, got);
        assertEquals(2, j.at("/facets/country/CHN").asInt(), r.body());
        assertEquals(1, j.at("/facets/type/FORCED_RETURN").asInt());
    }

    @Test
    void cursorPagesThroughEveryIncidentOnce() {
        List<String> seen = new ArrayList<>();
        String cursor = "";
        for (int page = 0; page < 10; page++) {
            JsonNode j = Http.json(http.get("/api/incidents?limit=1" + (cursor.isEmpty() ? "" : "&cursor=" + cursor)));
            assertEquals(1, j.get("items").size());
            seen.add(j.get("items").get(0).get("id").asText());
            if (j.get("next").isNull()) break;
            cursor = j.get("next").asText();
        }
        List<String> all = new ArrayList<>(incidents.stream().map(Incident::id).toList());
        List<String> sorted = new ArrayList<>(seen);
        Collections.sort(all);
        Collections.sort(sorted);
        assertEquals(all, sorted);
    }

    @Test
    void filtersByTypeStatusCountryDatesAndText() {
        assertEquals(List.of(idOf(IncidentType.FORCED_RETURN)), ids("/api/incidents?type=forced_return"));
        assertEquals(List.of(idOf(IncidentType.THREAT)), ids("/api/incidents?status=ONGOING"));
        assertEquals(2, ids("/api/incidents?country=chn").size());
        assertEquals(List.of(idOf(IncidentType.ABDUCTION)), ids("/api/incidents?since=2018-01-01&until=2020-01-01"));
        assertEquals(List.of(idOf(IncidentType.FORCED_RETURN)), ids("/api/incidents?q=repatriated+women"));
        assertEquals(List.of(idOf(IncidentType.ABDUCTION)), ids("/api/incidents?q=%22state+security%22"));
        assertEquals(List.of(), ids("/api/incidents?q=weather"));
    }

    List<String> ids(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), r.body());
        List<String> out = new ArrayList<>();
        Http.json(r).get("items").forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    @Test
    void badParametersAre400NamingTheField() {
        assertError(http.get("/api/incidents?since=notadate"), 400, "since");
        assertError(http.get("/api/incidents?until=2019-13-01"), 400, "until");
        assertError(http.get("/api/incidents?since=2020-01-01&until=2019-01-01"), 400, "until");
        assertError(http.get("/api/incidents?type=PICNIC"), 400, "type");
        assertError(http.get("/api/incidents?status=maybe"), 400, "status");
        assertError(http.get("/api/incidents?country=C"), 400, "country");
        assertError(http.get("/api/incidents?limit=0"), 400, "limit");
        assertError(http.get("/api/incidents?limit=abc"), 400, "limit");
        assertError(http.get("/api/incidents?limit=100000"), 400, "limit");
        assertError(http.get("/api/incidents?cursor=bm90LWEtY3Vyc29y"), 400, "cursor");
        assertError(http.get("/api/incidents?q=" + "x".repeat(600)), 400, "q");
        assertError(http.get("/api/audit?limit=-1"), 400, "limit");
        assertError(http.get("/api/stats?since=yesterday"), 400, "since");
    }

    @Test
    void oneIncidentHasMentionsPerArticleReadingsSourceChainAndConflict() {
        String id = idOf(IncidentType.ABDUCTION);
        HttpResponse<String> r = http.get("/api/incidents/" + id);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode j = Http.json(r);
        assertEquals(id, j.get("id").asText());
        assertEquals(2, j.get("mentions").size());
        for (JsonNode m : j.get("mentions")) {
            String text = m.get("article").asText().equals("a1") ? Fixture.T1 : Fixture.T2;
            assertEquals(text.substring(m.get("start").asInt(), m.get("end").asInt()), m.get("text").asText());
        }
        assertTrue(j.at("/target_count/conflict").asBoolean(), r.body());
        assertEquals(2, j.at("/target_count/by_article/a1").asInt());
        assertEquals(3, j.at("/target_count/by_article/a2").asInt());
        assertEquals(2, j.get("reports").size());
        assertEquals(2, j.get("sources").size());
        JsonNode a2 = j.get("sources").get(0).get("article").asText().equals("a2") ? j.get("sources").get(0) : j.get("sources").get(1);
        assertEquals("Daily NK", a2.get("cites").get(0).asText());
        assertEquals(Fixture.XSS_OUTLET, a2.get("outlet").asText());
        assertTrue(j.get("reviews").isArray());
    }

    @Test
    void unknownIncidentArticleAndPathAre404Json() {
        assertError(http.get("/api/incidents/no-such-id"), 404, null);
        assertError(http.get("/api/articles/no-such-article"), 404, null);
        assertError(http.get("/api/nothing-here"), 404, null);
        assertError(http.get("/feeds/watch/nope.atom"), 404, null);
    }

    @Test
    void anArticleHasItsTextMentionsAndIncidents() {
        JsonNode j = Http.json(http.get("/api/articles/a3"));
        assertEquals(Fixture.T3, j.get("text").asText());
        assertEquals("NK News", j.get("outlet").asText());
        assertEquals(1, j.get("incidents").size());
        assertEquals(idOf(IncidentType.FORCED_RETURN), j.get("incidents").get(0).get("id").asText());
        JsonNode m = j.get("mentions").get(0);
        assertEquals(m.get("text").asText(), Fixture.T3.substring(m.get("start").asInt(), m.get("end").asInt()));
        assertEquals("NAMED_SOURCE", m.at("/attribution/kind").asText());
        JsonNode irrelevant = Http.json(http.get("/api/articles/a5"));
        assertFalse(irrelevant.get("relevant").asBoolean());
        assertEquals(0, irrelevant.get("incidents").size());
    }

    @Test
    void statsCountByTypeStatusCountryAndMonth() {
        JsonNode j = Http.json(http.get("/api/stats"));
        assertEquals(incidents.size(), j.get("incidents").asInt());
        assertEquals(5, j.get("articles").asInt());
        assertEquals(1, j.at("/by_type/ABDUCTION").asInt());
        assertEquals(2, j.at("/by_status/COMPLETED").asInt());
        assertEquals(2, j.at("/by_country/CHN").asInt());
        assertEquals(1, j.at("/by_month/2019-03").asInt());
        assertEquals(1, j.at("/by_month/2016-05").asInt());
        assertEquals(1, j.get("undated").asInt());
        assertEquals(1, Http.json(http.get("/api/stats?type=FORCED_RETURN")).get("incidents").asInt());
    }

    @Test
    void mapGroupsIncidentsByPlace() {
        JsonNode j = Http.json(http.get("/api/map"));
        assertEquals(2, j.get("points").size());
        assertEquals(2, j.at("/by_country/CHN").asInt());
    }

    @Test
    void writesWithoutAValidTokenAre401() {
        String path = "/api/incidents/" + idOf(IncidentType.THREAT) + "/reviews";
        String body = "{\"verdict\":\"confirmed\"}";
        assertError(http.post(path, body, null), 401, "Authorization");
        assertError(http.post(path, body, "wrong-token-0123456789"), 401, "Authorization");
        assertError(http.post(path, body, TOKEN + "x"), 401, "Authorization");
        HttpResponse<String> r = http.post(path, body, null);
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertError(http.post("/api/watches", "{\"type\":\"ABDUCTION\"}", null), 401, "Authorization");
        assertEquals(0, Http.json(http.get("/api/incidents/" + idOf(IncidentType.THREAT))).get("reviews").size());
    }

    @Test
    void badReviewsAre400NamingTheFieldAndOversizedBodies413() {
        String path = "/api/incidents/" + idOf(IncidentType.FORCED_RETURN) + "/reviews";
        assertError(http.post(path, "{\"verdict\":\"probably\"}", TOKEN), 400, "verdict");
        assertError(http.post(path, "{\"note\":\"no verdict\"}", TOKEN), 400, "verdict");
        assertError(http.post(path, "{\"verdict\":\"confirmed\",\"note\":7}", TOKEN), 400, "note");
        assertError(http.post(path, "{\"verdict\":\"confirmed\",\"admin\":true}", TOKEN), 400, "admin");
        assertError(http.post(path, "not json", TOKEN), 400, "body");
        assertError(http.post(path, "[1,2]", TOKEN), 400, "body");
        assertError(http.post(path, "{\"verdict\":\"confirmed\",\"note\":\"" + "x".repeat(5000) + "\"}", TOKEN), 400, "note");
        HttpResponse<String> big = http.post(path, "{\"verdict\":\"confirmed\",\"note\":\"" + "x".repeat(40_000) + "\"}", TOKEN);
        assertEquals(413, big.statusCode(), big.body());
        assertError(http.post("/api/incidents/nope/reviews", "{\"verdict\":\"confirmed\"}", TOKEN), 404, null);
    }

    @Test
    void aReviewIsStoredShownOnTheIncidentAuditedAndSurvivesAReimport(@TempDir Path own) throws Exception {
        List<Incident> before = Fixture.importInto(own, Fixture.articles());
        String id = before.stream().filter(x -> x.type() == IncidentType.ABDUCTION).findFirst().orElseThrow().id();
        try (Server server = Server.start(own, "127.0.0.1", 0, TOKEN, Clock.systemUTC(), System.err)) {
            Http http = new Http(server.url());
            reviewThenReimport(own, http, id);
        }
    }

    void reviewThenReimport(Path data, Http http, String id) throws Exception {
        HttpResponse<String> r = http.post("/api/incidents/" + id + "/reviews",
                "{\"verdict\":\"needs_work\",\"note\":\"count differs <b>2 vs 3</b>\",\"reviewer\":\"Ana\"}", TOKEN);
        assertEquals(201, r.statusCode(), r.body());
        JsonNode saved = Http.json(r);
        assertEquals("needs_work", saved.get("verdict").asText());
        assertTrue(saved.get("who").asText().startsWith("Ana (token:"), saved.toString());
        assertFalse(saved.get("who").asText().contains(TOKEN));

        JsonNode audit = Http.json(http.get("/api/audit?limit=50"));
        JsonNode newest = audit.get("items").get(0);
        assertEquals("review", newest.get("action").asText());
        assertEquals(id, newest.get("target").asText());
        assertEquals("needs_work", newest.at("/detail/verdict").asText());
        assertNotNull(newest.get("at").asText());

        // a re-import: one more article, everything relinked and reindexed by another store handle (as the CLI does)
        List<ArticleResult> more = new ArrayList<>(Fixture.articles());
        more.add(ArticleResultBuilder.article("a6").outlet("Late Wire").published("2022-01-01").title("Late")
                .text("Agents abducted a defector in Yanji.")
                .mentioning(IncidentType.ABDUCTION, Status.COMPLETED, "abducted a defector").build());
        List<Incident> relinked = Fixture.importInto(data, more);
        assertTrue(relinked.stream().anyMatch(x -> x.id().equals(id)), "incident ids are stable");
        long deadline = System.nanoTime() + 10_000_000_000L;
        int total = 0;
        while (System.nanoTime() < deadline) {
            total = Http.json(http.get("/api/incidents")).get("total").asInt();
            if (total == relinked.size()) break;
            Thread.sleep(200);
        }
        assertEquals(relinked.size(), total, "the server picked up the import");
        JsonNode after = Http.json(http.get("/api/incidents/" + id));
        assertEquals(1, after.get("reviews").size(), after.toString());
        assertEquals("count differs <b>2 vs 3</b>", after.get("reviews").get(0).get("note").asText());
    }

    @Test
    void articleStringsAreNeverMarkupInApiResponses() {
        HttpResponse<String> r = http.get("/api/articles/a2");
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<"), r.body());
        assertFalse(r.body().contains(">"));
        JsonNode j = Http.json(r);
        assertEquals(Fixture.XSS_TITLE, j.get("title").asText(), "the value itself is kept exactly");
        assertEquals(Fixture.XSS_OUTLET, j.get("outlet").asText());
        HttpResponse<String> list = http.get("/api/incidents");
        assertFalse(list.body().contains("<"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void protectiveHeadersOnPagesApiAndErrors() {
        for (String path : List.of("/", "/api/stats", "/assets/app.js", "/api/incidents/nope", "/no-such-page")) {
            HttpResponse<String> r = http.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline"));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertTrue(r.headers().firstValue("Server").isEmpty(), path);
        }
    }

    @Test
    void theUiAndItsAssetsAreServedLocally() {
        HttpResponse<String> index = http.get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertFalse(index.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "no outside assets");
        for (String a : List.of("app.js", "app.css", "world.json", "favicon.svg")) {
            assertEquals(200, http.get("/assets/" + a).statusCode(), a);
        }
        JsonNode world = Http.json(http.get("/assets/world.json"));
        assertTrue(world.get("features").size() > 150);
    }

    @Test
    void pathTraversalIsRefused() {
        for (String path : List.of("/assets/../../pom.xml", "/assets/..%2F..%2Fpom.xml", "/assets/%2e%2e%2fapi-token",
                "/assets/..%5c..%5capi-token", "/../../../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd",
                "/assets/index.html%00.js", "/assets/web/app.js", "/assets//etc/passwd", "/api-token", "/assets/api-token",
                "/assets/org/longarm/server/Server.class")) {
            String resp = Http.raw(server.port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            String status = resp.isEmpty() ? "" : resp.substring(0, resp.indexOf('\r'));
            assertTrue(status.contains(" 400 ") || status.contains(" 404 "), path + " -> " + status);
            assertFalse(resp.contains("root:") || resp.contains("<project") || resp.contains("CAFEBABE"), path);
        }
    }

    @Test
    void requestsNamingAnotherHostAreRefusedOnLoopback() {
        String evil = Http.raw(server.port(), "GET /api/stats HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertTrue(evil.startsWith("HTTP/1.1 421"), evil);
        String local = Http.raw(server.port(), "GET /api/stats HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n");
        assertTrue(local.startsWith("HTTP/1.1 200"), local);
        assertTrue(Server.loopbackHostHeader("[::1]:8080"));
        assertFalse(Server.loopbackHostHeader("127.0.0.1.evil.example"));
    }

    @Test
    void listensOnLoopbackOnlyByDefault() throws Exception {
        assertTrue(server.loopback());
        assertTrue(Server.isLoopback("127.0.0.1"));
        assertFalse(Server.isLoopback("0.0.0.0"));
        InetAddress outside = null;
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (!a.isLoopbackAddress() && a instanceof Inet4Address) outside = a;
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(outside != null, "no non-loopback address on this machine to try");
        InetAddress addr = outside;
        assertThrows(ConnectException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(addr, server.port()), 2000);
            }
        });
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        JsonNode j = Http.json(http.get("/api/openapi.json"));
        assertTrue(j.get("openapi").asText().startsWith("3."));
        for (String p : List.of("/api/incidents", "/api/incidents/{id}", "/api/incidents/{id}/reviews", "/api/articles/{id}",
                "/api/stats", "/api/audit", "/api/openapi.json", "/feeds/incidents.atom", "/api/watches", "/feeds/watch/{id}.atom", "/api/map")) {
            assertTrue(j.get("paths").has(p), p);
        }
    }

    static Document xml(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theAtomFeedListsIncidentsNewestChangeFirst() throws Exception {
        HttpResponse<String> r = http.get("/feeds/incidents.atom");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        Document d = xml(r.body());
        assertEquals(Feeds.ATOM, d.getDocumentElement().getNamespaceURI());
        NodeList entries = d.getElementsByTagNameNS(Feeds.ATOM, "entry");
        assertTrue(entries.getLength() >= incidents.size(), r.body());
        assertFalse(r.body().contains("<b>"), "markup in text is escaped");
    }

    @Test
    void aWatchHasItsOwnFeedOfMatchingIncidents() throws Exception {
        HttpResponse<String> r = http.post("/api/watches", "{\"name\":\"Returns <from> China\",\"type\":\"FORCED_RETURN\",\"country\":\"chn\"}", TOKEN);
        assertEquals(201, r.statusCode(), r.body());
        JsonNode w = Http.json(r);
        assertEquals("CHN", w.get("country").asText());
        String feed = w.get("feed").asText();
        HttpResponse<String> f = http.get(feed);
        assertEquals(200, f.statusCode(), f.body());
        Document d = xml(f.body());
        NodeList entries = d.getElementsByTagNameNS(Feeds.ATOM, "entry");
        assertEquals(1, entries.getLength());
        assertTrue(entries.item(0).getTextContent().contains(idOf(IncidentType.FORCED_RETURN)));
        assertTrue(d.getElementsByTagNameNS(Feeds.ATOM, "title").item(0).getTextContent().contains("Returns <from> China"));
        JsonNode list = Http.json(http.get("/api/watches"));
        assertTrue(list.get("total").asInt() >= 1);
        assertError(http.post("/api/watches", "{\"name\":\"nothing to watch\"}", TOKEN), 400, "type");
        assertError(http.post("/api/watches", "{\"country\":\"China\"}", TOKEN), 400, "country");
        assertEquals("watch", Http.json(http.get("/api/audit?limit=100")).get("items").findValues("action").stream()
                .map(JsonNode::asText).filter("watch"::equals).findFirst().orElse(""));
    }

    @Test
    void theTokenFileIsCreatedOwnerOnlyWithARandomValueAndReused(@TempDir Path other) throws Exception {
        ApiToken first = ApiToken.resolve(other, null);
        Path file = other.resolve(ApiToken.FILE_NAME);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String value = Files.readString(file).strip();
        assertTrue(value.matches("[0-9a-f]{64}"), value);
        assertTrue(first.accepts("Bearer " + value));
        assertFalse(first.accepts("Bearer " + value.substring(1)));
        assertFalse(first.accepts(value));
        ApiToken again = ApiToken.resolve(other, null);
        assertEquals(first.id(), again.id());
        assertNotEquals(first.id(), ApiToken.resolve(other, "from-the-environment-123").id());
        assertNotEquals(value, Files.readString(ApiToken.resolve(other.resolve("x"), null).origin() == null ? file : other.resolve("x/api-token")).strip());
    }
}
