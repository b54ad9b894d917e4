package org.longarm.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel>
              <title>Coastal Herald: World</title>
              <link>https://coastal-herald.example/world</link>
              <language>en-gb</language>
              <item>
                <title>Ferry timetable changes</title>
                <link>https://coastal-herald.example/world/2019/04/16/ferry</link>
                <guid isPermaLink="false">ch-1001</guid>
                <pubDate>Tue, 16 Apr 2019 08:30:00 +0100</pubDate>
                <description>Short teaser.</description>
                <content:encoded><![CDATA[<p>The full <b>story</b> of the ferry.</p><p>Second paragraph.</p>]]></content:encoded>
              </item>
              <item>
                <title>Link only</title>
                <link>/world/2019/04/17/link-only</link>
                <pubDate>Wed, 17 Apr 2019 09:00:00 GMT</pubDate>
              </item>
            </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
              <title>Gazette du Fleuve</title>
              <link href="https://gazette.example/"/>
              <id>urn:gazette</id>
              <updated>2021-06-03T07:15:00Z</updated>
              <entry>
                <title>Le bac reprend du service</title>
                <link rel="alternate" href="https://gazette.example/2021/06/03/bac"/>
                <id>urn:gazette:bac</id>
                <published>2021-06-03T07:15:00Z</published>
                <updated>2021-06-04T10:00:00Z</updated>
                <content type="html">&lt;p&gt;Le bac a repris du service.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Sans date publiée</title>
                <link href="https://gazette.example/2021/06/05/quai"/>
                <id>urn:gazette:quai</id>
                <updated>2021-06-05T12:00:00Z</updated>
                <summary>Le quai est fermé.</summary>
              </entry>
            </feed>
            """;

    private static Feed parse(String xml) throws FeedException {
        return FeedParser.parse(xml.strip().getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void rssItemsKeepFullContentLinkGuidAndDate() throws Exception {
        Feed feed = parse(RSS);
        assertEquals("Coastal Herald: World", feed.title());
        assertEquals("en", feed.language());
        FeedItem first = feed.items().get(0);
        assertEquals("Ferry timetable changes", first.title());
        assertEquals("https://coastal-herald.example/world/2019/04/16/ferry", first.link());
        assertEquals("ch-1001", first.guid());
        assertEquals("2019-04-16T07:30:00Z", first.published());
        assertTrue(first.contentHtml().contains("<b>story</b>"), first.contentHtml());
        assertEquals("Short teaser.", first.summaryHtml());
    }

    @Test
    void relativeItemLinksAreResolvedAgainstTheFeedLink() throws Exception {
        FeedItem second = parse(RSS).items().get(1);
        assertEquals("https://coastal-herald.example/world/2019/04/17/link-only", second.link());
        assertNull(second.contentHtml());
        assertEquals(second.link(), second.key());
    }

    @Test
    void atomEntriesTakePublishedElseUpdated() throws Exception {
        Feed feed = parse(ATOM);
        assertEquals("fr", feed.language());
        assertEquals("2021-06-03T07:15:00Z", feed.items().get(0).published());
        assertEquals("<p>Le bac a repris du service.</p>", feed.items().get(0).contentHtml());
        assertEquals("2021-06-05T12:00:00Z", feed.items().get(1).published());
        assertEquals("Le quai est fermé.", feed.items().get(1).summaryHtml());
    }

    @Test
    void invalidXmlIsNamedWithItsPlace() {
        FeedException e = assertThrows(FeedException.class, () -> parse("<rss><channel><title>x</channel></rss>"));
        assertTrue(e.getMessage().startsWith("invalid feed:"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void aDocumentThatIsNoFeedIsRefused() {
        FeedException e = assertThrows(FeedException.class, () -> parse("<html><body>not a feed</body></html>"));
        assertTrue(e.getMessage().startsWith("invalid feed:"), e.getMessage());
    }

    @Test
    void doctypesAreRefusedSoNoEntityIsExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        assertThrows(FeedException.class, () -> parse(xxe));
    }
}
