package dev.atlanspring.benchmark;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.search.Search;

/**
 * Item 2, in a JVM started with {@code -Xmx128m}: reads all {@link StubBodies#CATALOG_SIZE} assets of the stub's
 * catalog through {@code SearchResult.stream()} or {@code ReactiveSearchResult.flux()}, checking that each asset
 * comes exactly once and in order (the paging switches from from/size to {@code search_after} past 100,000), and
 * reports assets per second, the client's CPU time per asset (the stub runs in another process) and the largest live
 * heap seen after any GC. A warm-up pass over the first 200,000 assets runs first.
 */
public final class StreamBenchmark {

    private StreamBenchmark() {
    }

    /**
     * Streams the catalog and emits the results.
     * @param args the stub's base URL, then {@code stream} or {@code flux}
     */
    public static void main(String[] args) {
        String mode = args[1];
        long total = Math.min(StubBodies.CATALOG_SIZE, Stats.scaled((int) StubBodies.CATALOG_SIZE));
        Map<String, Object> result = new LinkedHashMap<>();
        try (AtlanClient atlan = AtlanClient.builder().tenant("bench").baseUrl(args[0]).apiKey(StubAtlan.API_KEY)
            .rateLimit(RateLimitedBenchmark.NEVER_WAITS).build()) {
            // Warm-up through the switch from from/size to search_after, so that the JIT has settled.
            read(atlan, mode, Math.min(total, 200_000));
            AtomicLong peakAfterGc = JvmProbe.recordPeakHeapAfterGc();
            long cpuStart = JvmProbe.processCpuNanos();
            long start = System.nanoTime();
            long read = read(atlan, mode, total);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMicrosPerAsset = (JvmProbe.processCpuNanos() - cpuStart) / 1_000.0 / read;
            result.put("assets", read);
            result.put("assetsPerSecond", Math.round(read / seconds));
            result.put("seconds", Stats.round(seconds, 2));
            result.put("cpuMicrosPerAsset", Stats.round(cpuMicrosPerAsset, 2));
            result.put("peakHeapMb", Stats.round(JvmProbe.mb(peakAfterGc.get()), 2));
            result.put("maxHeapMb", Stats.round(JvmProbe.mb(Runtime.getRuntime().maxMemory()), 1));
        }
        Fork.emit(result);
        System.exit(0);
    }

    /** Reads the first {@code limit} assets, failing on any skipped, repeated or out-of-order one. */
    private static long read(AtlanClient atlan, String mode, long limit) {
        OrderCheck check = new OrderCheck();
        Search search = Search.type("Table");
        if (mode.equals("flux")) {
            atlan.reactive().assets().search(search).flux().take(limit).doOnNext(check::accept).blockLast();
        }
        else {
            try (Stream<Asset> assets = atlan.assets().search(search).stream()) {
                Iterator<Asset> iterator = assets.limit(limit).iterator();
                while (iterator.hasNext()) {
                    check.accept(iterator.next());
                }
            }
        }
        if (check.next != limit) {
            throw new IllegalStateException(mode + " read " + check.next + " assets, expected " + limit);
        }
        return check.next;
    }

    /** The catalog's assets are numbered in their search order; each must be the next number. */
    private static final class OrderCheck {

        private long next;

        void accept(Asset asset) {
            long number = StubBodies.number(asset.guid());
            if (number != this.next) {
                throw new IllegalStateException("Expected asset " + this.next + " but read " + number);
            }
            this.next++;
        }

    }

}
