package dev.atlanspring.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The call did not get a complete answer: the connection was refused or reset, closed early, timed out, or failed
 * its TLS handshake. The transport's own exception is kept as the cause.
 */
public class ApiConnectionException extends AtlanException {

    private final boolean requestSent;

    /**
     * Creates the exception.
     * @param problem a one-line description of what went wrong
     * @param status the HTTP status, or 0 when no response arrived
     * @param error what Atlan said
     * @param request where it happened
     * @param advice what the user should do about it
     * @param requestSent whether the request may have reached the server (false when no connection was made)
     * @param cause the underlying failure, or {@code null}
     */
    public ApiConnectionException(String problem, int status, AtlanError error, RequestInfo request, String advice,
            boolean requestSent, @Nullable Throwable cause) {
        super(problem, status, error, request, advice, cause);
        this.requestSent = requestSent;
    }

    /**
     * Tells whether the request may have reached Atlan. When it cannot have (the connection was refused or never
     * made), repeating even a call that is not idempotent is safe.
     * @return {@code false} when no connection was made
     */
    public boolean isRequestSent() {
        return this.requestSent;
    }

}
