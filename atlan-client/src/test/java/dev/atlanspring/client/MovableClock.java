package dev.atlanspring.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, so that expiry is tested without sleeping.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

    /**
     * Moves the clock forward.
     * @param duration how far
     */
    public void advance(Duration duration) {
        this.now.updateAndGet((instant) -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return this.now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a MovableClock stays in UTC");
    }

}
