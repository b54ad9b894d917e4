package org.longarm.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run on standard error, and the messages printed while it runs: a live bar (articles/s, ETA) when
 * standard error is a terminal, else a plain line every {@link #LINE_INTERVAL} at most.
 */
abstract class Progress implements AutoCloseable {
    static final Duration LINE_INTERVAL = Duration.ofSeconds(10);

    /** Starts counting towards an estimated total. */
    abstract void start(String task, long total);

    /** One more unit done (the total grows when the estimate was short). */
    abstract void step();

    /** Prints a line (a problem, a note) without garbling the progress display. */
    abstract void message(String line);

    @Override
    public abstract void close();

    /** The right kind for this process's standard error, writing messages to {@code err}. */
    static Progress forStderr(PrintWriter err) {
        return stderrIsTerminal() ? new Bar(err) : new Lines(err, System::nanoTime, LINE_INTERVAL);
    }

    /** True when file descriptor 2 is a terminal (Linux: /proc; elsewhere: whether there is a console at all). */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) return false;
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // fall through
        }
        return System.console() != null;
    }

    /** A live bar from me.tongfei:progressbar. */
    static final class Bar extends Progress {
        private final PrintWriter err;
        private ProgressBar bar;
        private long done;
        private long max;

        Bar(PrintWriter err) {
            this.err = err;
        }

        @Override
        void start(String task, long total) {
            boolean utf8 = String.valueOf(System.getenv("LC_ALL")).concat(String.valueOf(System.getenv("LANG")))
                    .toUpperCase(Locale.ROOT).replace("-", "").contains("UTF8");
            PrintStream stream = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
                    utf8 ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII);
            max = Math.max(total, 1);
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(" articles", 1)
                    .setStyle(utf8 ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                    .showSpeed().setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(stream)).build();
        }

        @Override
        void step() {
            if (bar == null) return;
            if (++done > max) {
                max = done;
                bar.maxHint(max);
            }
            bar.step();
        }

        @Override
        void message(String line) {
            err.print("\r\033[K");
            err.println(line);
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.maxHint(done);
                bar.close();
                bar = null;
            }
        }
    }

    /** A line now and then, for logs: no carriage returns, nothing at all for a short run. */
    static final class Lines extends Progress {
        private final PrintWriter err;
        private final LongSupplier nanos;
        private final long interval;
        private String task = "";
        private long total;
        private long done;
        private long started;
        private long last;

        Lines(PrintWriter err, LongSupplier nanos, Duration interval) {
            this.err = err;
            this.nanos = nanos;
            this.interval = interval.toNanos();
        }

        @Override
        void start(String task, long total) {
            this.task = task;
            this.total = total;
            this.started = nanos.getAsLong();
            this.last = started;
        }

        @Override
        void step() {
            done++;
            long now = nanos.getAsLong();
            if (now - last < interval) return;
            last = now;
            double seconds = (now - started) / 1e9;
            double rate = seconds > 0 ? done / seconds : 0;
            long left = Math.max(total - done, 0);
            String eta = rate > 0 && left > 0 ? ", about " + duration(Math.round(left / rate)) + " left" : "";
            err.printf(Locale.ROOT, "longarm: %s: %d/%d articles, %.1f/s%s%n", task, done, Math.max(total, done), rate, eta);
        }

        @Override
        void message(String line) {
            err.println(line);
        }

        @Override
        public void close() {}
    }

    static String duration(long seconds) {
        if (seconds < 60) return seconds + "s";
        if (seconds < 3600) return seconds / 60 + "m" + String.format(Locale.ROOT, "%02d", seconds % 60) + "s";
        return seconds / 3600 + "h" + String.format(Locale.ROOT, "%02d", seconds / 60 % 60) + "m";
    }

    /** No display at all: messages only. */
    static Progress quiet(PrintWriter err) {
        return new Lines(err, () -> 0L, Duration.ofDays(365));
    }
}
