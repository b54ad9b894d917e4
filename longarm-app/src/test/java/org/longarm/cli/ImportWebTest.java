package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.ingest.fetch.LocalServer;
import org.longarm.store.Store;

class ImportWebTest {
    @TempDir
    Path dir;

    private final LocalServer server = new LocalServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private static final String TEXT = "The council met on Tuesday to discuss the timetable of the river ferry, which has"
            + " carried commuters between the two banks for more than forty years. Members agreed to extend the evening"
            + " service during the summer, and the harbour office will publish the fares before the end of the month.";

    @Test
    void aPageByUrlIsImportedAndItsCopiesInOtherFormatsAreNotStoredAgain() throws Exception {
        server.route("/2019/04/16/ferry", LocalServer.Response.ok("text/html",
                "<html><head><title>Ferry</title></head><body><nav>Home</nav><article><p>" + TEXT + "</p></article></body></html>"));
        Path data = dir.resolve("data");
        String url = server.uri("/2019/04/16/ferry").toString();
        Cli.Run run = Cli.run("import", "--allow-private", "--data", data.toString(), url);
        assertEquals(0, run.status(), run.toString());
        try (Store store = Store.open(data)) {
            List<String> ids = store.articleIds();
            assertEquals(1, ids.size());
            assertTrue(ids.get(0).startsWith("web-"), ids.toString());
            assertEquals("2019-04-16", store.article(ids.get(0)).orElseThrow().article().published());
        }
        // the same article as JSON with its own id: same address, other text
        Path json = Files.writeString(dir.resolve("copy.json"), "{\"id\": \"j1\", \"url\": \"" + url.replace("http://", "https://")
                + "?utm_source=x\", \"text\": \"Ferry timetable: " + TEXT + "\"}");
        // and the same text under another address
        Path json2 = Files.writeString(dir.resolve("copy2.json"), "{\"id\": \"j2\", \"url\": \"https://elsewhere.example/a\", \"text\": \"" + TEXT + "\"}");
        Cli.Run again = Cli.run("import", "--data", data.toString(), json.toString(), json2.toString());
        assertEquals(0, again.status(), again.toString());
        assertTrue(again.err().contains("2 articles read: 0 new, 2 unchanged"), again.err());
        try (Store store = Store.open(data)) {
            assertEquals(1, store.articleIds().size());
        }
    }

    @Test
    void privateAddressesAreRefusedUnlessAllowed() {
        server.route("/a", LocalServer.Response.ok("text/html", "<p>" + TEXT + "</p>"));
        Cli.Run run = Cli.run("import", "--data", dir.resolve("d").toString(), server.uri("/a").toString());
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains(server.uri("/a") + ": refused"), run.err());
        assertEquals(0, server.requests());
    }

    @Test
    void aMalformedUrlIsAUsageError() {
        assertEquals(2, Cli.run("import", "--data", dir.resolve("d").toString(), "http://").status());
    }
}
