package org.longarm.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.longarm.ingest.fetch.FetchOptions;
import org.longarm.ingest.fetch.Fetcher;
import org.longarm.model.Article;
import org.longarm.model.Checks;
import org.longarm.pack.Prefilter;

/**
 * Front door of ingest: expands inputs into files and streams their articles (FORMATS.md, "Articles in"): JSON,
 * JSON lines (plain or gzip), text with sidecar metadata, web pages (.html), WARC files (.warc, .warc.gz), RSS and
 * Atom feeds (.rss, .atom, .xml), and web pages or feeds by http(s) URL.
 */
public final class Ingest {
    private static Fetcher defaultFetcher;

    private Ingest() {}

    /** True when the argument is an http(s) URL rather than a path. */
    public static boolean isUrl(String input) {
        Checks.notNull(input, "input");
        String s = input.strip().toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /** The fetcher used when none is given: default options (private addresses as LONGARM_ALLOW_PRIVATE says). */
    public static synchronized Fetcher defaultFetcher() {
        if (defaultFetcher == null) defaultFetcher = new Fetcher(FetchOptions.defaults());
        return defaultFetcher;
    }

    /**
     * Fetches a web page or feed and streams its articles: a page is one article, a feed one per item (items with
     * only a link have their page fetched too). Failures go to the sink as problems named by the URL.
     */
    public static void read(URI url, IngestSink sink, Fetcher fetcher) {
        read(url, sink, fetcher, IngestLimits.DEFAULT);
    }

    /** As {@link #read(URI, IngestSink, Fetcher)}, within the given limits. */
    public static void read(URI url, IngestSink sink, Fetcher fetcher, IngestLimits limits) {
        Checks.notNull(url, "url");
        Checks.notNull(sink, "sink");
        Checks.notNull(fetcher, "fetcher");
        Checks.notNull(limits, "limits");
        WebReader.readUrl(url, sink, limits, fetcher);
    }

    /**
     * Files under the given paths (folders recursively, sorted by path, hidden files skipped); sidecar .meta.json
     * files are not inputs. A path that does not exist goes to the sink as a problem.
     */
    public static List<Path> files(List<Path> inputs, IngestSink sink) {
        Checks.notNull(inputs, "inputs");
        Checks.notNull(sink, "sink");
        return InputFiles.expand(inputs, sink);
    }

    /** A cheap estimate of the number of articles in a file (lines of a JSONL file, else 1), for progress bars. */
    public static long estimate(Path file) {
        Checks.notNull(file, "file");
        FileKind kind = FileKind.of(file);
        if (kind != FileKind.JSONL && kind != FileKind.JSONL_GZ) return 1;
        return countLines(file, kind == FileKind.JSONL_GZ);
    }

    /** Streams the articles of one file to the sink; malformed records go to the sink as problems, never as exceptions. */
    public static void read(Path file, IngestSink sink) {
        read(file, sink, IngestLimits.DEFAULT);
    }

    /** As {@link #read(Path, IngestSink)}, within the given limits. */
    public static void read(Path file, IngestSink sink, IngestLimits limits) {
        read(file, sink, limits, null);
    }

    /** As {@link #read(Path, IngestSink, IngestLimits)}; feed items with only a link are fetched with {@code fetcher} (null: the default). */
    public static void read(Path file, IngestSink sink, IngestLimits limits, Fetcher fetcher) {
        Checks.notNull(file, "file");
        Checks.notNull(sink, "sink");
        Checks.notNull(limits, "limits");
        FileKind kind = FileKind.of(file);
        if (kind != FileKind.UNKNOWN && !Files.exists(file)) {
            sink.problem(new IngestProblem(file.toString(), Problems.NO_SUCH_FILE));
            return;
        }
        switch (kind) {
            case JSON -> JsonFileReader.read(file, sink, limits);
            case JSONL -> JsonlReader.read(file, false, sink, limits);
            case JSONL_GZ -> JsonlReader.read(file, true, sink, limits);
            case TXT -> TextFileReader.read(file, sink, limits);
            case SIDECAR -> sink.problem(new IngestProblem(file.toString(),
                    "a sidecar .meta.json is read with its .txt file, not on its own"));
            case HTML -> HtmlFileReader.read(file, sink, limits);
            case WARC -> WarcFileReader.read(file, sink, limits);
            case FEED -> WebReader.readFeedFile(file, sink, limits, fetcher != null ? fetcher : defaultFetcher());
            case UNKNOWN -> sink.problem(new IngestProblem(file.toString(), "unsupported file type"
                    + (suffix(file).isEmpty() ? "" : " (" + suffix(file) + ")")
                    + "; expected .json, .jsonl, .jsonl.gz, .txt, .html, .warc, .warc.gz, .rss, .atom or .xml"));
        }
    }

    /**
     * The relevance prefilter alone over one file, at stream speed: only the candidate articles go to the sink
     * (problems too); returns the number of articles (or records) read. JSON lines ruled out by a cheap check of
     * their raw bytes are skipped unparsed, so a malformed line is only named when it could be a candidate.
     */
    public static long scan(Path file, Prefilter prefilter, IngestSink sink) {
        Checks.notNull(file, "file");
        Checks.notNull(prefilter, "prefilter");
        Checks.notNull(sink, "sink");
        FileKind kind = FileKind.of(file);
        if ((kind == FileKind.JSONL || kind == FileKind.JSONL_GZ) && Files.exists(file)) {
            return JsonlReader.scan(file, kind == FileKind.JSONL_GZ, sink, IngestLimits.DEFAULT, prefilter);
        }
        long[] count = {0};
        read(file, new IngestSink() {
            @Override
            public void article(Article a) {
                count[0]++;
                if (prefilter.candidate(a.title(), a.text())) sink.article(a);
            }

            @Override
            public void problem(IngestProblem p) {
                sink.problem(p);
            }
        }, IngestLimits.DEFAULT);
        return count[0];
    }

    private static String suffix(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".warc.gz")) return name.substring(name.length() - 8);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : "";
    }

    private static long countLines(Path file, boolean gzip) {
        long lines = 0;
        int last = '\n';
        byte[] buf = new byte[1 << 16];
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') lines++;
                }
                last = buf[n - 1];
            }
        } catch (IOException e) {
            // the read reports it; an estimate only counts what it could see
        }
        return last == '\n' ? lines : lines + 1;
    }
}
