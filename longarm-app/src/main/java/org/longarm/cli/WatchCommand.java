package org.longarm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.longarm.ingest.IngestProblem;
import org.longarm.ingest.IngestSink;
import org.longarm.model.Article;
import org.longarm.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code watch FEEDS_FILE [--every 15m] [--once]}: polls RSS/Atom feeds (URLs or files, one a line; '#' starts a
 * comment) and imports the items not seen before. What was taken is remembered in the data folder
 * ({@value SeenItems#FILE_NAME}), so a restart does not fetch it again; an item that failed is tried again at the
 * next poll.
 */
@Command(name = "watch",
        description = {"Polls RSS/Atom feeds listed in FEEDS_FILE (one URL or file a line, '#' comments) and imports new"
            + " items; remembers what it took across restarts."},
        footer = {"", "Exit status (with --once): 0 all items handled, 1 some rejected (each named on standard error),"
            + " 2 usage error."})
final class WatchCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Mixin
    PacksOption packs;

    @Parameters(index = "0", paramLabel = "FEEDS_FILE", description = "File listing the feeds to watch.")
    Path feedsFile;

    @Option(names = "--every", paramLabel = "INTERVAL", defaultValue = "15m", converter = IntervalConverter.class,
            description = "Time between polls: 30s, 15m, 2h, 1h30m (default: ${DEFAULT-VALUE}; at least 10s).")
    Duration every;

    @Option(names = "--once", description = "Poll once and exit.")
    boolean once;

    @Option(names = "--allow-private", description = "Allow fetching from private, loopback and link-local addresses"
            + " (also LONGARM_ALLOW_PRIVATE=1).")
    boolean allowPrivate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        boolean debug = Errors.debug(spec.commandLine().getParseResult());
        WebInputs feeds = WebInputs.split(feeds(feedsFile), allowPrivate);
        if (feeds.paths().isEmpty() && feeds.urls().isEmpty()) throw UserError.usage(feedsFile + " lists no feeds");
        Clock clock = Clock.systemUTC();
        int status = 0;
        try (Store store = data.openForWriting(); SeenItems seen = SeenItems.open(data.dir())) {
            while (true) {
                ImportSummary summary;
                try (Progress progress = Progress.quiet(err)) {
                    summary = new Importer(store, packs.load(), () -> SharedPipeline.get(packs.load()), progress, UnaryOperator.identity(), debug)
                            .run(feeds.paths(), feeds.urls(), feeds.fetcher(), sink -> new Remembering(sink, seen, clock));
                }
                err.println(summary.line().replaceFirst("^longarm: ", "longarm: watch: "));
                err.flush();
                status = summary.rejected() > 0 ? Errors.FAILED : 0;
                if (once) return status;
                Thread.sleep(every.toMillis());
            }
        }
    }

    /** The feed lines: blank lines and '#' comments skipped. */
    static List<String> feeds(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw UserError.usage("no such feeds file: " + file);
        } catch (IOException e) {
            throw UserError.usage("cannot read the feeds file " + file + ": " + e.getMessage());
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String l = line.replaceFirst("(^|\\s)#.*", "").strip();
            if (!l.isEmpty()) out.add(l);
        }
        return out;
    }

    /**
     * Skips items already seen; an item asked for is remembered once its article arrives, and forgotten (tried
     * again next poll) when a problem arrives instead.
     */
    static final class Remembering implements IngestSink {
        private final IngestSink inner;
        private final SeenItems seen;
        private final Clock clock;
        private String pending;

        Remembering(IngestSink inner, SeenItems seen, Clock clock) {
            this.inner = inner;
            this.seen = seen;
            this.clock = clock;
        }

        @Override
        public boolean wants(String key) {
            if (seen.contains(key) || !inner.wants(key)) {
                seen.add(key, clock.instant());
                pending = null;
                return false;
            }
            pending = key;
            return true;
        }

        @Override
        public void article(Article article) {
            inner.article(article);
            if (pending != null) seen.add(pending, clock.instant());
            pending = null;
        }

        @Override
        public void problem(IngestProblem problem) {
            inner.problem(problem);
            pending = null;
        }
    }

    /** "30s", "15m", "2h", "1h30m" → a duration of at least 10 seconds. */
    static final class IntervalConverter implements ITypeConverter<Duration> {
        private static final Pattern PART = Pattern.compile("(\\d+)([smh])");

        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            Matcher m = PART.matcher(v);
            Duration d = Duration.ZERO;
            int at = 0;
            while (m.find() && m.start() == at) {
                long n = Long.parseLong(m.group(1));
                d = d.plus(switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                });
                at = m.end();
            }
            if (at == 0 || at != v.length()) throw new IllegalArgumentException("'" + value + "' is not an interval like 30s, 15m, 2h or 1h30m");
            if (d.compareTo(Duration.ofSeconds(10)) < 0) throw new IllegalArgumentException("interval '" + value + "' is shorter than 10s");
            return d;
        }
    }
}
