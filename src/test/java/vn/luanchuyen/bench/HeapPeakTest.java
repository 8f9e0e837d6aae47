package vn.luanchuyen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The heap's peak is the most in use at one moment: at least what was held then, never more than the heap may hold. */
class HeapPeakTest {
    private static final long HELD = 200L << 20;

    @Test
    void remembersWhatWasHeldAtOnceAfterItIsLetGo() throws Exception {
        long max = Runtime.getRuntime().maxMemory();
        try (HeapPeak peak = new HeapPeak()) {
            System.gc();
            long base = usedNow();
            byte[][] held = new byte[(int) (HELD >> 20)][];
            for (int i = 0; i < held.length; i++) held[i] = new byte[1 << 20];
            for (int round = 0; round < 40; round++) {
                byte[][] garbage = new byte[64][];
                for (int i = 0; i < garbage.length; i++) garbage[i] = new byte[1 << 20]; // collections while it is held
            }
            System.gc();
            assertThat(held[held.length - 1]).hasSize(1 << 20);
            held = null;
            System.gc();
            long deadline = System.nanoTime() + 10_000_000_000L; // the collectors' notices come on their own thread
            while (peak.bytes() < base + HELD && System.nanoTime() < deadline) Thread.sleep(20);
            assertThat(usedNow()).as("let go").isLessThan(base + HELD);
            assertThat(peak.bytes()).isGreaterThanOrEqualTo(base + HELD).isLessThanOrEqualTo(max);
        }
    }

    @Test
    void countsOnlyTheHeapsPoolsOfWhatACollectorReports() {
        java.util.Map<String, java.lang.management.MemoryUsage> before = java.util.Map.of(
                "G1 Eden Space", new java.lang.management.MemoryUsage(0, 300, 400, -1),
                "G1 Old Gen", new java.lang.management.MemoryUsage(0, 1000, 1200, 2000),
                "Metaspace", new java.lang.management.MemoryUsage(0, 55, 60, -1),
                "CodeHeap 'non-profiled nmethods'", new java.lang.management.MemoryUsage(0, 7, 8, 100));
        assertThat(HeapPeak.heapInUse(before, java.util.Set.of("G1 Eden Space", "G1 Survivor Space", "G1 Old Gen"))).isEqualTo(1300);
    }

    private static long usedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
