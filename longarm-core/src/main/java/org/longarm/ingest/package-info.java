/**
 * Ingest: turns inputs (.json, .jsonl, .jsonl.gz, .txt with sidecar metadata, .html pages, .warc[.gz] crawls,
 * RSS/Atom feeds, and http(s) URLs of pages and feeds) into {@link org.longarm.model.Article}s, reporting bad input
 * as {@link org.longarm.ingest.IngestProblem}s; the front door is {@link org.longarm.ingest.Ingest}. Sub-packages:
 * {@code web} (main-content extraction and page metadata), {@code feed} (RSS/Atom), {@code warc} (WARC records),
 * {@code fetch} (safe HTTP fetching).
 */
package org.longarm.ingest;
