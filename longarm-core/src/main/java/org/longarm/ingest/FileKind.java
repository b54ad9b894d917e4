package org.longarm.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** The input formats, told apart by file name. */
enum FileKind {
    JSON, JSONL, JSONL_GZ, TXT, SIDECAR, HTML, WARC, FEED, UNKNOWN;

    static FileKind of(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".meta.json")) return SIDECAR;
        if (n.endsWith(".jsonl.gz")) return JSONL_GZ;
        if (n.endsWith(".jsonl")) return JSONL;
        if (n.endsWith(".json")) return JSON;
        if (n.endsWith(".txt")) return TXT;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return HTML;
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) return WARC;
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) return FEED;
        return UNKNOWN;
    }
}
