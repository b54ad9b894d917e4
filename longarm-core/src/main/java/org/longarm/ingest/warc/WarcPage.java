package org.longarm.ingest.warc;

/**
 * An HTML page captured in a WARC response record: the record's target URI, its WARC-Date (ISO instant, or
 * null), the charset named by the HTTP Content-Type (or null), the decoded HTTP body, and where the record is
 * ("file.warc.gz#17" for the 17th record).
 */
public record WarcPage(String targetUri, String date, String charset, byte[] html, String where) {
    public WarcPage {
        if (html == null) throw new IllegalArgumentException("html must not be null");
        if (where == null || where.isBlank()) throw new IllegalArgumentException("where must not be blank");
    }
}
