package dev.atlanspring.client.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.atlanspring.client.error.AtlanError;
import dev.atlanspring.client.error.DeadlineExceededException;
import dev.atlanspring.client.error.RateLimitException;
import dev.atlanspring.client.error.RequestInfo;
import dev.atlanspring.client.ratelimit.EndpointFamily;
import dev.atlanspring.client.ratelimit.RateLimitListener;
import dev.atlanspring.client.ratelimit.RateLimitSettings;
import dev.atlanspring.client.ratelimit.RateLimitSettings.Limit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant's rate limiter on Reactor's virtual time: every send time is exact, so nothing here depends on how
 * fast the machine is. The limits mirror Atlan's nginx ({@code limit_req ... burst=N nodelay} in atlas-metastore
 * {@code helm/atlas/templates/nginx-cm.yaml}); the 429 it answers carries {@code Retry-After: 1}.
 */
class TenantRateLimiterTests {

    private static final Operation SAVE = new Operation("assets.save", HttpMethod.POST, "/api/meta/entity/bulk", true);

    private static final Operation SEARCH = new Operation("assets.search", HttpMethod.POST,
            "/api/meta/search/indexsearch", true);

    private static final Operation CURRENT_USER = new Operation("users.current", HttpMethod.GET,
            "/api/service/users/current", true);

    private static final long NO_DEADLINE = Long.MAX_VALUE / 2;

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();

    /** Send times in whole milliseconds of virtual time. */
    private final List<Long> sent = new ArrayList<>();

    private final List<String> events = new ArrayList<>();

    private final RateLimitListener listener = new RateLimitListener() {

        @Override
        public void waited(EndpointFamily family, Duration wait) {
            TenantRateLimiterTests.this.events.add("waited " + family.tag() + " " + wait.toMillis());
        }

        @Override
        public void slowedDown(EndpointFamily family, double requestsPerMinute, Duration pause) {
            TenantRateLimiterTests.this.events.add("slowed " + family.tag() + " to " + Math.round(requestsPerMinute)
                    + " after " + pause.toMillis());
        }

    };

    @AfterEach
    void dispose() {
        this.time.dispose();
    }

    /** Bulk at 60 a minute (one a second) with Atlan's burst of 4, of which the client uses 2. */
    private TenantRateLimiter limiter(RateLimitSettings settings) {
        return new TenantRateLimiter(settings, "acme", Duration.ofMinutes(10),
                () -> this.time.now(TimeUnit.NANOSECONDS), this.time, this.listener);
    }

    private static RateLimitSettings bulkOnePerSecond() {
        return RateLimitSettings.DEFAULTS.with(EndpointFamily.BULK, new Limit(60, 4));
    }

    private void send(TenantRateLimiter limiter, Operation operation) {
        limiter.paced(operation, NO_DEADLINE, info(), this::recordSend).subscribe();
    }

    private Mono<Long> recordSend() {
        return Mono.fromSupplier(() -> {
            long now = this.time.now(TimeUnit.MILLISECONDS);
            this.sent.add(now);
            return now;
        });
    }

    private static RequestInfo info() {
        return new RequestInfo("POST /api/meta/entity/bulk", "acme", "request-1", 1);
    }

    private static RateLimitException tooManyRequests(Duration retryAfter) {
        return new RateLimitException("HTTP 429", 429, AtlanError.EMPTY, info(), "Slow down.", retryAfter, null);
    }

    @Test
    void aQuietFamilySendsHalfOfAtlansBurstAtOnceThenOneRequestPerInterval() {
        TenantRateLimiter limiter = limiter(bulkOnePerSecond());
        for (int i = 0; i < 5; i++) {
            send(limiter, SAVE);
        }
        assertThat(this.sent).containsExactly(0L, 0L, 0L);
        this.time.advanceTimeBy(Duration.ofSeconds(10));
        assertThat(this.sent).containsExactly(0L, 0L, 0L, 1000L, 2000L);
        assertThat(this.events).containsExactly("waited bulk 1000", "waited bulk 2000");
    }

    /**
     * The scheduler is asked for only when a request must wait (so that making a client starts none of Reactor's
     * timers), and the wait is timed on it.
     */
    @Test
    void theSchedulerIsAskedForOnlyWhenARequestWaits() {
        AtomicInteger asked = new AtomicInteger();
        TenantRateLimiter limiter = new TenantRateLimiter(bulkOnePerSecond(), "acme", Duration.ofMinutes(10),
                () -> this.time.now(TimeUnit.NANOSECONDS), () -> {
                    asked.incrementAndGet();
                    return this.time;
                }, this.listener);
        for (int i = 0; i < 3; i++) {
            send(limiter, SAVE);
        }
        send(limiter, SEARCH);
        assertThat(asked).hasValue(0);
        send(limiter, SAVE);
        assertThat(asked).hasValue(1);
        assertThat(this.sent).containsExactly(0L, 0L, 0L, 0L);
        this.time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(this.sent).containsExactly(0L, 0L, 0L, 0L, 1000L);
    }

    @Test
    void familiesAndUnlimitedPathsDoNotWaitForEachOther() {
        TenantRateLimiter limiter = limiter(bulkOnePerSecond());
        for (int i = 0; i < 5; i++) {
            send(limiter, SAVE);
        }
        send(limiter, SEARCH);
        for (int i = 0; i < 100; i++) {
            send(limiter, CURRENT_USER);
        }
        assertThat(this.sent).hasSize(104).allMatch((at) -> at == 0L);
    }

    @Test
    void twoTenantsHaveTheirOwnLimits() {
        TenantRateLimiter acme = limiter(bulkOnePerSecond());
        TenantRateLimiter emea = limiter(bulkOnePerSecond());
        for (int i = 0; i < 10; i++) {
            send(acme, SAVE);
        }
        acme.paced(SAVE, NO_DEADLINE, info(), () -> Mono.error(tooManyRequests(Duration.ofSeconds(5))))
            .onErrorComplete()
            .subscribe();
        this.sent.clear();
        for (int i = 0; i < 3; i++) {
            send(emea, SAVE);
        }
        assertThat(this.sent).containsExactly(0L, 0L, 0L);
        assertThat(emea.currentRequestsPerMinute(EndpointFamily.BULK)).isEqualTo(60.0);
    }

    @Test
    void a429PausesTheFamilyForItsRetryAfterThenHalvesTheRateAndRecoversGradually() {
        TenantRateLimiter limiter = limiter(bulkOnePerSecond());
        limiter.paced(SAVE, NO_DEADLINE, info(), () -> Mono.error(tooManyRequests(Duration.ofSeconds(3))))
            .onErrorComplete()
            .subscribe();
        assertThat(this.events).containsExactly("slowed bulk to 30 after 3000");
        for (int i = 0; i < 3; i++) {
            send(limiter, SAVE);
        }
        this.time.advanceTimeBy(Duration.ofMillis(2999));
        assertThat(this.sent).isEmpty();
        this.time.advanceTimeBy(Duration.ofSeconds(10));
        // Half the rate: one every 2 s once the pause is over, and no burst after it.
        assertThat(this.sent).containsExactly(3000L, 5000L, 7000L);
        assertThat(limiter.currentRequestsPerMinute(EndpointFamily.BULK)).isLessThan(60.0).isGreaterThan(30.0);
        this.time.advanceTimeBy(Duration.ofSeconds(20));
        assertThat(limiter.currentRequestsPerMinute(EndpointFamily.BULK)).isEqualTo(60.0);
    }

    @Test
    void a429WithoutRetryAfterPausesASecondAndMore429sOfTheSameExcessSlowItOnlyOnce() {
        TenantRateLimiter limiter = limiter(bulkOnePerSecond());
        for (int i = 0; i < 4; i++) {
            limiter.paced(SAVE, NO_DEADLINE, info(), () -> Mono.error(tooManyRequests(null)))
                .onErrorComplete()
                .subscribe();
        }
        assertThat(this.events).filteredOn((event) -> event.startsWith("slowed"))
            .containsExactly("slowed bulk to 30 after 1000");
        assertThat(limiter.currentRequestsPerMinute(EndpointFamily.BULK)).isEqualTo(30.0);
    }

    @Test
    void aRetryAfterOfZeroSendsAtOnceAtHalfTheRateAndCountsTheInFlight429sOnce() {
        TenantRateLimiter limiter = limiter(bulkOnePerSecond());
        // Three requests in flight at once, all answered 429 100 ms later.
        for (int i = 0; i < 3; i++) {
            limiter.paced(SAVE, NO_DEADLINE, info(),
                    () -> Mono.delay(Duration.ofMillis(100), this.time)
                        .then(Mono.error(tooManyRequests(Duration.ZERO))))
                .onErrorComplete()
                .subscribe();
        }
        this.time.advanceTimeBy(Duration.ofMillis(100));
        assertThat(this.events).containsExactly("slowed bulk to 30 after 0");
        send(limiter, SAVE);
        send(limiter, SAVE);
        this.time.advanceTimeBy(Duration.ofSeconds(10));
        assertThat(this.sent).containsExactly(100L, 2100L);
    }

    @Test
    void aWaitPastTheCallsDeadlineFailsAtOnceAndKeepsNoSlot() {
        TenantRateLimiter limiter = limiter(bulkOnePerSecond());
        for (int i = 0; i < 3; i++) {
            send(limiter, SAVE);
        }
        List<Throwable> failures = new ArrayList<>();
        long deadline = this.time.now(TimeUnit.NANOSECONDS) + Duration.ofMillis(500).toNanos();
        limiter.paced(SAVE, deadline, info(), this::recordSend).subscribe((at) -> { }, failures::add);
        assertThat(failures).singleElement()
            .isInstanceOfSatisfying(DeadlineExceededException.class, (failure) -> {
                assertThat(failure.getDeadline()).isEqualTo(DeadlineExceededException.Deadline.CALL);
                assertThat(failure.getMessage()).contains("bulk rate limit of tenant acme")
                    .contains("atlan.rate-limit.bulk.requests-per-minute");
            });
        send(limiter, SAVE);
        this.time.advanceTimeBy(Duration.ofSeconds(5));
        assertThat(this.sent).containsExactly(0L, 0L, 0L, 1000L);
    }

    @Test
    void pacingOffSendsEverythingAtOnceAndA429ChangesNothing() {
        TenantRateLimiter limiter = limiter(bulkOnePerSecond().enabled(false));
        limiter.paced(SAVE, NO_DEADLINE, info(), () -> Mono.error(tooManyRequests(Duration.ofSeconds(3))))
            .onErrorComplete()
            .subscribe();
        for (int i = 0; i < 50; i++) {
            send(limiter, SAVE);
        }
        assertThat(this.sent).hasSize(50).allMatch((at) -> at == 0L);
        assertThat(this.events).isEmpty();
    }

    @Test
    void anAbsurdlySlowRateNeitherOverflowsNorLetsCallsThrough() {
        TenantRateLimiter limiter = limiter(
                RateLimitSettings.DEFAULTS.with(EndpointFamily.BULK, new Limit(1e-9, 1_000_000)));
        List<Throwable> failures = new ArrayList<>();
        long deadline = this.time.now(TimeUnit.NANOSECONDS) + Duration.ofMinutes(10).toNanos();
        for (int i = 0; i < 5; i++) {
            limiter.paced(SAVE, deadline, info(), this::recordSend).subscribe((at) -> { }, failures::add);
        }
        this.time.advanceTimeBy(Duration.ofMinutes(10));
        assertThat(this.sent).containsExactly(0L, 0L);
        assertThat(failures).hasSize(3).allMatch(DeadlineExceededException.class::isInstance);
    }

    @Test
    void concurrentCallersAreServedInTheOrderTheyAsked() {
        TenantRateLimiter limiter = limiter(RateLimitSettings.DEFAULTS.with(EndpointFamily.BULK, new Limit(600, 0)));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int caller = i;
            limiter.paced(SAVE, NO_DEADLINE, info(), () -> Mono.fromRunnable(() -> order.add(caller))).subscribe();
        }
        this.time.advanceTimeBy(Duration.ofSeconds(2));
        assertThat(order).hasSize(20).isSorted();
    }

}
