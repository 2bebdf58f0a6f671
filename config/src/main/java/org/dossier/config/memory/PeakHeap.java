package org.dossier.config.memory;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The most heap a piece of work used, as the collector saw it: the heap in use just before each
 * collection (when it is highest), summed over the heap's pools at that one moment. Summing each
 * pool's own peak instead would add peaks reached at different times, more than the heap ever
 * held. (What a young collection leaves is no measure of what the work holds: the old
 * generation's garbage waits for a later cycle.)
 */
public final class PeakHeap {

    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    private static final AtomicLong PEAK_IN_USE = new AtomicLong();
    /** Collections seen: their notices come on a thread of the JVM's, a little after each. */
    private static final AtomicLong COLLECTIONS = new AtomicLong();

    static {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                        PEAK_IN_USE.accumulateAndGet(heap(info.getMemoryUsageBeforeGc()), Math::max);
                        COLLECTIONS.incrementAndGet();
                    }
                }, null, null);
            }
        }
    }

    private PeakHeap() {
    }

    /** Starts measuring from now. */
    public static void reset() {
        PEAK_IN_USE.set(inUse());
    }

    /** The most heap in use at one moment since the last reset, in MiB. */
    public static long megabytes() {
        return PEAK_IN_USE.accumulateAndGet(inUse(), Math::max) >> 20;
    }

    static long collections() {
        return COLLECTIONS.get();
    }

    private static long inUse() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long heap(Map<String, MemoryUsage> pools) {
        long bytes = 0;
        for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
            if (HEAP_POOLS.contains(pool.getKey())) {
                bytes += pool.getValue().getUsed();
            }
        }
        return bytes;
    }
}
