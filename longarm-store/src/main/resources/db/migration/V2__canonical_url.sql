-- Longarm store, schema v2: copies across formats. The same article may arrive as JSON, as a web page and as a
-- WARC record under different ids; its canonical address (https, no "www.", no tracking parameters, see
-- org.longarm.ingest.web.CanonicalUrl) and the SHA-256 of its text let an import find the copy already stored.
-- Portable SQL. Rows stored before v2 get their canonical_url when the store is next opened.
ALTER TABLE article ADD COLUMN canonical_url TEXT;

CREATE INDEX article_canonical_url ON article (canonical_url);
CREATE INDEX article_sha256 ON article (sha256);
