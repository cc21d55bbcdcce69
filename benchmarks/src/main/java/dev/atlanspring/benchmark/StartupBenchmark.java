package dev.atlanspring.benchmark;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Item 4, in a fresh JVM each time: starts {@link BenchmarkApp} with the Atlan properties set and reports how long
 * the JVM took to a ready context, and the CPU time of the thread that started it (far less disturbed by other load
 * on a shared machine). The parent runs it with the starter on the class path and without it. Names no Atlan class,
 * so that it runs without the starter too.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    /**
     * Starts the application once and emits the timings.
     * @param args the base URL the default client gets (nothing connects to it during start-up), then
     * {@code plain} or {@code webclient} (the application builds a WebClient of its own)
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        Map<String, Object> result = new LinkedHashMap<>();
        try (ConfigurableApplicationContext context = BenchmarkApp.run(Map.of("atlan.base-url", args[0],
                "atlan.api-key", StubAtlan.API_KEY, "benchmark.webclient", args[1].equals("webclient")))) {
            long runMillis = (System.nanoTime() - start) / 1_000_000;
            result.put("jvmToReadyMs", ManagementFactory.getRuntimeMXBean().getUptime());
            result.put("springApplicationRunMs", runMillis);
            result.put("mainThreadCpuMs", ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
            result.put("atlanClientBean", context.containsBean("atlanClient"));
        }
        Fork.emit(result);
        System.exit(0);
    }

}
