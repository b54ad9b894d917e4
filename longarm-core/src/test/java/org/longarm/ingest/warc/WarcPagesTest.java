package org.longarm.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcPagesTest {
    @TempDir
    Path dir;

    private final List<WarcPage> pages = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final WarcPages.Listener listener = new WarcPages.Listener() {
        @Override
        public void page(WarcPage page) {
            pages.add(page);
        }

        @Override
        public void problem(String where, String reason) {
            problems.add(where + ": " + reason);
        }
    };

    private static final WarcFixtures.Capture[] CRAWL = {
        new WarcFixtures.Capture("https://a.example/1", "2016-08-18T10:00:00Z", 0, null, null, true),
        WarcFixtures.Capture.page("https://a.example/1", "2016-08-18T10:00:01Z", "<html><body><p>one</p></body></html>"),
        new WarcFixtures.Capture("https://a.example/logo.png", "2016-08-18T10:00:02Z", 200, "image/png", "PNG", false),
        new WarcFixtures.Capture("https://a.example/moved", "2016-08-18T10:00:03Z", 301, "text/html", "<p>moved</p>", false),
        WarcFixtures.Capture.page("https://b.example/2", "2016-08-19T11:00:00Z", "<html><body><p>two</p></body></html>"),
    };

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    @Test
    void htmlResponsesComeWithTheirTargetAndDateOthersAreSkipped() throws Exception {
        for (boolean gzip : new boolean[] {false, true}) {
            pages.clear();
            Path f = write(gzip ? "c.warc.gz" : "c.warc", WarcFixtures.warc(gzip, CRAWL));
            WarcPages.read(f, 1 << 20, listener);
            assertEquals(List.of(), problems);
            assertEquals(2, pages.size(), "gzip " + gzip);
            assertEquals("https://a.example/1", pages.get(0).targetUri());
            assertEquals("2016-08-18T10:00:01Z", pages.get(0).date());
            assertEquals("utf-8", pages.get(0).charset());
            assertEquals("<html><body><p>two</p></body></html>", new String(pages.get(1).html(), StandardCharsets.UTF_8));
            assertEquals(f + "#5", pages.get(1).where());
        }
    }

    @Test
    void aTruncatedGzipWarcKeepsTheRecordsBeforeTheCutAndNamesIt() throws Exception {
        byte[] full = WarcFixtures.warc(true, CRAWL);
        Path f = write("cut.warc.gz", Arrays.copyOf(full, full.length - 40));
        WarcPages.read(f, 1 << 20, listener);
        assertEquals(1, pages.size(), "the first page survives");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(f + "#5: "), problems.get(0));
    }

    @Test
    void aCorruptRecordIsNamedWithItsPosition() throws Exception {
        byte[] good = WarcFixtures.warc(false, CRAWL[1]);
        byte[] bad = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] both = new byte[good.length + bad.length];
        System.arraycopy(good, 0, both, 0, good.length);
        System.arraycopy(bad, 0, both, good.length, bad.length);
        Path f = write("bad.warc", both);
        WarcPages.read(f, 1 << 20, listener);
        assertEquals(1, pages.size());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(f + "#2: "), problems.get(0));
        assertTrue(problems.get(0).contains("corrupt WARC record") && problems.get(0).contains("after the record at byte 0"),
                problems.get(0));
    }

    @Test
    void readingGoesOnAfterACorruptGzipMember() throws Exception {
        byte[] one = WarcFixtures.warc(true, CRAWL[1]);
        byte[] two = WarcFixtures.warc(true, CRAWL[4]);
        byte[] three = WarcFixtures.warc(true, WarcFixtures.Capture.page("https://c.example/3", "2016-08-20T00:00:00Z", "<p>three</p>"));
        byte[] broken = two.clone();
        for (int i = 20; i < broken.length - 20; i++) broken[i] = (byte) (broken[i] ^ 0x5a);
        Path f = write("mid.warc.gz", concat(one, broken, three));
        WarcPages.read(f, 1 << 20, listener);
        assertEquals(List.of("https://a.example/1", "https://c.example/3"), pages.stream().map(WarcPage::targetUri).toList());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(f + "#2: "), problems.get(0));
    }

    @Test
    void readingGoesOnAfterACorruptPlainRecord() throws Exception {
        byte[] good = WarcFixtures.warc(false, CRAWL[1]);
        byte[] bad = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] after = WarcFixtures.warc(false, CRAWL[4]);
        Path f = write("mid.warc", concat(good, bad, after));
        WarcPages.read(f, 1 << 20, listener);
        assertEquals(List.of("https://a.example/1", "https://b.example/2"), pages.stream().map(WarcPage::targetUri).toList());
        assertEquals(1, problems.size(), problems.toString());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    @Test
    void aFileThatIsNoWarcIsNamed() throws Exception {
        Path f = write("x.warc", "hello, this is not a WARC file\n".getBytes(StandardCharsets.UTF_8));
        WarcPages.read(f, 1 << 20, listener);
        assertEquals(0, pages.size());
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void oversizedPagesAreNamedAndSkipped() throws Exception {
        Path f = write("big.warc", WarcFixtures.warc(false, WarcFixtures.Capture.page("https://a.example/big",
                "2016-08-18T10:00:00Z", "<p>" + "x".repeat(5000) + "</p>"), CRAWL[4]));
        WarcPages.read(f, 1000, listener);
        assertEquals(1, pages.size());
        assertTrue(problems.get(0).contains("page too large"), problems.toString());
    }
}
