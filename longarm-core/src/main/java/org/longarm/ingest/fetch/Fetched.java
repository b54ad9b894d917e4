package org.longarm.ingest.fetch;

import java.net.URI;

/** A fetched resource: the address it finally came from (after redirects), its media type and charset (lower case, may be null), and its body. */
public record Fetched(URI uri, String mediaType, String charset, byte[] body) {
    public Fetched {
        if (uri == null) throw new IllegalArgumentException("uri must not be null");
        if (body == null) throw new IllegalArgumentException("body must not be null");
    }

    /** True when the media type or the first bytes say this is an RSS, Atom or RDF feed. */
    public boolean looksLikeFeed() {
        if (mediaType != null && (mediaType.contains("rss") || mediaType.contains("atom") || mediaType.contains("rdf"))) return true;
        if (mediaType != null && mediaType.contains("html")) return false;
        return FeedSniffer.isFeed(body);
    }
}
