package dev.atlanspring.client.user;

import java.util.List;
import java.util.Objects;

import dev.atlanspring.client.http.Blocking;

/**
 * Reads the tenant's users and groups, blocking the calling thread until Atlan answers. Obtain it from
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

    /**
     * Reads one page of the tenant's users, sorted by user name.
     * @param offset how many users to skip
     * @param limit how many users to read at most
     * @return the page, with the total count
     */
    public UserPage list(int offset, int limit) {
        return Blocking.get(this.reactive.list(offset, limit));
    }

    /**
     * Reads every user of the tenant, page by page.
     * @return the users, sorted by user name
     */
    public List<AtlanUser> list() {
        return Blocking.get(this.reactive.list().collectList());
    }

    /**
     * Reads one page of the tenant's groups, sorted by name.
     * @param offset how many groups to skip
     * @param limit how many groups to read at most
     * @return the page, with the total count
     */
    public GroupPage groups(int offset, int limit) {
        return Blocking.get(this.reactive.groups(offset, limit));
    }

    /**
     * Reads every group of the tenant, page by page.
     * @return the groups, sorted by name
     */
    public List<AtlanGroup> groups() {
        return Blocking.get(this.reactive.groups().collectList());
    }

}
