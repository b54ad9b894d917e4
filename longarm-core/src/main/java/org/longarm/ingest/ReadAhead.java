package org.longarm.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An input stream read ahead by a thread of its own into a bounded queue of chunks, so that the work of the
 * source (gzip decompression) and the work of the reader (parsing, scanning) overlap on two cores. Bytes and
 * errors arrive in order: an error of the source is thrown after the bytes read before it. Memory stays at most
 * {@code depth + 2} chunks.
 */
final class ReadAhead extends InputStream {
    static final int CHUNK = 1 << 18;
    static final int DEPTH = 8;
    private static final byte[] END = new byte[0];

    private final InputStream source;
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private byte[] chunk = new byte[0];
    private int pos;
    private IOException failure;
    private boolean ended;
    private volatile boolean closed;

    ReadAhead(InputStream source) {
        this(source, CHUNK, DEPTH);
    }

    ReadAhead(InputStream source, int chunkSize, int depth) {
        this.source = source;
        this.queue = new ArrayBlockingQueue<>(depth);
        this.thread = new Thread(() -> fill(chunkSize), "longarm-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    private void fill(int chunkSize) {
        try {
            while (!closed) {
                byte[] buf = new byte[chunkSize];
                int n = 0;
                IOException error = null;
                try {
                    while (n < buf.length) {
                        int r = source.read(buf, n, buf.length - n);
                        if (r < 0) break;
                        n += r;
                    }
                } catch (IOException e) {
                    error = e;
                }
                if (n > 0) queue.put(n == buf.length ? buf : java.util.Arrays.copyOf(buf, n));
                if (error != null) {
                    queue.put(error);
                    return;
                }
                if (n < buf.length) {
                    queue.put(END);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                queue.put(new IOException("cannot read: " + e, e));
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean next() throws IOException {
        if (failure != null) throw failure;
        if (ended) return false;
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading ahead");
        }
        if (item instanceof IOException e) {
            failure = e;
            throw e;
        }
        byte[] b = (byte[]) item;
        if (b == END) {
            ended = true;
            return false;
        }
        chunk = b;
        pos = 0;
        return true;
    }

    @Override
    public int read() throws IOException {
        if (pos >= chunk.length && !next()) return -1;
        return chunk[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (pos >= chunk.length) {
            if (!next()) return -1;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }

    /** Whether the reading thread is still running (for tests). */
    boolean readerAlive() {
        return thread.isAlive();
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        thread.interrupt();
        queue.clear();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
