package org.longarm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A stopwatch that keeps every lap, in nanoseconds of a clock: wall time ({@link #Timings()}) or the CPU time of the
 * calling thread ({@link #cpu()}, which other processes on a busy machine inflate far less); summaries in ms or s.
 */
public final class Timings {
    private final List<Long> nanos = new ArrayList<>();
    private final LongSupplier clock;

    /** Wall time, {@link System#nanoTime()}. */
    public Timings() {
        this(System::nanoTime);
    }

    private Timings(LongSupplier clock) {
        this.clock = clock;
    }

    /** CPU time of the calling thread (wall time where the JVM cannot measure it). */
    public static Timings cpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean supported = threads.isCurrentThreadCpuTimeSupported();
        if (supported && !threads.isThreadCpuTimeEnabled()) threads.setThreadCpuTimeEnabled(true);
        return supported ? new Timings(threads::getCurrentThreadCpuTime) : new Timings();
    }

    /** Now, on this stopwatch's clock. */
    public long now() {
        return clock.getAsLong();
    }

    /** Runs {@code work}, records how long it took and returns its result. */
    public <T> T time(Supplier<T> work) {
        long t0 = clock.getAsLong();
        T result = work.get();
        nanos.add(clock.getAsLong() - t0);
        return result;
    }

    /** Runs {@code work} and records how long it took. */
    public void time(Runnable work) {
        time(() -> {
            work.run();
            return null;
        });
    }

    /** Records a lap measured elsewhere. */
    public void add(long lapNanos) {
        if (lapNanos < 0) throw new IllegalArgumentException("lapNanos must not be negative, was " + lapNanos);
        nanos.add(lapNanos);
    }

    public int count() {
        return nanos.size();
    }

    public double totalSeconds() {
        long sum = 0;
        for (long n : nanos) sum += n;
        return sum / 1e9;
    }

    /** Mean lap in ms; 0 when nothing was timed. */
    public double meanMs() {
        return nanos.isEmpty() ? 0 : totalSeconds() * 1000 / nanos.size();
    }

    /** Median lap in ms (the mean of the middle two for an even count); 0 when nothing was timed. */
    public double medianMs() {
        return percentileNanos(50) / 1e6;
    }

    /** Median lap in seconds. */
    public double medianSeconds() {
        return percentileNanos(50) / 1e9;
    }

    /** The p-th percentile lap (nearest rank; the median interpolates) in ms. */
    public double percentileMs(int p) {
        return percentileNanos(p) / 1e6;
    }

    private double percentileNanos(int p) {
        if (p < 0 || p > 100) throw new IllegalArgumentException("p must be in [0, 100], was " + p);
        if (nanos.isEmpty()) return 0;
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (p == 50) return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        int rank = Math.max(1, (int) Math.ceil(p / 100.0 * n));
        return sorted[rank - 1];
    }
}
