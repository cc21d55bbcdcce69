package dev.atlanspring.autoconfigure;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.atlanspring.client.ReactiveAtlanClient;
import dev.atlanspring.client.http.Redactor;
import dev.atlanspring.client.user.AtlanUser;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Checks one tenant: reads the current user ({@code GET /api/service/users/current}) in a single attempt, never
 * retried, bounded by a timeout, and reuses the result for a while, so that frequent probes cost Atlan (which
 * rate-limits every tenant) one request per period however many ask at once. The health contributor {@code atlan}
 * and the {@code atlan} endpoint both read it. Thread-safe.
 */
public final class AtlanHealthCheck {

    /** Extra time the blocking {@link #result()} allows beyond the timeout, in which the check fails by itself. */
    private static final Duration GRACE = Duration.ofSeconds(1);

    private final ReactiveAtlanClient client;

    private final Duration timeout;

    private final Duration cacheTtl;

    private final Clock clock;

    private final Redactor redactor;

    private final AtomicReference<@Nullable Result> last = new AtomicReference<>();

    private final Mono<Result> cached;

    /**
     * Creates the check of one tenant.
     * @param client the tenant's client
     * @param timeout the longest wait for the one request
     * @param cacheTtl how long a result is reused; zero for not at all
     */
    public AtlanHealthCheck(ReactiveAtlanClient client, Duration timeout, Duration cacheTtl) {
        this(client, timeout, cacheTtl, Clock.systemUTC());
    }

    AtlanHealthCheck(ReactiveAtlanClient client, Duration timeout, Duration cacheTtl, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.cacheTtl = Objects.requireNonNull(cacheTtl, "cacheTtl");
        this.clock = clock;
        this.redactor = new Redactor(client.settings().secrets());
        // Concurrent subscribers share the request in flight; the result is then replayed until the TTL ends.
        this.cached = Mono.defer(this::probe).cache((result) -> cacheTtl, (failure) -> Duration.ZERO,
                () -> Duration.ZERO);
    }

    /**
     * Returns the tenant's health: the cached result while it is younger than the cache TTL, else a new check.
     * @return the result; never fails, a failure is a {@linkplain Result#up() down} result
     */
    public Mono<Result> check() {
        return this.cached;
    }

    /**
     * Returns the tenant's health, waiting for a new check when no result is cached. Call it from a thread that may
     * block; it waits at most about the timeout.
     * @return the result
     */
    public Result result() {
        try {
            Result result = this.cached.block(this.timeout.plus(GRACE));
            return (result != null) ? result : down(new IllegalStateException("The health check gave no result"), 0);
        }
        catch (IllegalStateException ex) {
            return down(ex, this.timeout.toNanos());
        }
    }

    /**
     * Returns the last result, without asking Atlan.
     * @return the last result, or empty when the tenant was never checked
     */
    public Optional<Result> lastResult() {
        return Optional.ofNullable(this.last.get());
    }

    /**
     * Returns the name of the tenant checked.
     * @return the tenant's name
     */
    public String tenant() {
        return this.client.tenant();
    }

    /**
     * Returns the longest wait for the one request.
     * @return the timeout
     */
    public Duration timeout() {
        return this.timeout;
    }

    /**
     * Returns how long a result is reused.
     * @return the cache TTL
     */
    public Duration cacheTtl() {
        return this.cacheTtl;
    }

    private Mono<Result> probe() {
        long start = System.nanoTime();
        return this.client.users()
            .probe(this.timeout)
            .map((user) -> up(user, System.nanoTime() - start))
            .onErrorResume((failure) -> Mono.just(down(failure, System.nanoTime() - start)))
            .doOnNext(this.last::set);
    }

    private Result up(AtlanUser user, long nanos) {
        String name = (user.username() != null) ? user.username() : user.displayName();
        return new Result(true, tenant(), this.client.baseUrl(), name, latency(nanos), this.clock.instant(), null,
                null);
    }

    private Result down(Throwable failure, long nanos) {
        String type = failure.getClass().getSimpleName();
        String message = (failure.getMessage() != null) ? failure.getMessage().replaceAll("\\s+", " ").trim() : type;
        return new Result(false, tenant(), this.client.baseUrl(), null, latency(nanos), this.clock.instant(), type,
                this.redactor.apply(message));
    }

    private static Duration latency(long nanos) {
        return Duration.ofMillis(TimeUnit.NANOSECONDS.toMillis(nanos));
    }

    @Override
    public String toString() {
        return "AtlanHealthCheck[tenant=" + tenant() + ", timeout=" + this.timeout + ", cacheTtl=" + this.cacheTtl
                + "]";
    }

    /**
     * The outcome of one health check.
     *
     * @param up whether Atlan answered and accepted the key
     * @param tenant the tenant's name
     * @param baseUrl the tenant's base URL
     * @param user the user the key acts as, when up
     * @param latency how long the check took
     * @param checkedAt when the check ended
     * @param exception the simple name of the exception the check failed with, when down
     * @param message that exception's one-line message, when down; it never holds the key
     */
    public record Result(boolean up, String tenant, URI baseUrl, @Nullable String user, Duration latency,
            Instant checkedAt, @Nullable String exception, @Nullable String message) {

        /**
         * Returns the details to show: tenant, base URL, then user and latency when up, or exception and message
         * when down, and when the check ended.
         * @return the details, in that order
         */
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("tenant", this.tenant);
            details.put("baseUrl", this.baseUrl.toString());
            if (this.user != null) {
                details.put("user", this.user);
            }
            if (this.exception != null) {
                details.put("exception", this.exception);
            }
            if (this.message != null) {
                details.put("message", this.message);
            }
            details.put("latency", this.latency.toMillis() + "ms");
            details.put("checkedAt", this.checkedAt.toString());
            return details;
        }

    }

}
