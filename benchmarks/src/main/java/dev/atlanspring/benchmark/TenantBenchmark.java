package dev.atlanspring.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.atlanspring.client.AtlanClients;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;

/**
 * Item 3, in its own JVM: an application with {@code atlan.tenants.t1} up to {@code tN}, after the same load (100
 * calls in flight, spread over the tenants, so that every tenant opens connections and the shared event loops have
 * all started), reports its heap after a full GC, its threads and its Reactor Netty event-loop threads.
 */
public final class TenantBenchmark {

    /** Reactor Netty names its shared event-loop threads {@code reactor-http-nio-N} or {@code reactor-http-epoll-N}. */
    static final String EVENT_LOOP_PREFIX = "reactor-http-";

    private static final int CALLS_IN_FLIGHT = 100;

    private TenantBenchmark() {
    }

    /**
     * Runs item 3 for one tenant count and emits its results.
     * @param args the stub's base URL, the number of tenants
     */
    public static void main(String[] args) {
        String baseUrl = args[0];
        int tenants = Integer.parseInt(args[1]);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int t = 1; t <= tenants; t++) {
            properties.put("atlan.tenants.t" + t + ".base-url", baseUrl);
            properties.put("atlan.tenants.t" + t + ".api-key", StubAtlan.API_KEY);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        try (ConfigurableApplicationContext context = BenchmarkApp.run(properties)) {
            AtlanClients clients = context.getBean(AtlanClients.class);
            if (clients.names().size() != tenants) {
                throw new IllegalStateException("Expected " + tenants + " tenants, got " + clients.names());
            }
            Flux.range(0, CALLS_IN_FLIGHT)
                .flatMap((i) -> clients.get("t" + (i % tenants + 1)).reactive().users().current(), CALLS_IN_FLIGHT)
                .blockLast();
            result.put("tenants", tenants);
            result.put("heapMb", Stats.round(JvmProbe.heapAfterFullGcMb(), 2));
            result.put("threads", JvmProbe.liveThreads());
            result.put("eventLoopThreads", JvmProbe.threadsNamed(EVENT_LOOP_PREFIX));
        }
        Fork.emit(result);
        System.exit(0);
    }

}
