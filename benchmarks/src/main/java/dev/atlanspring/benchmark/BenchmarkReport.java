package dev.atlanspring.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the parts' measurements into the ratios the targets are stated in, the Markdown table the README shows,
 * and {@code results.json}: one object per part ({@code get}, {@code stream}, {@code tenants}, {@code startup},
 * {@code soak}, {@code rateLimited}) plus {@code machine} and {@code targets}. Latencies are in microseconds,
 * throughputs in calls or assets per second, memory in MB, times in milliseconds.
 */
final class BenchmarkReport {

    /** The heap growth over the soak that still counts as flat: a leak of 70 bytes per call would exceed it. */
    static final double FLAT_HEAP_MB = 5.0;

    private final Map<String, Object> results;

    private final List<Map<String, Object>> targets = new ArrayList<>();

    BenchmarkReport(Map<String, Object> results) {
        this.results = results;
        Map<String, Object> get = section("get");
        if (!get.isEmpty()) {
            get.put("blockingP50Ratio", ratio(get, "blockingP50", "rawWebClientP50"));
            get.put("reactiveP50Ratio", ratio(get, "reactiveP50", "rawWebClientP50"));
            get.put("blockingThroughputRatio", ratio(get, "blockingThroughput64", "rawWebClientThroughput64"));
            get.put("reactiveThroughputRatio", ratio(get, "reactiveThroughput64", "rawWebClientThroughput64"));
            get.put("reactiveCpuRatio", ratio(get, "reactiveCpuMicrosPerCall", "rawWebClientCpuMicrosPerCall"));
            target("blocking get p50 / raw WebClient p50", get.get("blockingP50Ratio"), "<= 1.3",
                    number(get, "blockingP50Ratio") <= 1.3);
            target("reactive throughput / raw WebClient throughput, 64 in flight", get.get("reactiveThroughputRatio"),
                    ">= 0.8", number(get, "reactiveThroughputRatio") >= 0.8);
        }
        Map<String, Object> stream = section("stream");
        if (!stream.isEmpty()) {
            target("search stream(), 1,000,000 assets, -Xmx128m (assets/s)", stream.get("streamAssetsPerSecond"),
                    ">= 50,000", number(stream, "streamAssetsPerSecond") >= 50_000);
            target("search flux(), 1,000,000 assets, -Xmx128m (assets/s)", stream.get("fluxAssetsPerSecond"),
                    ">= 50,000", number(stream, "fluxAssetsPerSecond") >= 50_000);
        }
        Map<String, Object> tenants = section("tenants");
        if (!tenants.isEmpty()) {
            target("heap added by 100 tenants (MB)", tenants.get("heapMbAddedFor100"), "< 30",
                    number(tenants, "heapMbAddedFor100") < 30);
            target("event-loop threads added by 100 tenants", tenants.get("extraEventLoopThreadsFor100"), "0",
                    number(tenants, "extraEventLoopThreadsFor100") <= 0);
        }
        Map<String, Object> startup = section("startup");
        if (!startup.isEmpty()) {
            target("start-up time added by the starter (ms, median)", startup.get("msAddedByStarter"), "< 150",
                    number(startup, "msAddedByStarter") < 150);
        }
        Map<String, Object> soak = section("soak");
        if (!soak.isEmpty()) {
            target("soak: calls lost + hung of " + soak.get("calls"), number(soak, "lost") + number(soak, "hung"),
                    "0", number(soak, "lost") + number(soak, "hung") == 0);
            target("soak: connections left acquired", soak.get("leakedConnections"), "0",
                    number(soak, "leakedConnections") == 0);
            target("soak: heap growth after full GC, first to last quarter (MB)", soak.get("heapGrowthMb"),
                    "< " + FLAT_HEAP_MB, number(soak, "heapGrowthMb") < FLAT_HEAP_MB);
        }
        Map<String, Object> rateLimited = section("rateLimited");
        if (!rateLimited.isEmpty()) {
            target("rate-limited: useful requests / most the limits allow, 1 caller",
                    rateLimited.get("fractionOfLimit1"),
                    ">= 0.9", number(rateLimited, "fractionOfLimit1") >= 0.9);
            target("rate-limited: useful requests / most the limits allow, 8 callers on one client",
                    rateLimited.get("fractionOfLimit8"), ">= 0.9", number(rateLimited, "fractionOfLimit8") >= 0.9);
            target("rate-limited: share of requests answered 429", rateLimited.get("share429"), "<= 0.01",
                    number(rateLimited, "share429") <= 0.01);
            target("rate-limited: writes lost + duplicated", number(rateLimited, "lost")
                    + number(rateLimited, "duplicated"), "0",
                    number(rateLimited, "lost") + number(rateLimited, "duplicated") == 0);
        }
        results.put("targets", this.targets);
    }

    /**
     * Returns the results with the ratios and targets, as JSON.
     * @return pretty-printed JSON
     */
    String json() {
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(this.results) + "\n";
    }

    /**
     * Returns the report as Markdown: the get-by-GUID comparison, the targets, and the other measurements.
     * @return the tables
     */
    String table() {
        StringBuilder md = new StringBuilder();
        Map<String, Object> get = section("get");
        if (!get.isEmpty()) {
            md.append("| get-by-GUID | raw WebClient | raw HttpURLConnection | AtlanClient (blocking) |"
                    + " ReactiveAtlanClient |\n| --- | ---: | ---: | ---: | ---: |\n");
            getRow(md, get, "p50 latency, sequential (µs)", "P50");
            getRow(md, get, "p99 latency, sequential (µs)", "P99");
            getRow(md, get, "throughput, 64 calls in flight (calls/s)", "Throughput64");
            getRow(md, get, "client CPU per call, 64 in flight (µs)", "CpuMicrosPerCall");
            getRow(md, get, "p50 in each JVM (µs)", "P50PerJvm");
            md.append('\n');
        }
        md.append("| target | measured | goal | met |\n| --- | ---: | ---: | --- |\n");
        for (Map<String, Object> target : this.targets) {
            md.append("| ").append(target.get("target")).append(" | ").append(format(target.get("measured")))
                .append(" | ").append(target.get("goal")).append(" | ")
                .append(Boolean.TRUE.equals(target.get("met")) ? "yes" : "**no**").append(" |\n");
        }
        md.append("\n| also measured | value |\n| --- | ---: |\n");
        Map<String, Object> stream = section("stream");
        if (!stream.isEmpty()) {
            row(md, "stream: peak live heap, highest heap after any GC (MB)", stream.get("peakHeapMb"));
        }
        Map<String, Object> tenants = section("tenants");
        if (!tenants.isEmpty()) {
            row(md, "tenants: heap after full GC, 1 / 100 tenants (MB)",
                    format(tenants.get("heapMbFor1")) + " / " + format(tenants.get("heapMbFor100")));
            row(md, "tenants: threads, 1 / 100 tenants (event-loop threads)", format(tenants.get("threadsFor1"))
                    + " (" + format(tenants.get("eventLoopThreadsFor1")) + ") / " + format(tenants.get("threadsFor100"))
                    + " (" + format(tenants.get("eventLoopThreadsFor100")) + ")");
        }
        Map<String, Object> startup = section("startup");
        if (!startup.isEmpty()) {
            row(md, "start-up: JVM start to ready context, with / without the starter (ms, median of "
                    + format(startup.get("runsEach")) + ")", format(startup.get("msToReadyWithStarter")) + " / "
                    + format(startup.get("msToReadyWithoutStarter")));
            row(md, "start-up: main-thread CPU added by the starter (ms)",
                    startup.get("mainThreadCpuMsAddedByStarter"));
            row(md, "start-up of an application that already builds a WebClient: time / main-thread CPU added by"
                    + " the starter (ms)", format(startup.get("msAddedByStarterToWebClientApp")) + " / "
                    + format(startup.get("mainThreadCpuMsAddedByStarterToWebClientApp")));
        }
        Map<String, Object> soak = section("soak");
        if (!soak.isEmpty()) {
            row(md, "soak: results / typed AtlanExceptions", format(soak.get("results")) + " / "
                    + format(soak.get("typedFailures")) + " " + soak.get("failuresByType"));
            row(md, "soak: faults injected", soak.get("faultsInjected"));
            row(md, "soak: heap after full GC, first / last quarter (MB)", format(soak.get("heapMbFirstQuarter"))
                    + " / " + format(soak.get("heapMbLastQuarter")));
            row(md, "soak: calls per second", soak.get("callsPerSecond"));
        }
        Map<String, Object> rateLimited = section("rateLimited");
        if (!rateLimited.isEmpty()) {
            for (String callers : List.of("1", "8")) {
                Map<String, Object> run = sub(rateLimited, "callers" + callers);
                row(md, "rate-limited, " + callers + " caller(s): " + format(run.get("assets")) + " assets saved in "
                        + BATCH_WORDS + " / streamed (s); bulk / search requests let through (refused)",
                        format(run.get("saveSeconds")) + " / " + format(run.get("searchSeconds")) + "; "
                                + format(run.get("bulkAllowed")) + " (" + format(run.get("bulkRefused")) + ") / "
                                + format(run.get("searchAllowed")) + " (" + format(run.get("searchRefused")) + ")");
            }
            Map<String, Object> unpaced = sub(rateLimited, "withoutPacing8");
            if (!unpaced.isEmpty()) {
                row(md, "rate-limited, for comparison, 8 callers with pacing off (retries only), "
                        + format(unpaced.get("assets")) + " assets: share answered 429; assets not saved after their"
                        + " retries; searches failed; saved / streamed (s)", format(unpaced.get("share429")) + "; "
                                + format(unpaced.get("assetsNotSaved")) + "; " + format(unpaced.get("searchesFailed"))
                                + "; "
                                + format(unpaced.get("saveSeconds")) + " / " + format(unpaced.get("searchSeconds")));
            }
            row(md, "rate-limited: limits of the embedded Atlan (bulk / search requests a second, burst)",
                    format(rateLimited.get("bulkPerSecondAllowed")) + " / "
                            + format(rateLimited.get("searchPerSecondAllowed")) + ", "
                            + format(rateLimited.get("burst")));
        }
        Map<String, Object> machine = section("machine");
        row(md, "machine: cores; load average (1, 5, 15 min) at start / end; cores other processes kept busy",
                machine.get("cores") + "; " + machine.get("loadAverageAtStart") + " / " + machine.get("loadAverageAtEnd")
                        + "; " + format(machine.get("coresBusyWithOtherProcesses")));
        return md.toString();
    }

    private void getRow(StringBuilder md, Map<String, Object> get, String label, String suffix) {
        md.append("| ").append(label);
        for (String contender : List.of("rawWebClient", "rawHttpUrlConnection", "blocking", "reactive")) {
            md.append(" | ").append(format(get.get(contender + suffix)));
        }
        md.append(" |\n");
    }

    private static void row(StringBuilder md, String label, Object value) {
        md.append("| ").append(label).append(" | ").append(format(value)).append(" |\n");
    }

    private void target(String name, Object measured, String goal, boolean met) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("target", name);
        target.put("measured", measured);
        target.put("goal", goal);
        target.put("met", met);
        this.targets.add(target);
    }

    private static final String BATCH_WORDS = "batches of " + RateLimitedBenchmark.BATCH_SIZE;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sub(Map<String, Object> section, String name) {
        Object sub = section.get(name);
        return (sub instanceof Map) ? (Map<String, Object>) sub : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String name) {
        Object section = this.results.get(name);
        return (section instanceof Map) ? (Map<String, Object>) section : new LinkedHashMap<>();
    }

    private static double ratio(Map<String, Object> section, String numerator, String denominator) {
        return Stats.round(number(section, numerator) / number(section, denominator), 2);
    }

    private static double number(Map<String, Object> section, String key) {
        Object value = section.get(key);
        return (value instanceof Number number) ? number.doubleValue() : Double.NaN;
    }

    private static String format(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) >= 1000) {
                return String.format(Locale.ROOT, "%,d", (long) d);
            }
            return (Math.abs(d) >= 100) ? String.format(Locale.ROOT, "%,.0f", d)
                    : String.format(Locale.ROOT, "%.2f", d).replaceAll("\\.?0+$", "");
        }
        if (value instanceof Long || value instanceof Integer) {
            return String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
        }
        return String.valueOf(value);
    }

}
