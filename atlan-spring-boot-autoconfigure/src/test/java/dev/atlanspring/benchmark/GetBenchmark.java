package dev.atlanspring.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import reactor.core.publisher.Flux;

/**
 * Item 1, in its own JVM: get-by-GUID through each {@link GetContenders contender}. Sequential latency (p50, p99)
 * and throughput with 64 calls in flight, measured in rounds that interleave the contenders in a new random order
 * each time, so that drift on a shared machine hits them all alike. Latencies of all rounds are pooled; throughput
 * is the median of the rounds. The CPU time this JVM spends per call at 64 in flight is reported too: the stub runs
 * in another process, so it is the client's own cost, and it is far less disturbed by other load on the machine
 * than wall-clock times are.
 */
public final class GetBenchmark {

    private static final String GUID = "5eed0700-0000-4000-8000-000000000001";

    private static final int CONCURRENCY = 64;

    private GetBenchmark() {
    }

    /**
     * Runs item 1 and emits its results.
     * @param args the stub's base URL
     */
    public static void main(String[] args) {
        int rounds = 5;
        int sequentialPerRound = Stats.scaled(4_000);
        int concurrentPerRound = Stats.scaled(20_000);
        Map<String, Object> result = new LinkedHashMap<>();
        try (GetContenders contenders = new GetContenders(args[0])) {
            List<GetContenders.Contender> all = new ArrayList<>(contenders.all());
            for (GetContenders.Contender contender : all) {
                sequential(contender, Stats.scaled(10_000));
                concurrent(contender, Stats.scaled(20_000));
            }
            Map<String, List<long[]>> latencies = new LinkedHashMap<>();
            Map<String, List<Double>> throughputs = new LinkedHashMap<>();
            Map<String, List<Double>> cpuPerCall = new LinkedHashMap<>();
            for (int round = 1; round <= rounds; round++) {
                Collections.shuffle(all);
                for (GetContenders.Contender contender : all) {
                    latencies.computeIfAbsent(contender.name(), (name) -> new ArrayList<>())
                        .add(sequential(contender, sequentialPerRound));
                    double[] rateAndCpu = concurrent(contender, concurrentPerRound);
                    throughputs.computeIfAbsent(contender.name(), (name) -> new ArrayList<>()).add(rateAndCpu[0]);
                    cpuPerCall.computeIfAbsent(contender.name(), (name) -> new ArrayList<>()).add(rateAndCpu[1]);
                }
                Fork.progress("round " + round + " of " + rounds + " done");
            }
            for (GetContenders.Contender contender : contenders.all()) {
                long[] pooled = latencies.get(contender.name()).stream().flatMapToLong(Arrays::stream)
                    .toArray();
                result.put(contender.name() + "P50", Stats.round(Stats.percentileMicros(pooled, 50), 1));
                result.put(contender.name() + "P99", Stats.round(Stats.percentileMicros(pooled, 99), 1));
                result.put(contender.name() + "Throughput64",
                        Math.round(Stats.median(throughputs.get(contender.name()))));
                result.put(contender.name() + "CpuMicrosPerCall",
                        Stats.round(Stats.median(cpuPerCall.get(contender.name())), 1));
            }
            result.put("sequentialCallsPerContender", rounds * sequentialPerRound);
            result.put("concurrentCallsPerContender", rounds * concurrentPerRound);
        }
        Fork.emit(result);
        System.exit(0);
    }

    /** Calls one after another on this thread; returns each call's latency in nanoseconds. */
    private static long[] sequential(GetContenders.Contender contender, int calls) {
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            if (contender.blocking().apply(GUID) == null) {
                throw new IllegalStateException(contender.name() + " returned nothing");
            }
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    /** Keeps 64 calls in flight until all are done; returns calls per second and CPU microseconds per call. */
    private static double[] concurrent(GetContenders.Contender contender, int calls) {
        long cpuStart = JvmProbe.processCpuNanos();
        long start = System.nanoTime();
        if (contender.reactive() != null) {
            Flux.range(0, calls).flatMap((i) -> contender.reactive().apply(GUID), CONCURRENCY).blockLast();
        }
        else {
            onThreads(contender, calls);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new double[] { calls / seconds, (JvmProbe.processCpuNanos() - cpuStart) / 1_000.0 / calls };
    }

    /** A blocking contender keeps 64 calls in flight the only way it can: with 64 threads. */
    private static void onThreads(GetContenders.Contender contender, int calls) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(CONCURRENCY);
        for (int t = 0; t < CONCURRENCY; t++) {
            Thread thread = new Thread(() -> {
                try {
                    while (next.getAndIncrement() < calls) {
                        contender.blocking().apply(GUID);
                    }
                }
                catch (RuntimeException ex) {
                    failure.compareAndSet(null, ex);
                }
                finally {
                    done.countDown();
                }
            }, "get-" + contender.name() + "-" + t);
            thread.setDaemon(true);
            thread.start();
        }
        try {
            done.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        if (failure.get() != null) {
            throw new IllegalStateException(contender.name() + " failed at 64 in flight", failure.get());
        }
    }

}
