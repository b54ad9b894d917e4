/**
 * Web pages: main-content extraction (Readability) and page metadata (title, date clues, outlet, language,
 * canonical address); the front door is {@link org.longarm.ingest.web.PageExtractor}.
 */
package org.longarm.ingest.web;
