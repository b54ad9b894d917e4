/**
 * Safe HTTP fetching: http(s) only, private addresses refused unless allowed, one deadline, a size cap, a
 * redirect limit, a clear user agent; the front door is {@link org.longarm.ingest.fetch.Fetcher}.
 */
package org.longarm.ingest.fetch;
