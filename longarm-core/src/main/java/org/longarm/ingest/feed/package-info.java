/** RSS and Atom feeds parsed with Rome into {@link org.longarm.ingest.feed.Feed}s; the front door is {@link org.longarm.ingest.feed.FeedParser}. */
package org.longarm.ingest.feed;
