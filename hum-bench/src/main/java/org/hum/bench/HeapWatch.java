package org.hum.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap a phase of {@link PartnerExportLoad} used: the sum of the heap pools' peak usage since
 * {@link #start()} (each pool's own peak, so an upper bound of the whole heap's peak: the pools need
 * not peak together; the young pools' share is mostly how far the collector lets them fill), the old
 * generation's peak alone (what survived collections: it would grow if an export held its versions)
 * and the collections the phase caused, from the collectors' counts and times.
 */
final class HeapWatch {
    /** What one phase used. */
    record Usage(long peakHeapBytes, long peakOldBytes, long collections, long collectionMillis) {
    }

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private long collectionsBefore;
    private long millisBefore;

    /** Collects what earlier phases left, then resets the pools' peaks and notes the collectors' totals. */
    void start() {
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        collectionsBefore = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        millisBefore = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** What the phase used since {@link #start()}. */
    Usage stop() {
        long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long old = heapPools.stream().filter(p -> p.getName().matches(".*(Old|Tenured).*"))
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long collections = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        long millis = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        return new Usage(peak, old, collections - collectionsBefore, millis - millisBefore);
    }
}
