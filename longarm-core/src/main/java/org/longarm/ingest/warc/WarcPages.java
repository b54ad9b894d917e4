package org.longarm.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the HTML pages of a WARC or WARC.gz file (as Common Crawl News writes them): response records with a
 * 2xx HTTP status and an HTML body, in file order. Other record types (request, metadata, warcinfo...) and
 * non-HTML or non-2xx responses are skipped. A corrupt record is named with its position and skipped: reading goes
 * on at the next gzip member (WARC.gz) or the next line starting "WARC/" (WARC); a truncated file ends there. A
 * record whose body is too large or unreadable is named and skipped.
 */
public final class WarcPages {
    /** Receives pages and problems. */
    public interface Listener {
        void page(WarcPage page);

        void problem(String where, String reason);
    }

    private WarcPages() {}

    /** At most this many corrupt places are skipped over in one file before the rest of it is given up. */
    static final int MAX_RESYNCS = 1000;

    public static void read(Path file, long maxBodyBytes, Listener listener) {
        long from = 0;
        long[] number = {0};
        for (int resyncs = 0; from >= 0; resyncs++) {
            if (resyncs > MAX_RESYNCS) {
                listener.problem(file.toString(), "more than " + MAX_RESYNCS + " corrupt records; the rest of this file was skipped");
                return;
            }
            from = readFrom(file, from, number, maxBodyBytes, listener);
        }
    }

    /** Reads records from byte {@code from} on; returns -1 at the end, or where to go on after a corrupt record. */
    private static long readFrom(Path file, long from, long[] number, long maxBodyBytes, Listener listener) {
        long last = -1;
        boolean gzip = false;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(from);
            try (WarcReader reader = new WarcReader(channel)) {
                gzip = reader.compression() == WarcCompression.GZIP;
                reader.setLenient(true);
                while (true) {
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) return -1;
                    number[0]++;
                    last = from + reader.position();
                    if (next.get() instanceof WarcResponse response) {
                        take(response, file + "#" + number[0], maxBodyBytes, listener);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (number[0] == 0 && from == 0 && last < 0) {
                listener.problem(file.toString(), reason(e));
                return -1;
            }
            boolean again = last < 0 && from > 0; // failed right where the last corrupt record was skipped to
            if (!again) {
                number[0]++;
                listener.problem(file + "#" + number[0], reason(e)
                        + (last >= 0 ? " after the record at byte " + last : " at byte " + from));
            }
            boolean gz = gzip || file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
            long resume = nextRecord(file, Math.max(from, last) + 1, gz);
            return resume;
        }
    }

    /** The offset of the next gzip member (or, uncompressed, the next line starting "WARC/") from {@code from} on, or -1. */
    static long nextRecord(Path file, long from, boolean gzip) {
        byte[] magic = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "\nWARC/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long pos = Math.max(0, gzip ? from : from - 1);
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            int matched = 0;
            while (true) {
                buf.clear();
                int n = channel.read(buf, pos);
                if (n <= 0) return -1;
                for (int i = 0; i < n; i++) {
                    byte b = buf.get(i);
                    matched = b == magic[matched] ? matched + 1 : b == magic[0] ? 1 : 0;
                    if (matched == magic.length) {
                        long start = pos + i - magic.length + 1;
                        return gzip ? start : start + 1;
                    }
                }
                pos += n;
            }
        } catch (IOException e) {
            return -1;
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
