package org.longarm.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageExtractorTest {
    @Test
    void mainContentDropsNavigationSidebarFooterAndScripts() throws Exception {
        Page page = PageExtractor.extract(WebFixtures.html("harbour-festival.html"), null);
        assertTrue(page.text().startsWith("After a pause of three years"), page.text());
        assertTrue(page.text().contains("once the tide tables are known."), page.text());
        for (String junk : List.of("Most read", "defector", "kidnapped", "Pyongyang", "repatriated", "Politics",
                "Copyright", "Threats", "assassin", "tracker", "color: red")) {
            assertFalse(page.text().contains(junk), "'" + junk + "' leaked into: " + page.text());
        }
    }

    @Test
    void paragraphsAreSeparatedByABlankLine() throws Exception {
        Page page = PageExtractor.extract(WebFixtures.html("harbour-festival.html"), null);
        assertTrue(page.text().contains("slipway.\n\nForty-two boats"), page.text());
        assertFalse(page.text().contains("quays filled with families long before the first hull was pushed off the slipway.\n\n\n"));
    }

    @Test
    void metadataComesFromTheHead() throws Exception {
        Page page = PageExtractor.extract(WebFixtures.html("harbour-festival.html"), null);
        assertEquals("Lantern boats return to the harbour", page.title());
        assertEquals("Coastal Herald", page.outlet());
        assertEquals("en", page.language());
        assertEquals(new Page.DateClue("2019-04-16T08:30:00+01:00", "article:published_time"), page.dates().get(0));
        assertEquals("https://www.coastal-herald.example/culture/2019/04/16/lantern-boats?utm_source=feed", page.url());
        assertTrue(page.notes().isEmpty());
    }

    @Test
    void theTitleRepeatedAtTheTopOfTheTextIsDropped() throws Exception {
        Page page = PageExtractor.extract(WebFixtures.html("harbour-festival.html"), null);
        assertFalse(page.text().startsWith("Lantern boats"), page.text());
    }

    @Test
    void jsonLdDatePublishedIsFoundInsideAGraph() throws Exception {
        Page page = PageExtractor.extract(WebFixtures.bytes("river-ferry-jsonld.html"), null, "https://gazette.example/bac");
        assertEquals(new Page.DateClue("2021-06-03T07:15:00Z", "json-ld"), page.dates().get(0));
        assertEquals("fr", page.language());
        assertTrue(page.text().contains("d'accès"), "decoded as UTF-8: " + page.text());
    }

    @Test
    void outletFallsBackToTheHostWithANote() throws Exception {
        Page page = PageExtractor.extract(WebFixtures.html("river-ferry-jsonld.html"), "https://www.gazette.example/bac");
        assertEquals("gazette.example", page.outlet());
        assertEquals(List.of("outlet-from-host"), page.notes());
    }

    @Test
    void timeElementGivesTheDateWhenTheHeadHasNone() throws Exception {
        String html = "<html><body><article><p>Posted <time datetime=\"2018-03-05\">5 March</time></p><p>"
                + WebFixtures.PARAGRAPH + "</p><p>" + WebFixtures.PARAGRAPH + "</p></article></body></html>";
        Page page = PageExtractor.extract(html, null);
        assertEquals(new Page.DateClue("2018-03-05", "time"), page.dates().get(0));
    }

    @Test
    void urlPathGivesTheDateLast() throws Exception {
        Page page = PageExtractor.extract(WebFixtures.bare(WebFixtures.PARAGRAPH, WebFixtures.PARAGRAPH),
                "https://news.example/world/2016/08/18/ferry-timetable");
        assertEquals(List.of(new Page.DateClue("2016-08-18", "url")), page.dates());
        Page compact = PageExtractor.extract(WebFixtures.bare(WebFixtures.PARAGRAPH, WebFixtures.PARAGRAPH),
                "https://news.example/20170102/ferry.html");
        assertEquals(List.of(new Page.DateClue("2017-01-02", "url")), compact.dates());
    }

    @Test
    void aPageWithoutMetadataStillGivesItsText() throws Exception {
        Page page = PageExtractor.extract(WebFixtures.bare(WebFixtures.PARAGRAPH, WebFixtures.PARAGRAPH), null);
        assertTrue(page.dates().isEmpty());
        assertNull(page.language());
        assertNull(page.outlet());
        assertTrue(page.text().startsWith("The council met"));
    }

    @Test
    void aListOfLinksHasNoArticleBody() {
        NoArticleException e = assertThrows(NoArticleException.class,
                () -> PageExtractor.extract(WebFixtures.html("index-page.html"), "https://coastal-herald.example/world"));
        assertTrue(e.getMessage().startsWith("no article body found"), e.getMessage());
    }

    @Test
    void anEmptyPageHasNoArticleBody() {
        assertThrows(NoArticleException.class, () -> PageExtractor.extract("<html><body></body></html>", null));
        assertThrows(NoArticleException.class, () -> PageExtractor.extract("", null));
        assertThrows(NoArticleException.class,
                () -> PageExtractor.extract("not html at all".getBytes(StandardCharsets.UTF_8), null, null));
    }

    @Test
    void declaredCharsetIsHonoured() throws Exception {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 " + WebFixtures.PARAGRAPH
                + "</p><p>" + WebFixtures.PARAGRAPH + "</p></body></html>";
        Page page = PageExtractor.extract(html.getBytes(StandardCharsets.ISO_8859_1), null, null);
        assertTrue(page.text().startsWith("Caf\u00e9 "), page.text());
    }

    @Test
    void siteSuffixIsStrippedFromTheTitleOnlyWhenItIsTheOutlet() {
        assertEquals("Spies caught", PageMeta.stripSiteSuffix("Spies caught | Daily Paper", "Daily Paper"));
        assertEquals("Spies caught - a report", PageMeta.stripSiteSuffix("Spies caught - a report", "Daily Paper"));
    }
}
