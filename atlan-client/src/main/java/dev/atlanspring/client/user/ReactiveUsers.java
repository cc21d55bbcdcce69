package dev.atlanspring.client.user;

import java.time.Duration;
import java.util.Objects;

import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.http.AtlanRequest;
import dev.atlanspring.client.http.LazyPages;
import dev.atlanspring.client.http.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the tenant's users and groups, without blocking. Obtain it from
 * {@link dev.atlanspring.client.ReactiveAtlanClient#users()}.
 */
public final class ReactiveUsers {

    /** Reads the user the credentials act as. */
    public static final Operation CURRENT = new Operation("users.current", HttpMethod.GET,
            "/api/service/users/current", true);

    /** Reads one page of groups. */
    public static final Operation GROUPS = new Operation("users.groups", HttpMethod.GET, "/api/service/groups",
            true);

    /** Reads one page of users. */
    public static final Operation USERS = new Operation("users.list", HttpMethod.GET, "/api/service/users", true);

    /** How many groups {@link #groups()} asks for at a time. */
    public static final int GROUP_PAGE_SIZE = 100;

    /** How many users {@link #list()} asks for at a time. */
    public static final int USER_PAGE_SIZE = 100;

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
     * Reads one page of the tenant's users, sorted by user name.
     * @param offset how many users to skip
     * @param limit how many users to read at most
     * @return the page
     */
    public Mono<UserPage> list(int offset, int limit) {
        checkPage(offset, limit);
        return this.http.exchange(AtlanRequest.to(USERS)
            .query("limit", limit)
            .query("offset", offset)
            .query("sort", "username")
            .build(), UserPage.class);
    }

    /**
     * Reads every user of the tenant, {@link #USER_PAGE_SIZE} at a time, each page only when the one before it
     * was consumed.
     * @return the users, sorted by user name
     */
    public Flux<AtlanUser> list() {
        return LazyPages.flux(() -> list(0, USER_PAGE_SIZE).map((page) -> new Users(0, page)), this::nextUsers,
                (page) -> page.users.users());
    }

    private @Nullable Mono<Users> nextUsers(Users page) {
        int count = page.users.users().size();
        if (count < USER_PAGE_SIZE) {
            return null;
        }
        int offset = page.offset + count;
        return Mono.defer(() -> list(offset, USER_PAGE_SIZE).map((next) -> new Users(offset, next)));
    }

    /** A page of users and where it started. */
    private record Users(int offset, UserPage users) {
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("The offset must be at least 0 and the limit at least 1, but they are "
                    + offset + " and " + limit + ".");
        }
    }

    /**
     * Reads one page of the tenant's groups, sorted by name.
     * @param offset how many groups to skip
     * @param limit how many groups to read at most
     * @return the page
     */
    public Mono<GroupPage> groups(int offset, int limit) {
        checkPage(offset, limit);
        return this.http.exchange(AtlanRequest.to(GROUPS)
            .query("limit", limit)
            .query("offset", offset)
            .query("sort", "name")
            .build(), GroupPage.class);
    }

    /**
     * Reads every group of the tenant, {@link #GROUP_PAGE_SIZE} at a time, each page only when the one before it
     * was consumed.
     * @return the groups, sorted by name
     */
    public Flux<AtlanGroup> groups() {
        return LazyPages.flux(() -> groups(0, GROUP_PAGE_SIZE).map((page) -> new Page(0, page)), this::next,
                (page) -> page.groups.groups());
    }

    private @Nullable Mono<Page> next(Page page) {
        int count = page.groups.groups().size();
        if (count < GROUP_PAGE_SIZE) {
            return null;
        }
        int offset = page.offset + count;
        return Mono.defer(() -> groups(offset, GROUP_PAGE_SIZE).map((next) -> new Page(offset, next)));
    }

    /** A page of groups and where it started. */
    private record Page(int offset, GroupPage groups) {
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
