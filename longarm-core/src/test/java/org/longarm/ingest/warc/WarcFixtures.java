package org.longarm.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes small WARC files (plain or gzip) in CC-NEWS style, for tests. */
public final class WarcFixtures {
    /** One record to write: a response unless {@code request}. */
    public record Capture(String uri, String date, int status, String contentType, String body, boolean request) {
        public static Capture page(String uri, String date, String html) {
            return new Capture(uri, date, 200, "text/html; charset=utf-8", html, false);
        }
    }

    private WarcFixtures() {}

    public static byte[] warc(boolean gzip, Capture... captures) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out),
                    gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
                for (Capture c : captures) {
                    if (c.request()) {
                        HttpRequest req = new HttpRequest.Builder("GET", URI.create(c.uri()).getRawPath()).build();
                        w.write(new WarcRequest.Builder(URI.create(c.uri())).date(Instant.parse(c.date())).body(req).build());
                        continue;
                    }
                    byte[] body = c.body().getBytes(StandardCharsets.UTF_8);
                    HttpResponse http = new HttpResponse.Builder(c.status(), c.status() == 200 ? "OK" : "Other")
                            .body(MediaType.parse(c.contentType()), body).build();
                    w.write(new WarcResponse.Builder(URI.create(c.uri())).date(Instant.parse(c.date())).body(http).build());
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
