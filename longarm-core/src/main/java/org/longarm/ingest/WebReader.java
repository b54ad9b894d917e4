package org.longarm.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.longarm.ingest.feed.Feed;
import org.longarm.ingest.feed.FeedException;
import org.longarm.ingest.feed.FeedItem;
import org.longarm.ingest.feed.FeedParser;
import org.longarm.ingest.fetch.FetchException;
import org.longarm.ingest.fetch.Fetched;
import org.longarm.ingest.fetch.Fetcher;
import org.longarm.ingest.web.HtmlText;
import org.longarm.ingest.web.NoArticleException;
import org.longarm.ingest.web.Page;
import org.longarm.ingest.web.PageExtractor;
import org.longarm.model.Article;

/**
 * Web pages and feeds by URL, and feeds from files. A feed item with full content (content:encoded, atom:content)
 * is taken as it is; an item with only a link has its page fetched. Dates come from the feed first.
 */
final class WebReader {
    /** Feed content with fewer words than this is a teaser: the linked page is fetched instead. */
    static final int MIN_CONTENT_WORDS = 40;

    private WebReader() {}

    static void readUrl(URI uri, IngestSink sink, IngestLimits limits, Fetcher fetcher) {
        String source = uri.toString();
        Fetched fetched;
        try {
            fetched = fetcher.get(uri);
        } catch (FetchException e) {
            sink.problem(new IngestProblem(source, e.getMessage()));
            return;
        }
        if (fetched.looksLikeFeed()) {
            readFeed(fetched.body(), fetched.uri().toString(), source, "feed", sink, limits, fetcher);
            return;
        }
        Article article;
        try {
            article = page(fetched, source, limits, null, Map.of(), null);
        } catch (BadInput e) {
            sink.problem(new IngestProblem(source, e.reason()));
            return;
        }
        sink.article(article);
    }

    static void readFeedFile(Path file, IngestSink sink, IngestLimits limits, Fetcher fetcher) {
        byte[] xml;
        try {
            xml = WebArticles.bytes(file, limits);
        } catch (BadInput e) {
            sink.problem(new IngestProblem(file.toString(), e.reason()));
            return;
        }
        readFeed(xml, null, file.toString(), ArticleIds.stem(file), sink, limits, fetcher);
    }

    static void readFeed(byte[] xml, String base, String source, String stem, IngestSink sink, IngestLimits limits,
                         Fetcher fetcher) {
        Feed feed;
        try {
            feed = FeedParser.parse(xml, base);
        } catch (FeedException e) {
            sink.problem(new IngestProblem(source, e.getMessage()));
            return;
        }
        List<FeedItem> items = feed.items();
        for (int i = 0; i < items.size(); i++) {
            FeedItem item = items.get(i);
            String where = source + "[" + i + "]";
            if (item.key() == null) {
                sink.problem(new IngestProblem(where, "feed item has no link, guid or title"));
                continue;
            }
            if (!sink.wants(item.key())) continue;
            Article article;
            try {
                article = item(feed, item, where, stem, limits, fetcher);
            } catch (BadInput e) {
                sink.problem(new IngestProblem(item.link() != null ? where + " (" + item.link() + ")" : where, e.reason()));
                continue;
            }
            sink.article(article);
        }
    }

    private static Article item(Feed feed, FeedItem item, String where, String stem, IngestLimits limits,
                                Fetcher fetcher) throws BadInput {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("feed", feed.title());
        extra.put("feed_guid", item.guid());
        extra.put("author", item.author());
        WebArticles.Fallback feedDate = new WebArticles.Fallback(item.published(), "feed", false);
        String content = item.contentHtml() == null ? "" : HtmlText.fromHtml(item.contentHtml());
        if (words(content) >= MIN_CONTENT_WORDS || item.link() == null) {
            if (content.isBlank() && item.summaryHtml() != null) content = HtmlText.fromHtml(item.summaryHtml());
            if (content.isBlank()) throw new BadInput("feed item has no content and no link");
            String host = host(item.link() != null ? item.link() : feed.link());
            String outlet = host != null ? host : feed.title();
            Page page = new Page(item.link(), item.title(), List.of(), outlet, feed.language(), content,
                    host != null ? List.of("outlet-from-host") : List.of());
            String id = WebArticles.id(item.link(), ArticleIds.hashed(stem, item.guid(), content));
            // the feed's date is the item's own here, so it comes first
            Page dated = item.published() == null ? page
                    : new Page(page.url(), page.title(), List.of(new Page.DateClue(item.published(), "feed")),
                            page.outlet(), page.language(), page.text(), page.notes());
            return WebArticles.of(dated, id, where, limits, null, extra, null);
        }
        URI link;
        try {
            link = URI.create(item.link());
        } catch (IllegalArgumentException e) {
            throw new BadInput("bad item link '" + item.link() + "'");
        }
        Fetched fetched;
        try {
            fetched = fetcher.get(link);
        } catch (FetchException e) {
            throw new BadInput(e.getMessage());
        }
        return page(fetched, where, limits, feedDate, extra, item.title());
    }

    /** The article of a fetched page; the feed's date, when given, outranks the page's. */
    private static Article page(Fetched fetched, String source, IngestLimits limits, WebArticles.Fallback feedDate,
                                Map<String, String> extra, String title) throws BadInput {
        Page page;
        try {
            page = PageExtractor.extract(fetched.body(), fetched.charset(), fetched.uri().toString());
        } catch (NoArticleException e) {
            throw new BadInput(e.getMessage());
        }
        if (feedDate != null && feedDate.date() != null) {
            List<Page.DateClue> dates = new java.util.ArrayList<>();
            dates.add(new Page.DateClue(feedDate.date(), feedDate.from()));
            dates.addAll(page.dates());
            page = new Page(page.url(), page.title(), dates, page.outlet(), page.language(), page.text(), page.notes());
        }
        String id = WebArticles.id(page.url(), WebArticles.id(fetched.uri().toString(), "web"));
        return WebArticles.of(page, id, source, limits, null, extra, title);
    }

    private static String host(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url).getHost();
            if (h == null) return null;
            h = h.toLowerCase(java.util.Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
