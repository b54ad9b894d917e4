package org.longarm.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.longarm.model.Article;

/**
 * The fields of one input article, mapped from the short form or the news-please form (FORMATS.md, "Articles in").
 * Any field either form does not know, including the gold-only {@code relevant} and {@code cites}, lands in
 * {@code extraJson}; so does the news-please twin of a field when the short one is also given.
 */
record ArticleFields(String id, String outlet, String url, String published, String title, String text,
                     String language, String extraJson) {

    /** Short-form name first, then its news-please twin. */
    private static final Map<String, List<String>> NAMES = Map.of(
            "id", List.of("id"),
            "outlet", List.of("outlet", "source_domain"),
            "url", List.of("url"),
            "published", List.of("published", "date_publish"),
            "title", List.of("title"),
            "text", List.of("text", "maintext"),
            "language", List.of("language"));

    /** Maps a JSON object; a wrongly typed field or an unparseable date is a {@link BadInput}. */
    static ArticleFields of(JsonNode object) throws BadInput {
        if (!object.isObject()) throw new BadInput("expected a JSON object, found " + JsonText.describe(object));
        Map<String, JsonNode> rest = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            rest.put(e.getKey(), e.getValue());
        }
        Map<String, String> known = new LinkedHashMap<>();
        Map<String, String> givenAs = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : NAMES.entrySet()) {
            for (String name : e.getValue()) {
                if (!rest.containsKey(name)) continue;
                String value = string(name, rest.get(name), e.getKey().equals("id"));
                if (value == null) {
                    rest.remove(name);
                } else if (!known.containsKey(e.getKey())) {
                    known.put(e.getKey(), value);
                    givenAs.put(e.getKey(), name);
                    rest.remove(name);
                }
            }
        }
        String published = known.get("published");
        String iso = null;
        if (published != null && !published.isBlank()) {
            iso = PublishedDate.normalize(published);
            if (iso == null) {
                throw new BadInput("unparseable date in '" + givenAs.get("published") + "': '" + published + "'");
            }
        }
        return new ArticleFields(blankToNull(known.get("id")), meta(known.get("outlet")), meta(known.get("url")), iso,
                meta(known.get("title")), known.get("text"), meta(known.get("language")), JsonText.canonicalObject(rest));
    }

    /** The text value of a string field, null for JSON null; an integral number is taken for an id. */
    private static String string(String name, JsonNode value, boolean isId) throws BadInput {
        if (value.isNull()) return null;
        if (value.isTextual()) return value.textValue();
        if (isId && value.isIntegralNumber()) return value.asText();
        throw new BadInput("field '" + name + "' must be a string, was " + JsonText.describe(value));
    }

    private static String meta(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * The article, with {@code id} as given or else {@code fallbackId}; a missing or blank text or one over the
     * limit is a {@link BadInput}. An unknown publication date adds the flag {@code no-publication-date}.
     */
    Article toArticle(String fallbackId, List<String> flags, String source, IngestLimits limits) throws BadInput {
        if (text == null) throw new BadInput("missing 'text' (or 'maintext')");
        if (text.isBlank()) throw new BadInput("blank 'text' (or 'maintext')");
        limits.checkArticle(text);
        List<String> allFlags = new ArrayList<>(flags);
        if (published == null) allFlags.add(IngestFlags.NO_PUBLICATION_DATE);
        try {
            return new Article(id == null ? fallbackId : id, outlet, url, published, title, text, language, extraJson,
                    allFlags, source);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
    }
}
