package dev.atlanspring.client.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import dev.atlanspring.client.error.DeadlineExceededException;
import dev.atlanspring.client.error.RateLimitException;
import dev.atlanspring.client.error.RequestInfo;
import dev.atlanspring.client.ratelimit.EndpointFamily;
import dev.atlanspring.client.ratelimit.RateLimitListener;
import dev.atlanspring.client.ratelimit.RateLimitSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Paces one tenant's requests to Atlan's rate limits, so that a call waits before it is sent rather than failing
 * with 429 and waiting after. One instance per tenant: another tenant's limits never slow it.
 *
 * <p>Each {@link EndpointFamily} is a token bucket kept as a single theoretical arrival time (the generic cell rate
 * algorithm): a request reserves the next free slot with one compare-and-set and waits until it, on a Reactor timer,
 * never a blocked thread. Reserving is first come, first served, so concurrent callers share the rate fairly. A
 * quiet family may send half of Atlan's burst at once; the other half is left as room for requests the network
 * bunches together.
 *
 * <p>When Atlan answers 429 anyway, that family sends nothing for the {@code Retry-After} (a second when there is
 * none), then goes on at half its rate (never under a twentieth of the configured one), and recovers by a twentieth
 * of the configured rate each second until it is back to it. 429s that follow within the same pause (at least a
 * second) come from the same excess and do not halve the rate again.
 */
final class TenantRateLimiter {

    private static final Logger logger = LoggerFactory.getLogger(TenantRateLimiter.class);

    /** How much a 429 keeps of the rate. */
    static final double DECREASE = 0.5;

    /** How much of the configured rate comes back each second after a 429. */
    static final double RECOVERY_PER_SECOND = 0.05;

    /** The lowest share of the configured rate a family is slowed to. */
    static final double FLOOR = 0.05;

    /** A day: more burst tolerance than any real limit needs, small enough that adding times never overflows. */
    private static final long MAX_TOLERANCE = Duration.ofDays(1).toNanos();

    /** The pause after a 429 that says nothing of when to come back: what Atlan's nginx always says. */
    static final Duration DEFAULT_PAUSE = Duration.ofSeconds(1);

    private final String tenant;

    private final Duration callTimeout;

    private final LongSupplier ticker;

    /** Asked only when a request must wait, so that a tenant that never waits never starts Reactor's timers. */
    private final Supplier<Scheduler> scheduler;

    private final RateLimitListener listener;

    /** By family ordinal; {@code null} when pacing is off. */
    private final Family @Nullable [] families;

    /**
     * Creates the limiter of one tenant.
     * @param settings the rates
     * @param tenant the tenant, for messages and logs
     * @param callTimeout the call deadline a wait must fit in, for messages
     * @param ticker the time in nanoseconds, as {@link System#nanoTime()}
     * @param scheduler where waits are timed
     * @param listener told of waits and slowdowns
     */
    TenantRateLimiter(RateLimitSettings settings, String tenant, Duration callTimeout, LongSupplier ticker,
            Scheduler scheduler, RateLimitListener listener) {
        this(settings, tenant, callTimeout, ticker, () -> scheduler, listener);
    }

    /**
     * Creates the limiter of one tenant, taking the scheduler only when a request first waits: Reactor's parallel
     * scheduler, made on first use, initialises most of Reactor's core with it (about 120 classes), a cost an
     * application would otherwise pay at start-up for every tenant's client, waiting or not.
     * @param settings the rates
     * @param tenant the tenant, for messages and logs
     * @param callTimeout the call deadline a wait must fit in, for messages
     * @param ticker the time in nanoseconds, as {@link System#nanoTime()}
     * @param scheduler gives where waits are timed; asked on every wait, so it should return a cached scheduler
     * @param listener told of waits and slowdowns
     */
    TenantRateLimiter(RateLimitSettings settings, String tenant, Duration callTimeout, LongSupplier ticker,
            Supplier<Scheduler> scheduler, RateLimitListener listener) {
        this.tenant = tenant;
        this.callTimeout = callTimeout;
        this.ticker = ticker;
        this.scheduler = scheduler;
        this.listener = listener;
        if (settings.enabled()) {
            long now = ticker.getAsLong();
            this.families = new Family[EndpointFamily.values().length];
            for (EndpointFamily family : EndpointFamily.values()) {
                this.families[family.ordinal()] = new Family(family, settings.limit(family), now);
            }
        }
        else {
            this.families = null;
        }
    }

    /**
     * Returns the time on the limiter's ticker, from which call deadlines are counted.
     * @return nanoseconds
     */
    long now() {
        return this.ticker.getAsLong();
    }

    /**
     * Sends an attempt when the rate allows, and slows the family down when Atlan still answers 429.
     * @param operation the call's operation, whose path decides its family
     * @param deadlineNanos when the call's deadline passes, on the ticker
     * @param info the attempt, for the error of a wait past the deadline
     * @param attempt makes the attempt; called when it is time to send
     * @return the attempt, maybe after a wait; or a {@link DeadlineExceededException} at once when the wait would
     * end past the call's deadline
     */
    <R> Mono<R> paced(Operation operation, long deadlineNanos, RequestInfo info, Supplier<Mono<R>> attempt) {
        Family[] all = this.families;
        EndpointFamily endpointFamily = (all != null) ? EndpointFamily.of(operation.uriTemplate()) : null;
        if (all == null || endpointFamily == null) {
            return attempt.get();
        }
        Family family = all[endpointFamily.ordinal()];
        long now = this.ticker.getAsLong();
        long wait = family.reserve(now, deadlineNanos - now);
        if (wait < 0) {
            return Mono.error(tooLate(family, info));
        }
        Mono<R> send;
        if (wait == 0) {
            send = attempt.get();
        }
        else {
            Duration delay = Duration.ofNanos(wait);
            this.listener.waited(endpointFamily, delay);
            send = Mono.delay(delay, this.scheduler.get()).then(Mono.defer(attempt));
        }
        return send.doOnError(RateLimitException.class,
                (rateLimited) -> slowDown(family, rateLimited.getRetryAfter(), operation, info));
    }

    private void slowDown(Family family, @Nullable Duration retryAfter, Operation operation, RequestInfo info) {
        Duration pause = (retryAfter != null && !retryAfter.isNegative()) ? retryAfter : DEFAULT_PAUSE;
        double perMinute = family.rateLimited(this.ticker.getAsLong(), pause.toNanos());
        if (perMinute > 0) {
            logger.info("Atlan answered 429 to {}: pausing {} requests for {} ms, then sending {} a minute"
                    + " (tenant {}, request {})", operation, family.family.tag(), pause.toMillis(),
                    Math.round(perMinute), this.tenant, info.requestId());
            this.listener.slowedDown(family.family, perMinute, pause);
        }
    }

    private DeadlineExceededException tooLate(Family family, RequestInfo info) {
        return new DeadlineExceededException("The " + family.family.tag() + " rate limit of tenant " + this.tenant
                + " would hold the call back past its call deadline of " + this.callTimeout.toMillis()
                + " ms (call-timeout)", DeadlineExceededException.Deadline.CALL, this.callTimeout, info,
                "The call was not sent. Send fewer requests at once, raise the call timeout (atlan.call-timeout),"
                        + " or raise the rate (atlan.rate-limit." + family.family.tag()
                        + ".requests-per-minute) if Atlan allows more.");
    }

    /**
     * Returns how many requests a minute a family is paced to now, lowered after a 429 or not.
     * @param family the family
     * @return the rate, or 0 when pacing is off
     */
    double currentRequestsPerMinute(EndpointFamily family) {
        Family[] all = this.families;
        return (all != null) ? 60e9 / all[family.ordinal()].interval(this.ticker.getAsLong()) : 0;
    }

    @Override
    public String toString() {
        return "TenantRateLimiter[tenant=" + this.tenant + ", enabled=" + (this.families != null) + "]";
    }

    /** A rate lowered by a 429 at a moment, recovering from there. */
    private record Slowdown(double perSecond, long since, long pauseNanos) {
    }

    /** One family's bucket. Lock-free: one compare-and-set per request. */
    private static final class Family {

        final EndpointFamily family;

        final double configuredPerSecond;

        final long configuredInterval;

        final int usableBurst;

        /** When the next request would be sent if every reservation so far were spaced one interval apart. */
        final AtomicLong arrival;

        final AtomicReference<@Nullable Slowdown> slowdown = new AtomicReference<>();

        Family(EndpointFamily family, RateLimitSettings.Limit limit, long now) {
            this.family = family;
            this.configuredPerSecond = limit.requestsPerSecond();
            this.configuredInterval = Math.max(1, Math.min(MAX_TOLERANCE, Math.round(1e9 / this.configuredPerSecond)));
            this.usableBurst = limit.burst() / 2;
            this.arrival = new AtomicLong(now);
        }

        long interval(long now) {
            Slowdown slow = this.slowdown.get();
            if (slow == null) {
                return this.configuredInterval;
            }
            double rate = rate(slow, now);
            if (rate >= this.configuredPerSecond) {
                this.slowdown.compareAndSet(slow, null);
                return this.configuredInterval;
            }
            return Math.min(MAX_TOLERANCE, Math.round(1e9 / rate));
        }

        private double rate(Slowdown slow, long now) {
            double seconds = Math.max(0, now - slow.since - slow.pauseNanos) / 1e9;
            return Math.min(this.configuredPerSecond,
                    slow.perSecond + this.configuredPerSecond * RECOVERY_PER_SECOND * seconds);
        }

        /** How far ahead of the next slot a request may go: the usable burst, saturated for absurdly slow rates. */
        private long tolerance(long interval) {
            return (interval > MAX_TOLERANCE / Math.max(1, this.usableBurst)) ? MAX_TOLERANCE
                    : this.usableBurst * interval;
        }

        /** Reserves the next slot; returns the nanoseconds to wait for it, or -1 (reserving nothing) past maxWait. */
        long reserve(long now, long maxWait) {
            long interval = interval(now);
            long tolerance = tolerance(interval);
            while (true) {
                long next = this.arrival.get();
                long wait = Math.max(0, next - tolerance - now);
                if (wait > maxWait) {
                    return -1;
                }
                if (this.arrival.compareAndSet(next, Math.max(next, now) + interval)) {
                    return wait;
                }
            }
        }

        /** Pauses the family and lowers its rate; returns the new rate a minute, or 0 when this 429 was expected. */
        double rateLimited(long now, long pauseNanos) {
            Slowdown slow = this.slowdown.get();
            // A Retry-After of 0 still makes 429s of requests already in flight one event, not one each.
            if (slow != null && now - slow.since < Math.max(slow.pauseNanos, DEFAULT_PAUSE.toNanos())) {
                return 0;
            }
            double current = (slow != null) ? rate(slow, now) : this.configuredPerSecond;
            double lowered = Math.max(this.configuredPerSecond * FLOOR, current * DECREASE);
            if (!this.slowdown.compareAndSet(slow, new Slowdown(lowered, now, pauseNanos))) {
                return 0;
            }
            long interval = Math.min(MAX_TOLERANCE, Math.round(1e9 / lowered));
            // The first request after the pause goes at its end; the ones after it one interval apart, no burst.
            this.arrival.accumulateAndGet(now + pauseNanos + tolerance(interval), Math::max);
            return lowered * 60;
        }

    }

}
