package org.longarm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.ingest.fetch.FetchOptions;
import org.longarm.ingest.fetch.Fetcher;
import org.longarm.ingest.fetch.LocalServer;
import org.longarm.ingest.warc.WarcFixtures;
import org.longarm.ingest.web.CanonicalUrl;
import org.longarm.ingest.web.WebFixtures;
import org.longarm.model.Article;
import org.longarm.pack.DomainPack;
import org.longarm.pack.Prefilter;

class WebIngestTest {
    @TempDir
    Path dir;

    private final LocalServer server = new LocalServer();
    private final Fetcher fetcher = new Fetcher(FetchOptions.defaults().withAllowPrivate(true).withTimeout(Duration.ofSeconds(5)));

    @AfterEach
    void stop() {
        server.close();
    }

    private static String page(String title, String date, String body) {
        return "<html lang=\"en\"><head><title>" + title + "</title>"
                + (date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date + "\">")
                + "</head><body><nav><a href=\"/\">Home</a></nav><article><p>" + body + "</p><p>" + WebFixtures.PARAGRAPH
                + "</p></article><footer>Copyright</footer></body></html>";
    }

    @Test
    void anHtmlFileIsOneArticleNamedByItsStem() {
        Path file = Fixtures.write(dir, "harbour.html", WebFixtures.bytes("harbour-festival.html"));
        Article a = Fixtures.read(file).only();
        assertEquals("harbour", a.id());
        assertEquals("2019-04-16T08:30:00+01:00", a.published());
        assertEquals("Coastal Herald", a.outlet());
        assertEquals("en", a.language());
        assertEquals("Lantern boats return to the harbour", a.title());
        assertEquals("https://www.coastal-herald.example/culture/2019/04/16/lantern-boats?utm_source=feed", a.url());
        assertEquals("{\"published_from\":\"article:published_time\"}", a.extraJson());
        assertEquals(List.of(), a.flags());
        assertEquals(file.toString(), a.source());
    }

    @Test
    void aPageWithNoArticleBodyIsANamedProblem() {
        Path file = Fixtures.write(dir, "index.html", WebFixtures.bytes("index-page.html"));
        IngestProblem p = Fixtures.read(file).onlyProblem();
        assertEquals(file.toString(), p.source());
        assertTrue(p.reason().startsWith("no article body found"), p.reason());
    }

    @Test
    void aPageWithoutDateFallsBackToItsDatelineFlagged() {
        Path file = Fixtures.write(dir, "d.html", WebFixtures.bare("SEOUL, Aug. 18, 2016 - " + WebFixtures.PARAGRAPH));
        Article a = Fixtures.read(file).only();
        assertEquals("2016-08-18", a.published());
        assertTrue(a.flags().contains(IngestFlags.DATE_INFERRED), a.flags().toString());
    }

    @Test
    void aPageByUrlGetsAnIdFromItsCanonicalAddress() {
        server.route("/world/story", LocalServer.Response.ok("text/html; charset=utf-8", page("Ferry news", "2016-08-18T09:00:00Z", "First words.")));
        CollectingSink sink = new CollectingSink();
        Ingest.read(server.uri("/world/story"), sink, fetcher);
        Article a = sink.only();
        assertEquals(ArticleIds.forUrl(CanonicalUrl.of(server.uri("/world/story").toString())), a.id());
        assertTrue(a.id().startsWith("web-"), a.id());
        assertEquals("2016-08-18T09:00:00Z", a.published());
        assertEquals("127.0.0.1", a.outlet());
        assertTrue(a.flags().contains(IngestFlags.OUTLET_INFERRED));
        assertTrue(a.text().startsWith("First words."), a.text());
        assertFalse(a.text().contains("Copyright"));
        assertEquals(server.uri("/world/story").toString(), a.source());
    }

    @Test
    void aUrlThatTimesOutIsNamedAndTheNextGoesOn() {
        server.route("/slow", new LocalServer.Response(200, "text/html", new byte[] {'x'}, Map.of(), 3_000));
        server.route("/ok", LocalServer.Response.ok("text/html", page("Fine", null, "Arrived.")));
        Fetcher quick = new Fetcher(FetchOptions.defaults().withAllowPrivate(true).withTimeout(Duration.ofMillis(300)));
        CollectingSink sink = new CollectingSink();
        Ingest.read(server.uri("/slow"), sink, quick);
        Ingest.read(server.uri("/ok"), sink, quick);
        assertEquals(1, sink.articles.size());
        assertEquals(server.uri("/slow") + ": timed out after 0.3 s", sink.onlyProblem().toString());
    }

    private String feed(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>Local News</title><link>" + server.uri("/") + "</link>" + String.join("", items) + "</channel></rss>";
    }

    private static String item(String title, String link, String date, String content) {
        return "<item><title>" + title + "</title>" + (link == null ? "" : "<link>" + link + "</link>")
                + "<pubDate>" + date + "</pubDate>"
                + (content == null ? "" : "<content:encoded><![CDATA[" + content + "]]></content:encoded>") + "</item>";
    }

    @Test
    void feedItemsWithFullContentAreTakenAsTheyAreAndLinkOnlyItemsAreFetched() {
        server.route("/a2", LocalServer.Response.ok("text/html", page("Second story", "2020-01-01T00:00:00Z", "Fetched body.")));
        Path file = Fixtures.write(dir, "news.rss", feed(
                item("First story", server.uri("/a1").toString(), "Tue, 16 Apr 2019 08:30:00 GMT",
                        "<p>Inline body.</p><p>" + WebFixtures.PARAGRAPH + "</p>"),
                item("Second story", server.uri("/a2").toString(), "Wed, 17 Apr 2019 09:00:00 GMT", null)));
        CollectingSink sink = new CollectingSink();
        Ingest.read(file, sink, IngestLimits.DEFAULT, fetcher);
        assertEquals(List.of(), sink.problems);
        assertEquals(2, sink.articles.size());
        Article first = sink.articles.get(0);
        assertTrue(first.text().startsWith("Inline body.\n\nThe council met"), first.text());
        assertEquals("2019-04-16T08:30:00Z", first.published());
        assertEquals("First story", first.title());
        assertEquals(ArticleIds.forUrl(CanonicalUrl.of(server.uri("/a1").toString())), first.id());
        assertEquals(file + "[0]", first.source());
        Article second = sink.articles.get(1);
        assertTrue(second.text().startsWith("Fetched body."), second.text());
        assertEquals("2019-04-17T09:00:00Z", second.published(), "the feed's date outranks the page's");
        assertEquals(1, server.requests(), "only the link-only item was fetched");
    }

    @Test
    void itemsTheSinkDoesNotWantAreNotFetched() {
        server.route("/a2", LocalServer.Response.ok("text/html", page("Second", null, "Body.")));
        Path file = Fixtures.write(dir, "news.xml", feed(item("Second", server.uri("/a2").toString(), "Wed, 17 Apr 2019 09:00:00 GMT", null)));
        List<String> asked = new ArrayList<>();
        CollectingSink sink = new CollectingSink() {
            @Override
            public boolean wants(String key) {
                asked.add(key);
                return false;
            }
        };
        Ingest.read(file, sink, IngestLimits.DEFAULT, fetcher);
        assertEquals(List.of(server.uri("/a2").toString()), asked);
        assertEquals(0, server.requests());
        assertEquals(0, sink.articles.size());
    }

    @Test
    void aFeedByUrlIsToldFromAPage() {
        server.route("/feed", LocalServer.Response.ok("application/xml", feed(item("Only", server.uri("/p").toString(),
                "Wed, 17 Apr 2019 09:00:00 GMT", "<p>" + WebFixtures.PARAGRAPH + "</p>"))));
        CollectingSink sink = new CollectingSink();
        Ingest.read(server.uri("/feed"), sink, fetcher);
        assertEquals("Only", sink.only().title());
    }

    @Test
    void aFailedItemIsNamedAndTheOthersGoOn() {
        Path file = Fixtures.write(dir, "news.rss", feed(
                item("Gone", server.uri("/gone").toString(), "Wed, 17 Apr 2019 09:00:00 GMT", null),
                item("Here", server.uri("/here").toString(), "Wed, 17 Apr 2019 09:00:00 GMT", "<p>" + WebFixtures.PARAGRAPH + "</p>")));
        CollectingSink sink = new CollectingSink();
        Ingest.read(file, sink, IngestLimits.DEFAULT, fetcher);
        assertEquals("Here", sink.articles.get(0).title());
        assertEquals(file + "[0] (" + server.uri("/gone") + "): HTTP 404", sink.onlyProblem().toString());
    }

    @Test
    void invalidFeedXmlIsANamedProblem() {
        Path file = Fixtures.write(dir, "broken.rss", "<rss><channel><title>x</channel>");
        IngestProblem p = Fixtures.read(file).onlyProblem();
        assertEquals(file.toString(), p.source());
        assertTrue(p.reason().startsWith("invalid feed:"), p.reason());
    }

    @Test
    void warcRecordsBecomeArticlesKeyedByTheirTargetUri() {
        String html = page("Crawled story", null, "Crawled words.");
        Path file = Fixtures.write(dir, "cc-news.warc.gz", WarcFixtures.warc(true,
                WarcFixtures.Capture.page("https://news.example/2016/08/18/crawled", "2016-08-19T03:00:00Z", html),
                WarcFixtures.Capture.page("https://news.example/index", "2016-08-19T03:00:01Z", WebFixtures.html("index-page.html"))));
        CollectingSink sink = new CollectingSink();
        Ingest.read(file, sink);
        Article a = sink.articles.get(0);
        assertEquals(ArticleIds.forUrl("https://news.example/2016/08/18/crawled"), a.id());
        assertEquals("https://news.example/2016/08/18/crawled", a.url());
        assertEquals("2016-08-18", a.published(), "the url's date comes before the crawl date");
        assertEquals(file + "#1", a.source());
        IngestProblem p = sink.onlyProblem();
        assertEquals(file + "#2 (https://news.example/index)", p.source());
        assertTrue(p.reason().startsWith("no article body found"), p.reason());
    }

    @Test
    void theCrawlDateIsTheLastResortFlaggedAsInferred() {
        Path file = Fixtures.write(dir, "c.warc", WarcFixtures.warc(false,
                WarcFixtures.Capture.page("https://news.example/story", "2016-08-19T03:00:00Z", page("S", null, "Words."))));
        Article a = Fixtures.read(file).only();
        assertEquals("2016-08-19T03:00:00Z", a.published());
        assertTrue(a.flags().contains(IngestFlags.DATE_INFERRED));
        assertTrue(a.extraJson().contains("\"published_from\":\"warc-date\""), a.extraJson());
    }

    @Test
    void theSamePageByUrlAndFromACrawlGetsOneId() {
        String html = page("Same story", "2016-08-18T09:00:00Z", "Same words.");
        server.route("/same", LocalServer.Response.ok("text/html", html));
        CollectingSink sink = new CollectingSink();
        Ingest.read(server.uri("/same"), sink, fetcher);
        Path file = Fixtures.write(dir, "c.warc", WarcFixtures.warc(false,
                WarcFixtures.Capture.page(server.uri("/same").toString(), "2016-08-19T03:00:00Z", html)));
        Ingest.read(file, sink);
        assertEquals(2, sink.articles.size());
        assertEquals(sink.articles.get(0).id(), sink.articles.get(1).id());
        assertEquals(sink.articles.get(0).sha256(), sink.articles.get(1).sha256());
    }

    @Test
    void scanPassesOnlyCandidatesAndCountsEveryRecord() {
        Prefilter prefilter = DomainPack.load("prk").prefilter();
        Path jsonl = Fixtures.write(dir, "a.jsonl", String.join("\n",
                "{\"id\":\"x1\",\"title\":\"Defector speaks\",\"text\":\"She left North Korea.\"}",
                "{\"id\":\"x2\",\"title\":\"Trade\",\"text\":\"North Korea sells coal.\"}",
                "",
                "{\"id\":\"x3\",\"title\":\"Sport\",\"text\":\"The striker fled the stadium.\"}",
                "{\"id\":\"x4\",\"text\":\"N.K. agents\\u00a0kidnapped him.\"}") + "\n");
        CollectingSink sink = new CollectingSink();
        assertEquals(4, Ingest.scan(jsonl, prefilter, sink));
        assertEquals(List.of("x1", "x4"), sink.articles.stream().map(Article::id).toList());
        Path gz = Fixtures.write(dir, "b.jsonl.gz", Fixtures.gzip("{\"id\":\"y\",\"text\":\"Pyongyang agents kidnapped a defector.\"}\n"));
        CollectingSink sink2 = new CollectingSink();
        assertEquals(1, Ingest.scan(gz, prefilter, sink2));
        assertEquals("y", sink2.only().id());
        Path html = Fixtures.write(dir, "h.html", WebFixtures.bytes("harbour-festival.html"));
        CollectingSink sink3 = new CollectingSink();
        assertEquals(1, Ingest.scan(html, prefilter, sink3));
        assertEquals(0, sink3.articles.size(), "the sidebar's trigger words are not in the main text");
    }

    @Test
    void scanNamesABadLineOnlyWhenItCouldBeACandidate() {
        Prefilter prefilter = DomainPack.load("prk").prefilter();
        Path jsonl = Fixtures.write(dir, "a.jsonl", "{\"text\": \"North Korea defector\"\n{broken but irrelevant\n");
        CollectingSink sink = new CollectingSink();
        assertEquals(2, Ingest.scan(jsonl, prefilter, sink));
        assertEquals(jsonl + ":1", sink.onlyProblem().source());
    }

    @Test
    void urlsAreToldFromPaths() {
        assertTrue(Ingest.isUrl("https://news.example/a"));
        assertTrue(Ingest.isUrl("HTTP://news.example/a"));
        assertFalse(Ingest.isUrl("news/2016/a.html"));
        assertFalse(Ingest.isUrl("file:///tmp/a.html"));
        assertNull(CanonicalUrl.of("file:///tmp/a.html"));
    }
}
