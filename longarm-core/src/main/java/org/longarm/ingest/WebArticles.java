package org.longarm.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.longarm.ingest.web.CanonicalUrl;
import org.longarm.ingest.web.Page;
import org.longarm.model.Article;

/**
 * Turns what was read from the web (a {@link Page}) into an {@link Article}: the publication date from the most
 * trusted clue that parses (else a fallback such as the feed's or the crawl's date, else the text's dateline,
 * flagged as inferred), the outlet (flagged as inferred when taken from the host), and where the date came from
 * kept in {@code extraJson} as {@code published_from}.
 */
final class WebArticles {
    private WebArticles() {}

    /** A date given by the container (feed item, WARC record) and what it is, used when the page has none. */
    record Fallback(String date, String from, boolean inferred) {}

    static Article of(Page page, String id, String source, IngestLimits limits, Fallback fallback,
                      Map<String, String> extra, String titleFallback) throws BadInput {
        limits.checkArticle(page.text());
        List<String> flags = new ArrayList<>();
        String published = null;
        String from = null;
        for (Page.DateClue clue : page.dates()) {
            published = date(clue.value());
            if (published != null) {
                from = clue.from();
                break;
            }
        }
        if (published == null && fallback != null && fallback.date() != null) {
            published = date(fallback.date());
            if (published != null) {
                from = fallback.from();
                if (fallback.inferred()) flags.add(IngestFlags.DATE_INFERRED);
            }
        }
        if (published == null) {
            Dateline.Found found = Dateline.find(page.text());
            if (found != null) {
                published = found.date().toString();
                from = "dateline";
                flags.add(IngestFlags.DATE_INFERRED);
            }
        }
        if (published == null) flags.add(IngestFlags.NO_PUBLICATION_DATE);
        if (page.notes().contains("outlet-from-host")) flags.add(IngestFlags.OUTLET_INFERRED);
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        extra.forEach((k, v) -> {
            if (v != null) fields.put(k, TextNode.valueOf(v));
        });
        if (from != null) fields.put("published_from", TextNode.valueOf(from));
        String title = page.title() != null ? page.title() : titleFallback;
        try {
            return new Article(id, page.outlet(), page.url(), published, title, page.text(), page.language(),
                    JsonText.canonicalObject(fields), flags, source);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
    }

    /** The id of a page with this address: from its canonical form, else {@code orElse}. */
    static String id(String url, String orElse) {
        String canonical = CanonicalUrl.of(url);
        return canonical == null ? orElse : ArticleIds.forUrl(canonical);
    }

    /** The ISO form of a date as pages write it, or null. */
    static String date(String raw) {
        String iso = PublishedDate.normalize(raw);
        if (iso != null) return iso;
        Dateline.Found found = Dateline.find(raw);
        return found == null ? null : found.date().toString();
    }

    /** The bytes of a file no larger than the limit. */
    static byte[] bytes(Path file, IngestLimits limits) throws BadInput {
        try {
            if (Files.isDirectory(file)) throw new BadInput("is a directory");
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new BadInput("file too large (" + size + " bytes, limit " + limits.maxFileBytes() + ")");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInput(Problems.io(e));
        }
    }
}
