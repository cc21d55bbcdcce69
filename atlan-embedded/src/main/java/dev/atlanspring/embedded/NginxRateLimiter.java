package dev.atlanspring.embedded;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import dev.atlanspring.embedded.RateLimits.Counts;
import dev.atlanspring.embedded.RateLimits.Family;
import dev.atlanspring.embedded.RateLimits.Limit;

/**
 * nginx's {@code limit_req ... nodelay} as Atlan configures it: per family a leaky bucket per key, counted in
 * thousandths of a request with millisecond granularity as {@code ngx_http_limit_req_lookup} counts. A request
 * adds one to the bucket's excess, which drains at the zone's rate; when the excess would pass the burst the
 * request is refused and the bucket is left as it was. So {@code burst + 1} requests pass at once, then one every
 * {@code 1 / rate}.
 *
 * <p>The key is the {@code x-atlan-agent-id} header; a request without one, or sent by Atlan's own web app
 * ({@code x-atlan-client-origin: product_webapp}), has an empty key, which nginx does not limit.
 */
final class NginxRateLimiter {

    private final RateLimits limits;

    private final LongSupplier clockMillis;

    private final Map<Family, Zone> zones = new EnumMap<>(Family.class);

    NginxRateLimiter(RateLimits limits, LongSupplier clockMillis) {
        this.limits = limits;
        this.clockMillis = clockMillis;
        for (Family family : Family.values()) {
            this.zones.put(family, new Zone(limits.limit(family)));
        }
    }

    /**
     * Decides one request.
     *
     * @param path the request path
     * @param agentId the {@code x-atlan-agent-id} header, or {@code null}
     * @param clientOrigin the {@code x-atlan-client-origin} header, or {@code null}
     * @return true to let it through, false to answer 429
     */
    boolean allow(String path, String agentId, String clientOrigin) {
        Family family = Family.of(path);
        if (family == null) {
            return true;
        }
        Zone zone = this.zones.get(family);
        String key = "product_webapp".equals(clientOrigin) || agentId == null ? "" : agentId;
        if (key.isEmpty()) {
            zone.allowed.incrementAndGet();
            return true;
        }
        boolean allowed = zone.buckets.computeIfAbsent(key, (k) -> new Bucket()).take(zone, this.clockMillis.getAsLong());
        (allowed ? zone.allowed : zone.refused).incrementAndGet();
        return allowed;
    }

    Counts counts(Family family) {
        Zone zone = this.zones.get(family);
        return new Counts(zone.allowed.get(), zone.refused.get());
    }

    RateLimits limits() {
        return this.limits;
    }

    private static final class Zone {

        /** Thousandths of a request a second, as nginx keeps {@code rate}. */
        final long rate;

        /** Thousandths of a request. */
        final long burst;

        final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

        final AtomicLong allowed = new AtomicLong();

        final AtomicLong refused = new AtomicLong();

        Zone(Limit limit) {
            this.rate = Math.max(1, Math.round(limit.perSecond() * 1000));
            this.burst = limit.burst() * 1000L;
        }
    }

    private static final class Bucket {

        private long excess;

        private long last = Long.MIN_VALUE;

        synchronized boolean take(Zone zone, long now) {
            long excess;
            if (this.last == Long.MIN_VALUE) {
                excess = 0;
            } else {
                long ms = now - this.last;
                if (ms < -60_000) {
                    ms = 1;
                } else if (ms < 0) {
                    ms = 0;
                }
                excess = Math.max(0, this.excess - zone.rate * ms / 1000 + 1000);
            }
            if (excess > zone.burst) {
                return false;
            }
            this.excess = excess;
            this.last = now;
            return true;
        }
    }
}
