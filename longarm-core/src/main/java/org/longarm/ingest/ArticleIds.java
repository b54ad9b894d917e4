package org.longarm.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Ids for articles that come without one: the file's stem, or the stem plus a content hash. */
final class ArticleIds {
    private static final String[] SUFFIXES = {".jsonl.gz", ".warc.gz", ".meta.json", ".jsonl", ".json", ".txt", ".html", ".htm", ".xhtml",
        ".warc", ".rss", ".atom", ".xml"};

    private ArticleIds() {}

    /** The file name without its input-format suffix: "a.jsonl.gz" → "a", "b.txt" → "b", "c.tar" → "c". */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : SUFFIXES) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The id of a web article that comes without one: "web-" and 16 hex digits of the SHA-256 of its canonical url. */
    static String forUrl(String canonicalUrl) {
        return hashed("web", canonicalUrl, null);
    }

    /** "STEM-" and the first 16 hex digits of the SHA-256 of the url, or of the text when there is no url. */
    static String hashed(String stem, String url, String text) {
        String basis = url != null ? url : text == null ? "" : text;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return stem + "-" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
