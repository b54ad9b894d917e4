package org.longarm.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {
    @Test
    void copiesOfOneAddressMeet() {
        String key = "https://news.example/world/2016/08/18/story";
        assertEquals(key, CanonicalUrl.of("http://www.News.Example/world/2016/08/18/story/"));
        assertEquals(key, CanonicalUrl.of("https://news.example:443/world/2016/08/18/story#comments"));
        assertEquals(key, CanonicalUrl.of("https://news.example/world/2016/08/18/story?utm_source=rss&fbclid=abc"));
    }

    @Test
    void meaningfulParametersStayAndAreSorted() {
        assertEquals("https://news.example/view?b=2&id=7", CanonicalUrl.of("https://news.example/view?id=7&b=2&utm_medium=x"));
    }

    @Test
    void pathCaseAndOtherPortsStay() {
        assertEquals("https://news.example:8080/A/b", CanonicalUrl.of("http://news.example:8080/A/b"));
        assertEquals("https://news.example/", CanonicalUrl.of("https://news.example"));
    }

    @Test
    void nonWebAddressesHaveNoCanonicalForm() {
        assertNull(CanonicalUrl.of(null));
        assertNull(CanonicalUrl.of("ftp://news.example/a"));
        assertNull(CanonicalUrl.of("/relative/path"));
        assertNull(CanonicalUrl.of("https://bad host/"));
    }
}
