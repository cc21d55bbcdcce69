package dev.atlanspring.client.ratelimit;

import java.time.Duration;

/**
 * Told when a tenant's client holds a call back to stay within Atlan's rate limits, and when a 429 made it slow a
 * family down. Called on whatever thread the call runs on: return quickly and never block.
 */
public interface RateLimitListener {

    /**
     * A call is held back before it is sent: told as the wait begins. Calls sent at once are not reported.
     * @param family the call's endpoint family
     * @param wait how long it waits
     */
    default void waited(EndpointFamily family, Duration wait) {
    }

    /**
     * Atlan answered 429 and the client slowed the family down.
     * @param family the family
     * @param requestsPerMinute the rate it now paces the family to
     * @param pause how long it sends nothing of the family (Atlan's {@code Retry-After}, or a second)
     */
    default void slowedDown(EndpointFamily family, double requestsPerMinute, Duration pause) {
    }

}
