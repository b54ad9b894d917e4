package org.longarm.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the HTML pages of a WARC or WARC.gz file (as Common Crawl News writes them): response records with a
 * 2xx HTTP status and an HTML body, in file order. Other record types (request, metadata, warcinfo...) and
 * non-HTML or non-2xx responses are skipped. A corrupt or truncated record ends the file, named with its
 * position; a record whose body is too large or unreadable is named and skipped.
 */
public final class WarcPages {
    /** Receives pages and problems. */
    public interface Listener {
        void page(WarcPage page);

        void problem(String where, String reason);
    }

    private WarcPages() {}

    public static void read(Path file, long maxBodyBytes, Listener listener) {
        long number = 0;
        long position = -1;
        try (WarcReader reader = new WarcReader(file)) {
            reader.setLenient(true);
            while (true) {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) return;
                number++;
                position = reader.position();
                if (next.get() instanceof WarcResponse response) {
                    take(response, file + "#" + number, maxBodyBytes, listener);
                }
            }
        } catch (IOException | RuntimeException e) {
            String at = number == 0 ? file.toString() : file + "#" + (number + 1);
            listener.problem(at, reason(e) + (number > 0
                    ? " after the record at byte " + position + "; the rest of this file was skipped" : ""));
        }
    }

    private static void take(WarcResponse response, String where, long maxBodyBytes, Listener listener) throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            listener.problem(where, "unreadable HTTP response in the record (" + message(e) + ")");
            return;
        }
        if (http.status() < 200 || http.status() >= 300) return;
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) return;
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBodyBytes + 1));
        } catch (IOException e) {
            listener.problem(where, "unreadable page body (" + message(e) + ")");
            return;
        }
        if (body.length > maxBodyBytes) {
            listener.problem(where, "page too large (over " + maxBodyBytes + " bytes)");
            return;
        }
        String charset = type.parameters().get("charset");
        String date = response.date() == null ? null : response.date().toString();
        listener.page(new WarcPage(response.target(), date, charset == null ? null : charset.strip(), body, where));
    }

    private static String reason(Exception e) {
        if (e instanceof EOFException) return "truncated WARC (unexpected end of data)";
        if (e instanceof ZipException) return "corrupt gzip (" + message(e) + ")";
        if (e instanceof ParsingException) return "corrupt WARC record (" + message(e) + ")";
        if (e instanceof IOException) return "cannot read: " + message(e);
        return "corrupt WARC record (" + message(e) + ")";
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        m = m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ');
        return m.length() > 160 ? m.substring(0, 160) + "..." : m;
    }
}
