package dev.atlanspring.client.user;

import java.util.Objects;

import dev.atlanspring.client.http.Blocking;

/**
 * Reads the tenant's users, blocking the calling thread until Atlan answers. Obtain it from
 * {@link dev.atlanspring.client.AtlanClient#users()}.
 */
public final class Users {

    private final ReactiveUsers reactive;

    /**
     * Creates the blocking face of the reactive user operations; the client does this for you.
     * @param reactive the reactive operations
     */
    public Users(ReactiveUsers reactive) {
        this.reactive = Objects.requireNonNull(reactive, "reactive");
    }

    /**
     * Reads the user the API key acts as: the cheapest way to check that the key works.
     * @return the user
     * @throws dev.atlanspring.client.error.AuthenticationException when Atlan rejects the key
     */
    public AtlanUser current() {
        return Blocking.get(this.reactive.current());
    }

}
