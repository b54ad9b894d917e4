package org.longarm.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ('\n', with a trailing '\r' dropped) without decoding it, so that each line
 * can be checked on its own. A line longer than the limit is skipped without being buffered.
 */
final class ByteLines {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] line = new byte[1 << 12];
    private int length;
    private long fullLength;

    ByteLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = (int) Math.min(maxLineBytes, Integer.MAX_VALUE - 16);
    }

    /** Whether the first bytes of the stream (up to 8 KiB) hold a NUL byte: a binary file, not text. */
    boolean startsBinary() throws IOException {
        while (!eof && limit < 8192) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) eof = true;
            else limit += n;
        }
        return Utf8.indexOfNul(buf, Math.min(limit, 8192)) >= 0;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean next() throws IOException {
        length = 0;
        fullLength = 0;
        boolean any = false;
        while (true) {
            if (pos >= limit && !fill()) return any;
            any = true;
            int nl = indexOfNewline();
            int end = nl < 0 ? limit : nl;
            append(end - pos);
            pos = nl < 0 ? limit : nl + 1;
            if (nl >= 0) break;
        }
        if (!tooLong() && length > 0 && line[length - 1] == '\r') length--;
        return true;
    }

    /** Whether the current line was longer than the limit (its bytes are then not kept). */
    boolean tooLong() {
        return fullLength > maxLineBytes;
    }

    long fullLength() {
        return fullLength;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    private boolean fill() throws IOException {
        if (eof) return false;
        int n = in.read(buf, 0, buf.length);
        while (n == 0) n = in.read(buf, 0, buf.length);
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private int indexOfNewline() {
        for (int i = pos; i < limit; i++) {
            if (buf[i] == '\n') return i;
        }
        return -1;
    }

    private void append(int n) {
        fullLength += n;
        if (fullLength > maxLineBytes) {
            length = 0;
            return;
        }
        if (length + n > line.length) line = Arrays.copyOf(line, Math.max(length + n, Math.min(2 * line.length, maxLineBytes)));
        System.arraycopy(buf, pos, line, length, n);
        length += n;
    }
}
