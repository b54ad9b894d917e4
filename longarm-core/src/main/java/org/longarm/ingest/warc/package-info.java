/** The HTML pages of WARC files (Common Crawl News style), streamed with jwarc; the front door is {@link org.longarm.ingest.warc.WarcPages}. */
package org.longarm.ingest.warc;
