package dev.atlanspring.benchmark;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Map;

import dev.atlanspring.client.AtlanClient;
import reactor.netty.internal.shaded.reactor.pool.InstrumentedPool;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.PooledConnectionProvider;

/**
 * Reads how many connections a client holds acquired, from Reactor Netty's own pool metrics. The client does not
 * expose its pool (nor should it, for this), so the probe reaches it by reflection: {@code AtlanClient.reactive}
 * &rarr; {@code ReactiveAtlanClient.http} &rarr; {@code AtlanHttp.pool}, then the per-address pools of the
 * {@link PooledConnectionProvider} and their {@link InstrumentedPool.PoolMetrics}. A connection counts as acquired
 * from the moment a request takes it until the response is read whole or the connection is closed.
 */
final class PoolProbe {

    private PoolProbe() {
    }

    /**
     * Counts the connections the clients hold acquired now.
     * @param clients the clients
     * @return acquired connections, summed over every client and remote address
     */
    static int acquired(Collection<AtlanClient> clients) {
        return clients.stream().mapToInt((client) -> sum(client, InstrumentedPool.PoolMetrics::acquiredSize)).sum();
    }

    /**
     * Counts the connections the clients keep open, idle or acquired.
     * @param clients the clients
     * @return allocated connections, summed
     */
    static int allocated(Collection<AtlanClient> clients) {
        return clients.stream().mapToInt((client) -> sum(client, InstrumentedPool.PoolMetrics::allocatedSize)).sum();
    }

    private static int sum(AtlanClient client, java.util.function.ToIntFunction<InstrumentedPool.PoolMetrics> metric) {
        Object reactive = read(client, "reactive");
        Object http = read(reactive, "http");
        ConnectionProvider pool = (ConnectionProvider) read(http, "pool");
        Map<?, ?> pools = (Map<?, ?>) read(pool, PooledConnectionProvider.class, "channelPools");
        return pools.values().stream().mapToInt((p) -> metric.applyAsInt(((InstrumentedPool<?>) p).metrics())).sum();
    }

    private static Object read(Object target, String field) {
        return read(target, target.getClass(), field);
    }

    private static Object read(Object target, Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(target);
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("Cannot read " + owner.getName() + "." + name
                    + "; the pool probe must follow the client's fields", ex);
        }
    }

}
