package org.longarm.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(5).nextBytes(b);
        return b;
    }

    @Test
    void bytesArriveWholeAndInOrder() throws Exception {
        byte[] data = random(1_000_003);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new ReadAhead(new ByteArrayInputStream(data), 4096, 3)) {
            in.transferTo(out);
            assertEquals(-1, in.read());
        }
        assertArrayEquals(data, out.toByteArray());
    }

    @Test
    void anErrorOfTheSourceComesAfterTheBytesReadBeforeIt() throws Exception {
        IOException boom = new IOException("boom");
        InputStream failing = new InputStream() {
            int left = 10_000;

            @Override
            public int read() throws IOException {
                if (left-- > 0) return 'x';
                throw boom;
            }
        };
        try (InputStream in = new ReadAhead(failing, 1024, 2)) {
            long[] got = {0};
            IOException e = assertThrows(IOException.class, () -> {
                while (in.read() >= 0) got[0]++;
            });
            assertEquals(10_000, got[0], "every byte read before the error arrives first");
            assertSame(boom, e);
            assertThrows(IOException.class, in::read, "the error stays");
        }
    }

    @Test
    void closingEarlyStopsTheReaderThread() throws Exception {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'y';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'y');
                return len;
            }
        };
        ReadAhead in = new ReadAhead(endless, 1024, 2);
        assertEquals('y', in.read());
        assertTrue(in.readerAlive(), "reading ahead, blocked on the full queue");
        in.close();
        assertTrue(!in.readerAlive(), "stopped by close");
    }
}
