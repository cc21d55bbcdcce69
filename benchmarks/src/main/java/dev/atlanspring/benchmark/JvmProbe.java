package dev.atlanspring.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * What the benchmark reads off its own JVM: live heap after a full GC, the highest live heap seen after any GC, and
 * threads by name.
 */
final class JvmProbe {

    private static final double MB = 1024.0 * 1024.0;

    private JvmProbe() {
    }

    /**
     * Runs full GCs until the heap settles and returns what is left: the live data.
     * @return the used heap in MB
     */
    static double heapAfterFullGcMb() {
        return heapAfterFullGcMb(3);
    }

    /**
     * Runs full GCs and returns the least heap left after one: the live data. The heap is read as each pool's usage
     * right after its last collection, not as its usage now, so that other threads allocating meanwhile (the soak's
     * callers) do not count.
     * @param gcs how many full GCs to run; more settle finalizable and weakly reachable objects too
     * @return the used heap in MB
     */
    static double heapAfterFullGcMb(int gcs) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < gcs; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter((pool) -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                .mapToLong((pool) -> pool.getCollectionUsage().getUsed())
                .sum());
        }
        return used / MB;
    }

    /**
     * Counts the live threads whose name starts with a prefix, such as Reactor Netty's {@code reactor-http-}.
     * @param prefix the prefix
     * @return the count
     */
    static long threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter((t) -> t.getName().startsWith(prefix)).count();
    }

    /**
     * Counts the live threads.
     * @return the count
     */
    static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /**
     * Starts recording the heap left after each GC, to find the largest live set of a run.
     * @return the highest heap after a GC so far, in bytes; read it with {@link AtomicLong#get()}
     */
    static AtomicLong recordPeakHeapAfterGc() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter((pool) -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
        AtomicLong peak = new AtomicLong();
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                    .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
                long used = after.entrySet().stream().filter((e) -> heapPools.contains(e.getKey()))
                    .mapToLong((e) -> e.getValue().getUsed()).sum();
                peak.accumulateAndGet(used, Math::max);
            }
        };
        ManagementFactory.getGarbageCollectorMXBeans()
            .forEach((gc) -> ((NotificationEmitter) gc).addNotificationListener(listener, null, null));
        return peak;
    }

    /**
     * Returns the CPU time this JVM has used, on every thread.
     * @return nanoseconds
     */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    }

    /**
     * Converts bytes to MB.
     * @param bytes bytes
     * @return MB
     */
    static double mb(long bytes) {
        return bytes / MB;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}
