package org.longarm.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/** Parses RSS (0.9x, 1.0, 2.0) and Atom with Rome; document type declarations are refused (no external entities). */
public final class FeedParser {
    private FeedParser() {}

    /** The feed in {@code xml}; relative item links are resolved against {@code base} (may be null). */
    public static Feed parse(byte[] xml, String base) throws FeedException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (ParsingFeedException e) {
            String where = e.getLineNumber() > 0 ? " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")" : "";
            throw new FeedException("invalid feed: " + message(e) + where);
        } catch (com.rometools.rome.io.FeedException e) {
            throw new FeedException("invalid feed: " + message(e));
        } catch (IllegalArgumentException e) {
            throw new FeedException("invalid feed: not an RSS or Atom document (" + message(e) + ")");
        } catch (IOException | RuntimeException e) {
            throw new FeedException("cannot read the feed: " + message(e));
        }
        String feedLink = absolute(feed.getLink(), base);
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = absolute(e.getLink(), feedLink != null ? feedLink : base);
            if (link == null && e.getUri() != null && e.getUri().matches("(?i)https?://.*")) link = e.getUri();
            items.add(new FeedItem(blankToNull(e.getUri()), link, blankToNull(e.getTitle()), iso(e), blankToNull(e.getAuthor()),
                    content(e), e.getDescription() == null ? null : blankToNull(e.getDescription().getValue())));
        }
        String lang = feed.getLanguage() != null ? feed.getLanguage() : xmlLang(xml);
        return new Feed(blankToNull(feed.getTitle()), feedLink, language(lang), items);
    }

    private static final java.util.regex.Pattern XML_LANG =
            java.util.regex.Pattern.compile("<(?:\\w+:)?feed\\b[^>]*\\bxml:lang\\s*=\\s*[\"']([^\"']+)[\"']");

    /** Atom's xml:lang on the root element, which Rome does not report. */
    private static String xmlLang(byte[] xml) {
        java.util.regex.Matcher m = XML_LANG.matcher(new String(xml, 0, Math.min(xml.length, 4096), java.nio.charset.StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : null;
    }

    private static String content(SyndEntry e) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() == null || c.getValue().isBlank()) continue;
            if (sb.length() > 0) sb.append('\n');
            String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
            sb.append(type.equals("text") || type.equals("text/plain") ? escape(c.getValue()) : c.getValue());
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String escape(String text) {
        return "<pre>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</pre>";
    }

    private static String iso(SyndEntry e) {
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        return d == null ? null : d.toInstant().toString();
    }

    private static String language(String lang) {
        if (lang == null || lang.isBlank()) return null;
        String p = lang.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return p.matches("[a-z]{2,3}") ? p : null;
    }

    private static String absolute(String href, String base) {
        if (href == null || href.isBlank()) return null;
        try {
            URI h = URI.create(href.strip());
            if (h.isAbsolute()) return h.toString();
            return base == null ? null : URI.create(base).resolve(h).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ');
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
