package org.longarm.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: invalid bytes and NUL bytes are reported with their offset, never replaced. */
final class Utf8 {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /** Decodes {@code bytes[0, length)}; a leading byte-order mark is dropped. */
    String decode(byte[] bytes, int length) throws BadInput {
        int nul = indexOfNul(bytes, length);
        if (nul >= 0) throw new BadInput("binary data (NUL byte at byte " + nul + "), not text");
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);
        decoder.reset();
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) result = decoder.flush(out);
        if (result.isError()) {
            int at = in.position();
            throw new BadInput("invalid UTF-8 at byte " + at + " (0x" + String.format("%02X", bytes[at] & 0xFF) + ")");
        }
        out.flip();
        int start = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
        return out.subSequence(start, out.length()).toString();
    }

    static int indexOfNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) return i;
        }
        return -1;
    }
}
