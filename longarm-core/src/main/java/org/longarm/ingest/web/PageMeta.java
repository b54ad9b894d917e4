package org.longarm.ingest.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The metadata of a page: canonical address, title, date clues, outlet, language. */
final class PageMeta {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d\\d?)[/-](\\d\\d?)(?:/|\\b)");
    private static final Pattern URL_DATE_COMPACT = Pattern.compile("/((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:/|[-_.]|$)");
    private static final String[] DATE_METAS = {"article:published_time", "og:published_time", "og:article:published_time",
        "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
        "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime"};

    private PageMeta() {}

    /** The page's own address (canonical link or og:url, made absolute), else {@code given}. */
    static String url(Document doc, String given) {
        for (String v : new String[] {attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "og:url")}) {
            if (v != null && CanonicalUrl.of(absolute(v, given)) != null) return absolute(v, given);
        }
        return given;
    }

    static String title(Document doc, String outlet) {
        String t = meta(doc, "og:title");
        if (t == null) t = meta(doc, "twitter:title");
        if (t == null) t = blankToNull(doc.title());
        if (t == null) {
            Element h1 = doc.selectFirst("h1");
            t = h1 == null ? null : blankToNull(h1.text());
        }
        return t == null ? null : stripSiteSuffix(t.strip(), outlet);
    }

    /** "Spies caught | Daily Paper" → "Spies caught" when the part after the separator is the outlet's name. */
    static String stripSiteSuffix(String title, String outlet) {
        if (outlet == null) return title;
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " · "}) {
            int at = title.lastIndexOf(sep);
            if (at > 0 && title.substring(at + sep.length()).strip().equalsIgnoreCase(outlet.strip())) {
                return title.substring(0, at).strip();
            }
        }
        return title;
    }

    static List<Page.DateClue> dates(Document doc, String url) {
        List<Page.DateClue> out = new ArrayList<>();
        for (String name : DATE_METAS) {
            String v = meta(doc, name);
            if (v != null) out.add(new Page.DateClue(v, name));
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = JSON.readTree(s.data());
                String v = find(node, "datePublished", 0);
                if (v == null) v = find(node, "dateCreated", 0);
                if (v != null) out.add(new Page.DateClue(v, "json-ld"));
            } catch (Exception e) {
                // malformed JSON-LD is common; the other clues still count
            }
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            String v = blankToNull(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
            if (v != null) out.add(new Page.DateClue(v, "itemprop"));
        }
        Element time = doc.selectFirst("time[pubdate][datetime]");
        if (time == null) time = doc.selectFirst("article time[datetime]");
        if (time == null) time = doc.selectFirst("time[datetime]");
        if (time != null && !time.attr("datetime").isBlank()) out.add(new Page.DateClue(time.attr("datetime"), "time"));
        if (url != null) {
            String path = path(url);
            Matcher m = URL_DATE.matcher(path);
            if (!m.find()) m = URL_DATE_COMPACT.matcher(path);
            else m.reset();
            if (m.find()) {
                out.add(new Page.DateClue(m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3)), "url"));
            }
        }
        return out;
    }

    private static String find(JsonNode node, String field, int depth) {
        if (node == null || depth > 6) return null;
        if (node.isObject()) {
            JsonNode v = node.get(field);
            if (v != null && v.isTextual() && !v.textValue().isBlank()) return v.textValue();
            for (JsonNode child : node) {
                String f = find(child, field, depth + 1);
                if (f != null) return f;
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                String f = find(child, field, depth + 1);
                if (f != null) return f;
            }
        }
        return null;
    }

    /** og:site_name (or application-name), else null. */
    static String siteName(Document doc) {
        String s = meta(doc, "og:site_name");
        return s != null ? s : meta(doc, "application-name");
    }

    /** The host without "www.", or null. */
    static String host(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) return null;
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The primary language subtag from {@code <html lang>}, content-language or og:locale; lower case. */
    static String language(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? null : blankToNull(html.attr("lang"));
        if (lang == null) lang = attr(doc, "meta[http-equiv~=(?i)content-language]", "content");
        if (lang == null) lang = meta(doc, "og:locale");
        if (lang == null) return null;
        String primary = lang.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    /** The content of {@code <meta property=NAME>}, {@code name=NAME} or {@code itemprop=NAME}, any case. */
    static String meta(Document doc, String name) {
        for (Element m : doc.getElementsByTag("meta")) {
            for (String key : new String[] {"property", "name", "itemprop"}) {
                if (m.attr(key).equalsIgnoreCase(name)) {
                    String v = blankToNull(m.attr("content"));
                    if (v != null) return v.strip();
                }
            }
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : blankToNull(e.attr(attr));
    }

    private static String absolute(String href, String base) {
        if (base == null) return href.strip();
        try {
            return URI.create(base.strip()).resolve(href.strip()).toString();
        } catch (IllegalArgumentException e) {
            return href.strip();
        }
    }

    private static String path(String url) {
        try {
            String p = URI.create(url.strip()).getRawPath();
            return p == null ? "" : p;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
