package dev.atlanspring.client.observation;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import dev.atlanspring.client.ratelimit.EndpointFamily;
import dev.atlanspring.client.ratelimit.RateLimitListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Records a tenant's rate-limit waits in the timer {@value #WAITS} and the 429s that slowed it down in the counter
 * {@value #SLOWDOWNS}, both tagged with the tenant and the endpoint family ({@code index-search}, {@code bulk},
 * {@code other}). The client adds one when it is given a {@link MeterRegistry}
 * ({@code AtlanClientBuilder.meterRegistry}); it needs {@code io.micrometer:micrometer-core}.
 */
public final class AtlanRateLimitMeters implements RateLimitListener {

    /** The timer of the waits of calls held back before they were sent; calls sent at once are not recorded. */
    public static final String WAITS = "atlan.client.rate-limit.waits";

    /** The counter of 429s that made the client slow a family down. */
    public static final String SLOWDOWNS = "atlan.client.rate-limit.slowdowns";

    private final String tenant;

    private final Map<EndpointFamily, Timer> waits = new EnumMap<>(EndpointFamily.class);

    private final Map<EndpointFamily, Counter> slowdowns = new EnumMap<>(EndpointFamily.class);

    /**
     * Creates the meters of one tenant.
     * @param registry where to record
     * @param tenant the tenant's name
     */
    public AtlanRateLimitMeters(MeterRegistry registry, String tenant) {
        Objects.requireNonNull(registry, "registry");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        String tenantKey = AtlanClientObservationDocumentation.LowCardinalityKeyNames.TENANT.asString();
        for (EndpointFamily family : EndpointFamily.values()) {
            this.waits.put(family, Timer.builder(WAITS)
                .description("Waits of calls to Atlan held back by the client to stay within Atlan's rate limits")
                .tag(tenantKey, tenant)
                .tag("family", family.tag())
                .register(registry));
            this.slowdowns.put(family, Counter.builder(SLOWDOWNS)
                .description("429 answers from Atlan that made the client lower its rate")
                .tag(tenantKey, tenant)
                .tag("family", family.tag())
                .register(registry));
        }
    }

    @Override
    public void waited(EndpointFamily family, Duration wait) {
        this.waits.get(family).record(wait);
    }

    @Override
    public void slowedDown(EndpointFamily family, double requestsPerMinute, Duration pause) {
        this.slowdowns.get(family).increment();
    }

    @Override
    public String toString() {
        return "AtlanRateLimitMeters[tenant=" + this.tenant + "]";
    }

}
