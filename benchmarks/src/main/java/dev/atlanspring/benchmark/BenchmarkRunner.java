package dev.atlanspring.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.atlanspring.autoconfigure.AtlanAutoConfiguration;
import reactor.netty.resources.LoopResources;

/**
 * The benchmark's command: starts the stub Atlan (a fast one, and one with faults for the soak) on loopback, runs
 * each part in its own JVM, prints the table and writes {@code results.json}. Run it with
 * {@code ./mvnw -Pbenchmark -pl benchmarks -am verify}. System properties:
 * {@code benchmark.parts} (a comma-separated subset of {@code get,stream,tenants,startup,soak,rateLimited}) and
 * {@code benchmark.scale} (multiplies every call count, such as {@code 0.1} for a quick run).
 */
public final class BenchmarkRunner {

    private static final List<String> ALL_PARTS = List.of("get", "stream", "tenants", "startup", "soak",
            "rateLimited");

    private BenchmarkRunner() {
    }

    /**
     * Runs the benchmark.
     * @param args the directory to write {@code results.json} to
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of((args.length > 0) ? args[0] : "target/benchmark");
        Set<String> parts = Arrays.stream(System.getProperty("benchmark.parts", String.join(",", ALL_PARTS))
            .split(",")).map(String::trim).filter((part) -> !part.isEmpty()).collect(Collectors.toSet());
        String classPath = System.getProperty("java.class.path");
        Map<String, Object> results = new LinkedHashMap<>();
        MachineLoad load = MachineLoad.start();
        results.put("machine", Map.of());
        LoopResources stubLoops = LoopResources.create("stub", 1, 2, true);
        try (StubAtlan fast = StubAtlan.start(StubFaults.NONE, stubLoops);
                StubAtlan faulty = StubAtlan.start(StubFaults.SOAK, stubLoops)) {
            if (parts.contains("get")) {
                results.put("get", part("get-by-GUID", () -> get(classPath, fast.baseUrl())));
            }
            if (parts.contains("stream")) {
                results.put("stream", part("search streaming", () -> stream(classPath, fast.baseUrl())));
            }
            if (parts.contains("tenants")) {
                results.put("tenants", part("tenants", () -> tenants(classPath, fast.baseUrl())));
            }
            if (parts.contains("startup")) {
                results.put("startup", part("start-up", () -> startup(classPath, fast.baseUrl())));
            }
            if (parts.contains("soak")) {
                results.put("soak", part("soak", () -> Fork.run(classPath, List.of("-Xms256m", "-Xmx256m"),
                        SoakBenchmark.class, List.of(faulty.baseUrl()), 3_600, true)));
            }
        }
        finally {
            stubLoops.dispose();
        }
        if (parts.contains("rateLimited")) {
            results.put("rateLimited", part("rate-limited", () -> rateLimited(classPath)));
        }
        results.put("machine", load.finish());
        BenchmarkReport report = new BenchmarkReport(results);
        System.out.println();
        System.out.println(report.table());
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.json"), report.json());
        Files.writeString(out.resolve("results.md"), report.table());
        System.out.println("Wrote " + out.resolve("results.json").toAbsolutePath());
        System.exit(0);
    }

    private static Map<String, Object> part(String name, java.util.function.Supplier<Map<String, Object>> run) {
        System.out.println("== " + name + " (load average " + MachineLoad.loadAverage() + ")");
        long start = System.nanoTime();
        Map<String, Object> result = run.get();
        System.out.println("== " + name + " done in " + (System.nanoTime() - start) / 1_000_000_000 + " s: " + result);
        return result;
    }

    /**
     * Item 1: each contender in its own JVMs, four passes that run the four in a new random order each time, so that
     * drift on a shared machine hits them all alike; every number is the median of a contender's four JVMs.
     */
    private static Map<String, Object> get(String classPath, String baseUrl) {
        List<String> contenders = new ArrayList<>(GetContenders.NAMES);
        int passes = Math.max(2, Stats.scaled(4));
        Map<String, List<Map<String, Object>>> runs = new LinkedHashMap<>();
        for (int pass = 1; pass <= passes; pass++) {
            Collections.shuffle(contenders);
            for (String contender : contenders) {
                runs.computeIfAbsent(contender, (name) -> new ArrayList<>()).add(Fork.run(classPath,
                        List.of("-Xms512m", "-Xmx512m"), GetBenchmark.class, List.of(baseUrl, contender), 600, false));
            }
            System.out.println("    pass " + pass + " of " + passes + " done");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (String contender : GetContenders.NAMES) {
            for (String measure : List.of("p50", "p99", "throughput64", "cpuMicrosPerCall")) {
                String key = contender + Character.toUpperCase(measure.charAt(0)) + measure.substring(1);
                result.put(key, Stats.round(median(runs.get(contender), measure), 1));
            }
            result.put(contender + "P50PerJvm", runs.get(contender).stream().map((run) -> run.get("p50")).toList());
        }
        result.put("jvmsPerContender", passes);
        for (String contender : GetContenders.NAMES) {
            result.put(contender + "WarmUpCallsPerJvm",
                    runs.get(contender).stream().map((run) -> run.get("warmUpCalls")).toList());
        }
        result.put("sequentialCallsPerJvm", runs.get("blocking").get(0).get("sequentialCalls"));
        result.put("concurrentCallsPerJvm", runs.get("blocking").get(0).get("concurrentCalls"));
        return result;
    }

    /**
     * The rate-limited part: saving and streaming against an embedded Atlan that enforces nginx-like limits, with 1
     * and with 8 callers on one client, each in its own JVM.
     */
    private static Map<String, Object> rateLimited(String classPath) {
        Map<String, Object> result = new LinkedHashMap<>();
        long requests = 0;
        long refused = 0;
        long lost = 0;
        long duplicated = 0;
        for (int callers : new int[] { 1, 8 }) {
            Map<String, Object> run = Fork.run(classPath, List.of("-Xmx512m"), RateLimitedBenchmark.class,
                    List.of(Integer.toString(callers), "paced"), 900, true);
            result.put("fractionOfLimit" + callers, run.get("fractionOfLimit"));
            result.put("callers" + callers, run);
            requests += ((Number) run.get("requests")).longValue();
            refused += ((Number) run.get("refused")).longValue();
            // Assets a batch failed to save and searches that failed show as missing from the store or the search.
            lost += ((Number) run.get("lost")).longValue();
            duplicated += ((Number) run.get("duplicated")).longValue();
        }
        result.put("share429", Stats.round((double) refused / requests, 4));
        result.put("lost", lost);
        result.put("duplicated", duplicated);
        // For comparison only, outside the targets: the same job with pacing off, relying on retries alone.
        result.put("withoutPacing8", Fork.run(classPath, List.of("-Xmx512m"), RateLimitedBenchmark.class,
                List.of("8", "unpaced"), 900, true));
        result.put("bulkPerSecondAllowed", RateLimitedBenchmark.BULK_PER_SECOND);
        result.put("searchPerSecondAllowed", RateLimitedBenchmark.SEARCH_PER_SECOND);
        result.put("burst", RateLimitedBenchmark.BURST);
        return result;
    }

    /** Item 2: {@code stream()} and {@code flux()}, each in its own JVM limited to 128 MB of heap. */
    private static Map<String, Object> stream(String classPath, String baseUrl) {
        Map<String, Object> result = new LinkedHashMap<>();
        double peak = 0;
        for (String mode : List.of("stream", "flux")) {
            Map<String, Object> run = Fork.run(classPath, List.of("-Xmx128m"), StreamBenchmark.class,
                    List.of(baseUrl, mode), 1_800, true);
            result.put(mode + "AssetsPerSecond", run.get("assetsPerSecond"));
            result.put(mode + "Assets", run.get("assets"));
            result.put(mode + "PeakHeapMb", run.get("peakHeapMb"));
            result.put(mode + "CpuMicrosPerAsset", run.get("cpuMicrosPerAsset"));
            peak = Math.max(peak, ((Number) run.get("peakHeapMb")).doubleValue());
            result.put("maxHeapMb", run.get("maxHeapMb"));
        }
        result.put("peakHeapMb", peak);
        return result;
    }

    /** Item 3: 1 and 100 tenants, three fresh JVMs each, alternating; the medians. */
    private static Map<String, Object> tenants(String classPath, String baseUrl) {
        Map<Integer, List<Map<String, Object>>> runs = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            for (int tenants : new int[] { 1, 100 }) {
                runs.computeIfAbsent(tenants, (t) -> new ArrayList<>()).add(Fork.run(classPath,
                        List.of("-Xms256m", "-Xmx256m"), TenantBenchmark.class,
                        List.of(baseUrl, Integer.toString(tenants)), 300, false));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (int tenants : runs.keySet()) {
            result.put("heapMbFor" + tenants, Stats.round(median(runs.get(tenants), "heapMb"), 2));
            result.put("threadsFor" + tenants, median(runs.get(tenants), "threads"));
            result.put("eventLoopThreadsFor" + tenants, median(runs.get(tenants), "eventLoopThreads"));
        }
        result.put("heapMbAddedFor100", Stats.round(median(runs.get(100), "heapMb") - median(runs.get(1), "heapMb"),
                2));
        result.put("extraEventLoopThreadsFor100",
                median(runs.get(100), "eventLoopThreads") - median(runs.get(1), "eventLoopThreads"));
        result.put("extraThreadsFor100", median(runs.get(100), "threads") - median(runs.get(1), "threads"));
        return result;
    }

    /**
     * Item 4: fresh JVMs, with and without the starter (its classes and auto-configuration removed from the class
     * path), in turn; the medians of the time from JVM start to a ready context. Twice: for a plain application, and
     * for one that builds a WebClient of its own, which has paid for loading WebClient and Reactor Netty already.
     */
    private static Map<String, Object> startup(String classPath, String baseUrl) {
        String starter = new File(AtlanAutoConfiguration.class.getProtectionDomain().getCodeSource().getLocation()
            .getPath()).getAbsolutePath();
        String withoutStarter = Arrays.stream(classPath.split(File.pathSeparator))
            .filter((entry) -> !new File(entry).getAbsolutePath().equals(starter))
            .collect(Collectors.joining(File.pathSeparator));
        int runs = Math.max(5, Stats.scaled(15));
        Map<String, List<Map<String, Object>>> timings = new LinkedHashMap<>();
        for (int i = -1; i < runs; i++) {
            for (String app : List.of("plain", "webclient")) {
                for (boolean with : new boolean[] { true, false }) {
                    Map<String, Object> run = Fork.run(with ? classPath : withoutStarter, List.of(),
                            StartupBenchmark.class, List.of(baseUrl, app), 120, false);
                    if (!Boolean.valueOf(with).equals(run.get("atlanClientBean"))) {
                        throw new IllegalStateException("The start-up run did not differ by the starter: " + run);
                    }
                    if (i >= 0) {
                        // The first round only warms the disk cache.
                        timings.computeIfAbsent(app + (with ? "With" : "Without"), (key) -> new ArrayList<>()).add(run);
                    }
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("runsEach", runs);
        result.put("msToReadyWithStarter", median(timings.get("plainWith"), "jvmToReadyMs"));
        result.put("msToReadyWithoutStarter", median(timings.get("plainWithout"), "jvmToReadyMs"));
        result.put("msAddedByStarter", median(timings.get("plainWith"), "jvmToReadyMs")
                - median(timings.get("plainWithout"), "jvmToReadyMs"));
        result.put("mainThreadCpuMsAddedByStarter", median(timings.get("plainWith"), "mainThreadCpuMs")
                - median(timings.get("plainWithout"), "mainThreadCpuMs"));
        result.put("msToReadyWebClientAppWithStarter", median(timings.get("webclientWith"), "jvmToReadyMs"));
        result.put("msToReadyWebClientAppWithoutStarter", median(timings.get("webclientWithout"), "jvmToReadyMs"));
        result.put("msAddedByStarterToWebClientApp", median(timings.get("webclientWith"), "jvmToReadyMs")
                - median(timings.get("webclientWithout"), "jvmToReadyMs"));
        result.put("mainThreadCpuMsAddedByStarterToWebClientApp",
                median(timings.get("webclientWith"), "mainThreadCpuMs")
                        - median(timings.get("webclientWithout"), "mainThreadCpuMs"));
        return result;
    }

    private static double median(List<Map<String, Object>> runs, String key) {
        return Stats.median(runs.stream().map((run) -> (Number) run.get(key)).toList());
    }

}
