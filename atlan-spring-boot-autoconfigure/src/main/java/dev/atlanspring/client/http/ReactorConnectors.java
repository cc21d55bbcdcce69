package dev.atlanspring.client.http;

import java.time.Duration;

import dev.atlanspring.client.AtlanClientSettings;
import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Builds a tenant's Reactor Netty transport: its own connection pool, named after the tenant, on shared event
 * loops.
 */
final class ReactorConnectors {

    /**
     * Atlan sits behind load balancers that drop idle connections; a pooled connection kept longer than that fails
     * the next request with a premature close, so idle ones are let go well before.
     */
    private static final Duration MAX_IDLE_TIME = Duration.ofSeconds(20);

    private static final Duration MAX_LIFE_TIME = Duration.ofMinutes(5);

    private ReactorConnectors() {
    }

    static ConnectionProvider pool(AtlanClientSettings settings) {
        return ConnectionProvider.builder("atlan-" + settings.tenant())
            .maxConnections(settings.maxConnections())
            .pendingAcquireTimeout(settings.connectTimeout())
            .maxIdleTime(MAX_IDLE_TIME)
            .maxLifeTime(MAX_LIFE_TIME)
            .build();
    }

    static ReactorClientHttpConnector connector(AtlanClientSettings settings, ConnectionProvider pool,
            @Nullable LoopResources loops) {
        HttpClient client = HttpClient.create(pool)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                    settings.connectTimeout().toMillis()))
            .responseTimeout(settings.readTimeout())
            .compress(true);
        if (loops != null) {
            client = client.runOn(loops);
        }
        return new ReactorClientHttpConnector(client);
    }

}
