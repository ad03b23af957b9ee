package io.github.thidua.examples.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap while the benchmark runs: the largest heap in use seen by a sampler every 5 ms (live data plus garbage
 * not yet collected, so it mostly shows how far the collector lets the heap fill), and the largest heap in use right
 * after a garbage collection (from the collectors' notifications: close to the live data, the figure that says
 * whether the workload is streamed).
 */
final class HeapMonitor implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Set<String> heapPools = new HashSet<>();
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    after += e.getValue().getUsed();
                }
            }
            collections.incrementAndGet();
            peakAfterGc.accumulateAndGet(after, Math::max);
        }
    };
    private final Thread sampler;
    private volatile boolean running = true;

    HeapMonitor() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "thidua-bench-heap");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** @return the largest heap in use sampled, in bytes */
    long peakUsed() {
        return Math.max(peakUsed.get(), memory.getHeapMemoryUsage().getUsed());
    }

    /** @return the largest heap in use after a collection, in bytes (0 if no collection ran) */
    long peakAfterGc() {
        return peakAfterGc.get();
    }

    /** @return garbage collections seen */
    long collections() {
        return collections.get();
    }

    /** @return the maximum heap, in bytes */
    long maxHeap() {
        return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
