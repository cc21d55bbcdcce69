package dev.atlanspring.client;

import java.net.URI;

import dev.atlanspring.client.asset.ReactiveAssets;
import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.user.ReactiveUsers;

/**
 * The non-blocking client of one Atlan tenant: every operation returns a {@link reactor.core.publisher.Mono} or
 * {@link reactor.core.publisher.Flux} that does nothing until subscribed to, and fails only with
 * {@link dev.atlanspring.client.error.AtlanException}s. It is the core the blocking {@link AtlanClient} delegates
 * to; get it from {@link AtlanClient#reactive()} or build one with {@link AtlanClient#builder()}. Immutable and
 * thread-safe; {@link #close()} releases the tenant's connection pool.
 */
public final class ReactiveAtlanClient implements AutoCloseable {

    private final AtlanHttp http;

    private final ReactiveAssets assets;

    private final ReactiveUsers users;

    ReactiveAtlanClient(AtlanHttp http) {
        this.http = http;
        this.assets = new ReactiveAssets(http);
        this.users = new ReactiveUsers(http);
    }

    /**
     * Returns the asset operations: get, save, delete.
     * @return the asset operations
     */
    public ReactiveAssets assets() {
        return this.assets;
    }

    /**
     * Returns the user operations.
     * @return the user operations
     */
    public ReactiveUsers users() {
        return this.users;
    }

    /**
     * Returns the name of the tenant this client talks to.
     * @return the tenant's name
     */
    public String tenant() {
        return this.http.settings().tenant();
    }

    /**
     * Returns the tenant's base URL.
     * @return the base URL
     */
    public URI baseUrl() {
        return this.http.settings().baseUrl();
    }

    /**
     * Returns the settings the client runs with; their {@code toString} hides the API key.
     * @return the settings
     */
    public AtlanClientSettings settings() {
        return this.http.settings();
    }

    /**
     * Releases the tenant's connection pool. Calls made afterwards fail.
     */
    @Override
    public void close() {
        this.http.close();
    }

    @Override
    public String toString() {
        return "ReactiveAtlanClient[tenant=" + tenant() + ", baseUrl=" + baseUrl() + "]";
    }

}
