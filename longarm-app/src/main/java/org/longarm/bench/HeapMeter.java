package org.longarm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap use from the JVM's memory pools. The peak is the sum of each heap pool's peak since the last reset (an upper
 * bound of the true peak, as pools peak at different moments); the live heap is what is left after a full GC.
 */
final class HeapMeter {
    private static final double MIB = 1024.0 * 1024.0;

    private HeapMeter() {}

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peak usage since the last {@link #resetPeaks()}, in MiB. */
    static double peakMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        return sum / MIB;
    }

    /** Heap in use after asking for a full GC (twice), in MiB: what the live objects hold. */
    static double liveMb() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MIB;
    }

    /** The heap limit (-Xmx), in MiB. */
    static double maxMb() {
        return Runtime.getRuntime().maxMemory() / MIB;
    }
}
