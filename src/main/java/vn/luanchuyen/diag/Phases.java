package vn.luanchuyen.diag;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one build's time went, phase by phase, in the order the phases ran, with the time the
 * JVM's collector stopped the program during each (the part of a phase that a smaller heap or
 * fewer allocations would give back). One per build.
 */
public final class Phases {
    /** A phase, its wall time and the collector's pauses within it (what the JVM reports of them). */
    public record Phase(String name, double seconds, double gcSeconds) {
    }

    private final List<Phase> done = new ArrayList<>();
    private long started = System.nanoTime();
    private long gcStarted = gcMillis();

    /** Ends the phase running since the last call (or since this object was made). */
    public void end(String name) {
        long now = System.nanoTime();
        long gcNow = gcMillis();
        done.add(new Phase(name, (now - started) / 1e9, (gcNow - gcStarted) / 1e3));
        started = now;
        gcStarted = gcNow;
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
}
