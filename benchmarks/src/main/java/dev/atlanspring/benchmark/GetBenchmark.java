package dev.atlanspring.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import reactor.core.publisher.Flux;

/**
 * Item 1, in its own JVM for one {@link GetContenders contender}: get-by-GUID, sequential latency (p50, p99) and
 * throughput with 64 calls in flight, after a warm-up that lasts until the JIT compiler has settled, in rounds that
 * alternate the two. One contender per JVM, as JMH forks do: in a JVM that ran them all, the JIT would compile the
 * code they share (Reactor, Netty, Jackson) for their mix rather than for each, and a JVM's own luck with the JIT
 * would count against some and not others. The
 * parent runs several such JVMs per contender and takes medians. Latencies of all rounds are pooled; throughput is
 * the median of the rounds. The CPU time the JVM spends per call at 64 in flight is reported too: the stub runs in
 * another process, so it is the client's own cost, and it is far less disturbed by other load on the machine than
 * wall-clock times are.
 */
public final class GetBenchmark {

    private static final String GUID = "5eed0700-0000-4000-8000-000000000001";

    private static final int CONCURRENCY = 64;

    private static final int MIN_WARM_UP_ROUNDS = 2;

    private static final int MAX_WARM_UP_ROUNDS = 15;

    /** The share of a warm-up round's time the JIT may spend compiling for the JVM to count as warm. */
    private static final double SETTLED_COMPILE_SHARE = 0.02;

    private GetBenchmark() {
    }

    /**
     * Runs item 1 for one contender and emits its results.
     * @param args the stub's base URL, the contender's name
     */
    public static void main(String[] args) {
        int rounds = 3;
        int sequentialPerRound = Stats.scaled(4_000);
        int concurrentPerRound = Stats.scaled(15_000);
        Map<String, Object> result = new LinkedHashMap<>();
        try (GetContenders contenders = new GetContenders(args[0])) {
            GetContenders.Contender contender = contenders.all().stream()
                .filter((candidate) -> candidate.name().equals(args[1]))
                .findFirst()
                .orElseThrow();
            int[] warmUp = warmUp(contender, sequentialPerRound, concurrentPerRound);
            List<long[]> latencies = new ArrayList<>();
            List<Double> throughputs = new ArrayList<>();
            List<Double> cpuPerCall = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                latencies.add(sequential(contender, sequentialPerRound));
                double[] rateAndCpu = concurrent(contender, concurrentPerRound);
                throughputs.add(rateAndCpu[0]);
                cpuPerCall.add(rateAndCpu[1]);
            }
            long[] pooled = latencies.stream().flatMapToLong(Arrays::stream).toArray();
            result.put("p50", Stats.round(Stats.percentileMicros(pooled, 50), 1));
            result.put("p99", Stats.round(Stats.percentileMicros(pooled, 99), 1));
            result.put("throughput64", Math.round(Stats.median(throughputs)));
            result.put("cpuMicrosPerCall", Stats.round(Stats.median(cpuPerCall), 1));
            result.put("warmUpRounds", warmUp[0]);
            result.put("warmUpCalls", warmUp[0] * (sequentialPerRound + concurrentPerRound));
            result.put("warmUpLastRoundCompileShare", warmUp[1] / 1000.0);
            result.put("sequentialCalls", rounds * sequentialPerRound);
            result.put("concurrentCalls", rounds * concurrentPerRound);
        }
        Fork.emit(result);
        System.exit(0);
    }

    /**
     * Runs rounds like the measured ones until the JIT compiler has settled: until a round in which compiling took
     * less than {@link #SETTLED_COMPILE_SHARE} of the round's time, at least {@link #MIN_WARM_UP_ROUNDS} rounds and
     * at most {@link #MAX_WARM_UP_ROUNDS}. A fixed, short warm-up measured the compiler: on this project's 2-core
     * machine, after 30,000 calls the JIT's threads still took more CPU per call than the calls themselves, and
     * took longer to settle for a client with more code on the path, so the ratios reported its warm-up rather than
     * its cost per call.
     * @return the rounds run, and the share of the last round's time spent compiling, in thousandths
     */
    private static int[] warmUp(GetContenders.Contender contender, int sequentialPerRound, int concurrentPerRound) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        int round = 0;
        double compileShare;
        do {
            long compileStart = jit.getTotalCompilationTime();
            long start = System.nanoTime();
            sequential(contender, sequentialPerRound);
            concurrent(contender, concurrentPerRound);
            double roundMillis = (System.nanoTime() - start) / 1e6;
            compileShare = (jit.getTotalCompilationTime() - compileStart) / roundMillis;
            round++;
        }
        while (round < MIN_WARM_UP_ROUNDS || (compileShare >= SETTLED_COMPILE_SHARE && round < MAX_WARM_UP_ROUNDS));
        return new int[] { round, (int) Math.round(compileShare * 1000) };
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
