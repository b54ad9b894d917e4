package org.longarm.ingest.feed;

import java.util.List;

/** A parsed RSS or Atom feed: its title, link, language (primary subtag or null) and items in feed order. */
public record Feed(String title, String link, String language, List<FeedItem> items) {
    public Feed {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
