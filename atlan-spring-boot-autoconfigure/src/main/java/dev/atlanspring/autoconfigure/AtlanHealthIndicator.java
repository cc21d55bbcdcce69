package dev.atlanspring.autoconfigure;

import java.util.Objects;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of one Atlan tenant, from its {@link AtlanHealthCheck}: UP with the tenant, base URL, user and latency
 * when Atlan answered and accepted the key; DOWN with the exception's type and one-line message otherwise (the key
 * rejected, no connection, no answer within the timeout). It never shows the key. Results are cached, so a probe
 * costs Atlan at most one request per cache TTL.
 */
public final class AtlanHealthIndicator implements HealthIndicator {

    private final AtlanHealthCheck check;

    /**
     * Creates the indicator of one tenant.
     * @param check the tenant's health check
     */
    public AtlanHealthIndicator(AtlanHealthCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public Health health() {
        AtlanHealthCheck.Result result = this.check.result();
        return (result.up() ? Health.up() : Health.down()).withDetails(result.details()).build();
    }

    @Override
    public String toString() {
        return "AtlanHealthIndicator[tenant=" + this.check.tenant() + "]";
    }

}
