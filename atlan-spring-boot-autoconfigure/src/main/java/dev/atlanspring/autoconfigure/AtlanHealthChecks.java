package dev.atlanspring.autoconfigure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The health check of every tenant, by tenant name, in the order of {@link dev.atlanspring.client.AtlanClients}.
 * The health contributor {@code atlan} and the {@code atlan} endpoint share it, so both show the same cached
 * result and together cost Atlan one request per tenant and cache TTL.
 */
public final class AtlanHealthChecks {

    private final Map<String, AtlanHealthCheck> checks;

    /**
     * Creates the set.
     * @param checks the checks by tenant name
     */
    public AtlanHealthChecks(Map<String, AtlanHealthCheck> checks) {
        this.checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    }

    /**
     * Returns the check of a tenant.
     * @param tenant the tenant's name
     * @return the check, or empty when there is no tenant of that name
     */
    public Optional<AtlanHealthCheck> find(String tenant) {
        return Optional.ofNullable(this.checks.get(tenant));
    }

    /**
     * Returns every check by tenant name.
     * @return an unmodifiable map
     */
    public Map<String, AtlanHealthCheck> asMap() {
        return this.checks;
    }

    @Override
    public String toString() {
        return "AtlanHealthChecks" + this.checks.keySet();
    }

}
