package org.longarm.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.longarm.model.Article;
import org.longarm.pack.Prefilter;

/** One article per line of a {@code .jsonl} or {@code .jsonl.gz} file, streamed; a bad line spoils only itself. */
final class JsonlReader {
    private JsonlReader() {}

    static void read(Path file, boolean gzip, IngestSink sink, IngestLimits limits) {
        read(file, gzip, sink, limits, null);
    }

    /**
     * As {@link #read(Path, boolean, IngestSink, IngestLimits)}, but a non-blank line that the prefilter's cheap
     * JSON check rules out is counted and skipped unparsed, and only candidate articles reach the sink. Returns
     * the number of non-blank lines.
     */
    static long scan(Path file, boolean gzip, IngestSink sink, IngestLimits limits, Prefilter prefilter) {
        return read(file, gzip, sink, limits, prefilter);
    }

    private static long read(Path file, boolean gzip, IngestSink sink, IngestLimits limits, Prefilter prefilter) {
        String stem = ArticleIds.stem(file);
        Utf8 utf8 = new Utf8();
        long lineNo = 0;
        long records = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzip ? new ReadAhead(new GZIPInputStream(raw, 1 << 16)) : raw) {
            ByteLines lines = new ByteLines(in, limits.maxFileBytes());
            if (lines.startsBinary()) {
                sink.problem(new IngestProblem(file.toString(), "binary file (NUL bytes), not JSON lines"));
                return 0;
            }
            while (lines.next()) {
                lineNo++;
                if (prefilter != null && !lines.tooLong()) {
                    if (blank(lines.bytes(), lines.length())) continue;
                    records++;
                    if (!prefilter.mayBeCandidateJson(lines.bytes(), 0, lines.length())) continue;
                } else if (prefilter != null) {
                    records++;
                }
                String source = file + ":" + lineNo;
                Article article;
                try {
                    article = article(lines, utf8, stem, source, limits);
                } catch (BadInput e) {
                    sink.problem(new IngestProblem(source, e.reason()));
                    continue;
                }
                if (article != null && (prefilter == null || prefilter.candidate(article.title(), article.text()))) {
                    sink.article(article);
                }
            }
        } catch (IOException e) {
            String at = lineNo == 0 ? file.toString() : file + ":" + (lineNo + 1);
            String reason = Problems.io(e);
            if (gzip && lineNo == 0 && e instanceof java.io.EOFException) reason = "truncated or empty gzip file";
            sink.problem(new IngestProblem(at, reason));
        }
        return records;
    }

    private static boolean blank(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') return false;
        }
        return true;
    }

    /** The article on the current line, or null for a blank line. */
    private static Article article(ByteLines lines, Utf8 utf8, String stem, String source, IngestLimits limits)
            throws BadInput {
        if (lines.tooLong()) {
            throw new BadInput("record too large (" + lines.fullLength() + " bytes, limit " + limits.maxFileBytes() + ")");
        }
        String json = utf8.decode(lines.bytes(), lines.length());
        if (json.isBlank()) return null;
        ArticleFields fields = ArticleFields.of(JsonText.parse(json));
        String fallback = ArticleIds.hashed(stem, fields.url(), fields.text());
        return fields.toArticle(fallback, List.of(), source, limits);
    }
}
