package org.longarm.ingest.fetch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Tells a feed from a web page by its first bytes: an XML document whose root is rss, feed or rdf:RDF. */
public final class FeedSniffer {
    private FeedSniffer() {}

    public static boolean isFeed(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int at = 0;
        while (true) {
            int lt = head.indexOf('<', at);
            if (lt < 0 || lt + 1 >= head.length()) return false;
            char c = head.charAt(lt + 1);
            if (c == '?' || c == '!') {
                at = lt + 1;
                continue;
            }
            return head.startsWith("rss", lt + 1) || head.startsWith("feed", lt + 1) || head.startsWith("rdf:rdf", lt + 1);
        }
    }
}
