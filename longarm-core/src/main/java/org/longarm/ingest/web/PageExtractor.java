package org.longarm.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the article of a web page: metadata from the page's head (and its address), main content by
 * Readability (a port of Mozilla's), which drops navigation, sidebars, footers and scripts, turned into text by
 * {@link HtmlText}. A page whose main content is too short or mostly links has no article.
 */
public final class PageExtractor {
    /** Fewer words than this in the main content: no article body. */
    static final int MIN_WORDS = 25;
    /** More of the main content's text inside links than this share: a list of links, not an article. */
    static final double MAX_LINK_SHARE = 0.5;

    private PageExtractor() {}

    /** The article of a page given as bytes; {@code charset} from the HTTP header or null (then sniffed). */
    public static Page extract(byte[] html, String charset, String url) throws NoArticleException {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), charset, url == null ? "" : url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return extract(doc, url);
    }

    /** The article of a page given as text. */
    public static Page extract(String html, String url) throws NoArticleException {
        return extract(Jsoup.parse(html, url == null ? "" : url), url);
    }

    private static Page extract(Document doc, String given) throws NoArticleException {
        List<String> notes = new ArrayList<>();
        String url = PageMeta.url(doc, given);
        String outlet = PageMeta.siteName(doc);
        String host = PageMeta.host(url);
        String title = PageMeta.title(doc, outlet != null ? outlet : host);
        if (outlet == null && host != null) {
            outlet = host;
            notes.add("outlet-from-host");
        }
        List<Page.DateClue> dates = PageMeta.dates(doc, url);
        String language = PageMeta.language(doc);
        Article article = new Readability4JExtended(url == null ? "" : url, doc).parse();
        Element content = article.getArticleContent();
        if (content == null) throw new NoArticleException("no article body found (no main content)");
        String text = dropLeadingTitle(HtmlText.of(content), title);
        int words = words(text);
        if (words < MIN_WORDS) {
            throw new NoArticleException("no article body found (main content has " + words + " words)");
        }
        double linkShare = linkShare(content, text);
        if (linkShare > MAX_LINK_SHARE) {
            throw new NoArticleException("no article body found (main content is mostly links, "
                    + Math.round(linkShare * 100) + "%)");
        }
        if (title == null && article.getTitle() != null && !article.getTitle().isBlank()) title = article.getTitle().strip();
        return new Page(url, title, dates, outlet, language, text, notes);
    }

    /** The text without a first paragraph that only repeats the title. */
    static String dropLeadingTitle(String text, String title) {
        if (title == null) return text;
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (end > 0 && squash(first).equals(squash(title))) return text.substring(end).strip();
        return text;
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\\p{Punct}]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static double linkShare(Element content, String text) {
        int inLinks = 0;
        for (Element a : content.select("a")) inLinks += a.text().length();
        return text.isEmpty() ? 1 : Math.min(1.0, (double) inLinks / text.length());
    }
}
