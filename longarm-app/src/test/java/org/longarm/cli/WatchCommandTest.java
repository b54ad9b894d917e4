package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.ingest.fetch.LocalServer;
import org.longarm.store.Store;

class WatchCommandTest {
    @TempDir
    Path dir;

    private final LocalServer server = new LocalServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private static final String BODY = "<p>The council met on Tuesday to discuss the timetable of the river ferry, which has"
            + " carried commuters between the two banks for more than forty years. Members agreed to extend the evening"
            + " service during the summer, and the harbour office will publish the fares for bicycles and the time of"
            + " the last crossing before the end of the month. Residents welcomed the decision.</p>";

    private String item(int n, boolean withContent) {
        return "<item><title>Story " + n + "</title><link>" + server.uri("/story/" + n) + "</link>"
                + "<pubDate>Tue, 16 Apr 2019 08:3" + n + ":00 GMT</pubDate>"
                + (withContent ? "<content:encoded><![CDATA[<p>Item " + n + ".</p>" + BODY + "]]></content:encoded>" : "")
                + "</item>";
    }

    private void serveFeed(String... items) {
        server.route("/feed", LocalServer.Response.ok("application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                        + "<channel><title>Local</title><link>" + server.uri("/") + "</link>" + String.join("", items)
                        + "</channel></rss>"));
    }

    private Path feedsFile() throws Exception {
        return Files.writeString(dir.resolve("feeds.txt"), "# feeds to watch\n\n" + server.uri("/feed") + "  # local\n");
    }

    private int stored(Path data) {
        try (Store store = Store.open(data)) {
            return store.articleIds().size();
        }
    }

    @Test
    void importsNewItemsAndRemembersThemAcrossRuns() throws Exception {
        Path data = dir.resolve("data");
        Path feeds = feedsFile();
        serveFeed(item(1, true), item(2, true));
        Cli.Run first = Cli.run("watch", feeds.toString(), "--once", "--allow-private", "--data", data.toString());
        assertEquals(0, first.status(), first.toString());
        assertTrue(first.err().contains("2 articles read: 2 new"), first.err());
        assertEquals(2, stored(data));
        assertEquals(2, Files.readAllLines(data.resolve(SeenItems.FILE_NAME)).size());

        serveFeed(item(1, true), item(2, true), item(3, true));
        Cli.Run second = Cli.run("watch", feeds.toString(), "--once", "--allow-private", "--data", data.toString());
        assertEquals(0, second.status(), second.toString());
        assertTrue(second.err().contains("1 articles read: 1 new"), second.err());
        assertEquals(3, stored(data));
    }

    @Test
    void aFailedItemIsNamedAndTriedAgainAtTheNextPoll() throws Exception {
        Path data = dir.resolve("data");
        Path feeds = feedsFile();
        serveFeed(item(1, false));
        Cli.Run first = Cli.run("watch", feeds.toString(), "--once", "--allow-private", "--data", data.toString());
        assertEquals(1, first.status(), first.toString());
        assertTrue(first.err().contains(server.uri("/story/1") + "): HTTP 404"), first.err());
        server.route("/story/1", LocalServer.Response.ok("text/html", "<html><body><article>" + BODY + "</article></body></html>"));
        int before = server.requests();
        Cli.Run second = Cli.run("watch", feeds.toString(), "--once", "--allow-private", "--data", data.toString());
        assertEquals(0, second.status(), second.toString());
        assertEquals(1, stored(data));
        assertEquals(before + 2, server.requests(), "the feed and the page");
        Cli.Run third = Cli.run("watch", feeds.toString(), "--once", "--allow-private", "--data", data.toString());
        assertEquals(0, third.status(), third.toString());
        assertEquals(before + 3, server.requests(), "the feed only: the page was remembered");
    }

    @Test
    void privateAddressesAreRefusedWithoutTheOption() throws Exception {
        serveFeed(item(1, true));
        Cli.Run run = Cli.run("watch", feedsFile().toString(), "--once", "--data", dir.resolve("data").toString());
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("refused"), run.err());
        assertEquals(0, server.requests());
    }

    @Test
    void aFeedsFileWithoutFeedsIsAUsageError() throws Exception {
        Path empty = Files.writeString(dir.resolve("none.txt"), "# nothing\n");
        assertEquals(2, Cli.run("watch", empty.toString(), "--once", "--data", dir.resolve("d").toString()).status());
        assertEquals(2, Cli.run("watch", dir.resolve("missing.txt").toString(), "--once").status());
    }

    @Test
    void intervalsAreReadAndShortOnesRefused() {
        WatchCommand.IntervalConverter c = new WatchCommand.IntervalConverter();
        assertEquals(Duration.ofMinutes(15), c.convert("15m"));
        assertEquals(Duration.ofMinutes(90), c.convert("1h30m"));
        assertEquals(Duration.ofSeconds(30), c.convert("30s"));
        for (String bad : List.of("", "15", "m", "5s", "15 m", "1d")) {
            assertThrows(IllegalArgumentException.class, () -> c.convert(bad), bad);
        }
        assertEquals(2, Cli.run("watch", "x", "--every", "fortnight").status());
    }
}
