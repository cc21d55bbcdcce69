package dev.atlanspring.client.error;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Atlan rate-limited the call (HTTP 429). Atlan limits each tenant separately; {@link #getRetryAfter()} tells how
 * long Atlan asked the client to wait, when it said.
 */
public class RateLimitException extends AtlanException {

    private final @Nullable Duration retryAfter;

    /**
     * Creates the exception.
     * @param problem a one-line description of what went wrong
     * @param status the HTTP status
     * @param error what Atlan said
     * @param request where it happened
     * @param advice what the user should do about it
     * @param retryAfter the wait Atlan asked for in its {@code Retry-After} header, or {@code null}
     * @param cause the underlying failure, or {@code null}
     */
    public RateLimitException(String problem, int status, AtlanError error, RequestInfo request, String advice,
            @Nullable Duration retryAfter, @Nullable Throwable cause) {
        super(problem, status, error, request, advice, cause);
        this.retryAfter = retryAfter;
    }

    /**
     * Returns how long Atlan asked the client to wait before trying again.
     * @return the wait from the {@code Retry-After} header, or {@code null} when Atlan gave none
     */
    public @Nullable Duration getRetryAfter() {
        return this.retryAfter;
    }

}
