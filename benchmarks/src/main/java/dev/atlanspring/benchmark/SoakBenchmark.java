package dev.atlanspring.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.retry.RetrySettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * Item 5, in its own JVM: 5 tenants, 64 callers, 100,000 get-by-GUID calls against the stub with faults on (errors,
 * 429s with {@code Retry-After}, resets, delays and stalls past the read timeout), half through the blocking face
 * and half through the reactive one, and one call in a hundred for a GUID that does not exist. It checks that every
 * call ends in a result or a typed {@code AtlanException} ({@link SoakTally}), that none runs past
 * {@link #HANG_LIMIT} (a watchdog), that no connection is left acquired ({@link PoolProbe}) and that the stub sees
 * every connection closed once the clients are, and it samples the heap after a full GC at every 5% of the calls.
 */
public final class SoakBenchmark {

    private static final int TENANTS = 5;

    private static final int CALLERS = 64;

    /** Far longer than the longest legitimate call: 4 attempts, 1 s read timeouts, a 1 s Retry-After, backoff. */
    private static final Duration HANG_LIMIT = Duration.ofSeconds(30);

    private static final String GUID = "5eed0700-0000-4000-8000-000000000001";

    /** The default policy's shape with short waits, so that the soak spends its time calling. */
    private static final RetrySettings RETRIES = new RetrySettings(true, 3, Duration.ofMillis(10), 2.0,
            Duration.ofSeconds(2), Duration.ofMillis(5), RetrySettings.DEFAULT_STATUSES);

    private SoakBenchmark() {
    }

    /**
     * Runs the soak and emits its results.
     * @param args the base URL of the stub with faults on
     */
    public static void main(String[] args) throws InterruptedException {
        String baseUrl = args[0];
        int calls = Stats.scaled(100_000);
        List<AtlanClient> clients = new ArrayList<>();
        for (int t = 1; t <= TENANTS; t++) {
            clients.add(AtlanClient.builder().tenant("t" + t).baseUrl(baseUrl).apiKey(StubAtlan.API_KEY)
                .connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(1)).retry(RETRIES)
                .rateLimit(RateLimitedBenchmark.NEVER_WAITS).build());
        }
        Map<String, Object> stubBefore = stubStats(baseUrl);
        SoakTally tally = new SoakTally();
        AtomicInteger next = new AtomicInteger();
        LongAdder done = new LongAdder();
        AtomicLongArray inFlightSince = new AtomicLongArray(CALLERS);
        long start = System.nanoTime();
        List<Thread> callers = new ArrayList<>();
        for (int c = 0; c < CALLERS; c++) {
            int caller = c;
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
                    inFlightSince.set(caller, System.nanoTime());
                    call(clients.get(i % TENANTS), i, tally);
                    inFlightSince.set(caller, 0);
                    done.increment();
                }
            }, "soak-caller-" + c);
            thread.setDaemon(true);
            thread.start();
            callers.add(thread);
        }
        AtomicLong hung = new AtomicLong();
        Thread watchdog = watchdog(inFlightSince, hung);
        Map<Integer, Double> heapByPercent = sampleHeap(done, calls);
        long deadline = System.nanoTime() + HANG_LIMIT.toNanos();
        for (Thread thread : callers) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        watchdog.interrupt();
        long stuck = callers.stream().filter(Thread::isAlive).count();
        heapByPercent.put(100, Stats.round(JvmProbe.heapAfterFullGcMb(1), 2));
        int acquired = settle(() -> PoolProbe.acquired(clients));
        int allocated = PoolProbe.allocated(clients);
        clients.forEach(AtlanClient::close);
        // The stats request itself holds one connection to the stub.
        int openAfterClose = settle(() -> ((Number) stubStats(baseUrl).get("openConnections")).intValue() - 1);
        Map<String, Object> stubAfter = stubStats(baseUrl);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("calls", calls);
        result.put("results", tally.results());
        result.put("typedFailures", tally.typed());
        result.put("lost", tally.lost() + Math.max(0, calls - tally.results() - tally.typed() - tally.lost() - stuck));
        result.put("hung", Math.max(hung.get(), stuck));
        result.put("leakedConnections", acquired);
        result.put("openConnectionsBeforeClose", allocated);
        result.put("stubConnectionsOpenAfterClose", openAfterClose);
        result.put("seconds", Stats.round(seconds, 1));
        result.put("callsPerSecond", Math.round(calls / seconds));
        double first = Stats.median(List.of(heapByPercent.get(5), heapByPercent.get(10), heapByPercent.get(15),
                heapByPercent.get(20), heapByPercent.get(25)));
        double last = Stats.median(List.of(heapByPercent.get(80), heapByPercent.get(85), heapByPercent.get(90),
                heapByPercent.get(95), heapByPercent.get(100)));
        result.put("heapMbFirstQuarter", Stats.round(first, 2));
        result.put("heapMbLastQuarter", Stats.round(last, 2));
        result.put("heapGrowthMb", Stats.round(last - first, 2));
        result.put("heapMbByPercent", heapByPercent);
        result.put("failuresByType", tally.typedByClass());
        result.put("lostByReason", tally.lostByReason());
        result.put("faultsInjected", difference(stubBefore, stubAfter));
        Fork.emit(result);
        System.exit(0);
    }

    /** One call: even ones block, odd ones go through the reactive face; one in a hundred asks for a missing GUID. */
    private static void call(AtlanClient client, int i, SoakTally tally) {
        String guid = (i % 100 == 42) ? "missing-" + i : GUID;
        try {
            tally.result((i % 2 == 0) ? client.assets().get(guid) : client.reactive().assets().get(guid).block());
        }
        catch (Throwable failure) {
            tally.failure(failure);
        }
    }

    /** Counts each call that has run longer than the hang limit, once. */
    private static Thread watchdog(AtomicLongArray inFlightSince, AtomicLong hung) {
        Thread watchdog = new Thread(() -> {
            long[] flagged = new long[inFlightSince.length()];
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.nanoTime();
                for (int c = 0; c < inFlightSince.length(); c++) {
                    long since = inFlightSince.get(c);
                    if (since != 0 && since != flagged[c] && now - since > HANG_LIMIT.toNanos()) {
                        flagged[c] = since;
                        hung.incrementAndGet();
                        Fork.progress("caller " + c + " has been in one call for over " + HANG_LIMIT);
                    }
                }
                try {
                    Thread.sleep(500);
                }
                catch (InterruptedException ex) {
                    return;
                }
            }
        }, "soak-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        return watchdog;
    }

    /** Takes the heap after a full GC each time another 5% of the calls are done, until 95%. */
    private static Map<Integer, Double> sampleHeap(LongAdder done, int calls) {
        Map<Integer, Double> heap = new java.util.TreeMap<>();
        for (int percent = 5; percent < 100; percent += 5) {
            while (done.sum() < (long) calls * percent / 100) {
                JvmProbe.sleep(20);
            }
            heap.put(percent, Stats.round(JvmProbe.heapAfterFullGcMb(1), 2));
            Fork.progress(percent + "% of " + calls + " calls done, heap after full GC " + heap.get(percent)
                    + " MB");
        }
        return heap;
    }

    /** Reads a count until it is 0 or 5 s have passed: a connection is released just after its response is read. */
    private static int settle(java.util.function.IntSupplier count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int value = count.getAsInt();
        while (value > 0 && System.nanoTime() < deadline) {
            JvmProbe.sleep(50);
            value = count.getAsInt();
        }
        return value;
    }

    private static Map<String, Object> stubStats(String baseUrl) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + "/stub/stats").toURL()
                .openConnection();
            connection.setRequestProperty("Connection", "close");
            try (InputStream body = connection.getInputStream()) {
                return JsonMapper.builder().build().readValue(body.readAllBytes(), Map.class);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Map<String, Object> difference(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> injected = new LinkedHashMap<>();
        after.forEach((key, value) -> {
            if (!key.equals("openConnections") && !key.equals("NONE")) {
                injected.put(key, ((Number) value).longValue() - ((Number) before.get(key)).longValue());
            }
        });
        return injected;
    }

}
