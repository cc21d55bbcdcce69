package dev.atlanspring.client;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The Atlan clients of an application, one per tenant, by tenant name. In Spring Boot it is a bean holding every
 * {@link AtlanClient} bean: {@code default} for the top-level {@code atlan.*} settings and one per
 * {@code atlan.tenants.<name>}. It does not own the clients: closing them is left to whoever built them.
 */
public final class AtlanClients {

    private final Map<String, AtlanClient> clients;

    private final @Nullable AtlanClient defaultClient;

    private AtlanClients(Map<String, AtlanClient> clients, @Nullable AtlanClient defaultClient) {
        this.clients = clients;
        this.defaultClient = defaultClient;
    }

    /**
     * Creates the set.
     * @param clients the clients, each with its own tenant name
     * @param defaultClient the client to use when no tenant is named, one of {@code clients}, or {@code null}
     * @return the clients by tenant name
     * @throws IllegalArgumentException if two clients share a tenant name
     */
    public static AtlanClients of(Collection<AtlanClient> clients, @Nullable AtlanClient defaultClient) {
        Map<String, AtlanClient> byName = new LinkedHashMap<>();
        for (AtlanClient client : clients) {
            AtlanClient other = byName.putIfAbsent(client.tenant(), client);
            if (other != null && other != client) {
                throw new IllegalArgumentException("Two Atlan clients have the tenant name '" + client.tenant()
                        + "' (" + other.baseUrl() + " and " + client.baseUrl() + "); give each client its own name.");
            }
        }
        if (defaultClient != null && byName.get(defaultClient.tenant()) != defaultClient) {
            throw new IllegalArgumentException(
                    "The default client of tenant '" + defaultClient.tenant() + "' is not among the clients.");
        }
        return new AtlanClients(Collections.unmodifiableMap(byName), defaultClient);
    }

    /**
     * Returns the client of a tenant.
     * @param tenant the tenant's name, such as {@code emea}, or {@code default} for the top-level settings
     * @return the client
     * @throws IllegalArgumentException naming the tenants there are, if there is none of that name
     */
    public AtlanClient get(String tenant) {
        AtlanClient client = this.clients.get(tenant);
        if (client == null) {
            throw new IllegalArgumentException("There is no Atlan tenant named '" + tenant + "'; the tenants are: "
                    + (this.clients.isEmpty() ? "(none)" : String.join(", ", this.clients.keySet()))
                    + ". Configure it under atlan.tenants." + tenant + " or use one of those names.");
        }
        return client;
    }

    /**
     * Returns the client of a tenant, if there is one of that name.
     * @param tenant the tenant's name
     * @return the client, or empty
     */
    public Optional<AtlanClient> find(String tenant) {
        return Optional.ofNullable(this.clients.get(tenant));
    }

    /**
     * Returns the client used when no tenant is named: {@code atlanClient}, or the one {@code atlan.default-tenant}
     * names.
     * @return the default client
     * @throws IllegalStateException if there is no default, naming the tenants there are
     */
    public AtlanClient getDefault() {
        if (this.defaultClient == null) {
            throw new IllegalStateException("No Atlan tenant is the default; the tenants are: "
                    + String.join(", ", this.clients.keySet())
                    + ". Name one with atlan.default-tenant, or use get(name).");
        }
        return this.defaultClient;
    }

    /**
     * Returns the tenant names, in the order the clients were given.
     * @return the names
     */
    public Set<String> names() {
        return this.clients.keySet();
    }

    /**
     * Returns every client by tenant name, in the order the clients were given.
     * @return an unmodifiable map
     */
    public Map<String, AtlanClient> asMap() {
        return this.clients;
    }

    @Override
    public String toString() {
        return "AtlanClients" + this.clients.keySet();
    }

}
