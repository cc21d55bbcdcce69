package dev.atlanspring.client.user;

import java.time.Duration;
import java.util.Objects;

import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.http.AtlanRequest;
import dev.atlanspring.client.http.Operation;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * Reads the tenant's users, without blocking. Obtain it from
 * {@link dev.atlanspring.client.ReactiveAtlanClient#users()}.
 */
public final class ReactiveUsers {

    /** Reads the user the credentials act as. */
    public static final Operation CURRENT = new Operation("users.current", HttpMethod.GET,
            "/api/service/users/current", true);

    private final AtlanHttp http;

    /**
     * Creates the user operations over a tenant's transport; the client does this for you.
     * @param http the tenant's transport
     */
    public ReactiveUsers(AtlanHttp http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * Reads the user the API key acts as: the cheapest way to check that the key works.
     * @return the user
     */
    public Mono<AtlanUser> current() {
        return this.http.exchange(AtlanRequest.to(CURRENT).build(), AtlanUser.class);
    }

    /**
     * Reads the user the API key acts as in a single attempt, never retried, bounded by a timeout: a health check
     * that neither hammers a struggling tenant nor keeps a probe waiting.
     * @param timeout the longest wait for the whole call; past it the call fails with an
     * {@link dev.atlanspring.client.error.ApiConnectionException}
     * @return the user
     */
    public Mono<AtlanUser> probe(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return this.http.exchangeOnce(AtlanRequest.to(CURRENT).build(), AtlanUser.class, timeout);
    }

}
