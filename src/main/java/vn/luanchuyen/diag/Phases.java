package vn.luanchuyen.diag;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one build's time went, phase by phase, in the order the phases ran, with the time the
 * JVM's collector stopped the program during each (the part of a phase that a smaller heap or
 * fewer allocations would give back) and the processor time the whole process spent in it (on a
 * machine of two cores, twice the wall time when a phase keeps both busy). One per build.
 */
public final class Phases {
    /**
     * A phase, its wall time, the collector's pauses within it (what the JVM reports of them) and
     * the processor time of all the process's threads meanwhile (the collector's and compiler's too;
     * 0 where the JVM does not report it).
     */
    public record Phase(String name, double seconds, double gcSeconds, double cpuSeconds) {
    }

    private final List<Phase> done = new ArrayList<>();
    private long started = System.nanoTime();
    private long gcStarted = gcMillis();
    private long cpuStarted = cpuNanos();

    /** Ends the phase running since the last call (or since this object was made). */
    public void end(String name) {
        long now = System.nanoTime();
        long gcNow = gcMillis();
        long cpuNow = cpuNanos();
        done.add(new Phase(name, (now - started) / 1e9, (gcNow - gcStarted) / 1e3, Math.max(0, cpuNow - cpuStarted) / 1e9));
        started = now;
        gcStarted = gcNow;
        cpuStarted = cpuNow;
    }

    public List<Phase> list() {
        return List.copyOf(done);
    }

    /** The collectors' accumulated time so far; for G1, its pauses (young, mixed and full collections). */
    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /** The processor time of the whole process so far, where the JVM tells it (HotSpot does); else 0. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }
}
