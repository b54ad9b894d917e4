package org.longarm.ingest.feed;

/**
 * One item of a feed: its guid (or null), link (absolute, or null), title, publication time as an ISO instant
 * (from the feed's published or updated date, or null), author, and its content as HTML: the full content
 * (content:encoded, atom:content) or null, and the summary (description, atom:summary) or null.
 */
public record FeedItem(String guid, String link, String title, String published, String author, String contentHtml,
                       String summaryHtml) {
    /** The key an item is remembered by: its link, else its guid, else its title. */
    public String key() {
        if (link != null) return link;
        if (guid != null) return guid;
        return title;
    }
}
