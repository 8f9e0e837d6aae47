package vn.luanchuyen.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at one moment since it was made: the heap is fullest just before a
 * collection, and each collector tells how full it was then (JDK's GC notifications); the heap in
 * use now counts too. Adding up each memory pool's own peak would overstate it, since the young
 * and the old generation are fullest at different moments: a build capped at 2 GB showed 2.2 GB
 * that way. Thread-safe; {@link #close()} stops listening.
 *
 * <pre>{@code
 * try (HeapPeak peak = new HeapPeak()) { build(); System.out.println(peak.bytes()); }
 * }</pre>
 */
final class HeapPeak implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toUnmodifiableSet());
    private final List<NotificationEmitter> collectors = new ArrayList<>();
    private final NotificationListener listener = (notification, handback) -> collected(notification);

    HeapPeak() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                collectors.add(emitter);
            }
        }
    }

    /** The peak so far, in bytes. */
    long bytes() {
        return Math.max(peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    private void collected(Notification n) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        Map<String, MemoryUsage> before = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo()
                .getMemoryUsageBeforeGc();
        peak.accumulateAndGet(heapInUse(before, heapPools), Math::max);
    }

    /** The bytes in use in the heap's pools of {@code pools} (a collector reports the classes' metadata and the code cache too). */
    static long heapInUse(Map<String, MemoryUsage> pools, Set<String> heapPools) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
            if (heapPools.contains(pool.getKey())) used += pool.getValue().getUsed();
        }
        return used;
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : collectors) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // not listening there any more: nothing to undo
            }
        }
    }
}
