package dev.atlanspring.client.error;

import org.jspecify.annotations.Nullable;

/**
 * Atlan answered with a status that no more specific exception covers (5xx, an unexpected 3xx or 4xx), or with a body that could not be read.
 */
public class ApiException extends AtlanException {

    /**
     * Creates the exception.
     * @param problem a one-line description of what went wrong
     * @param status the HTTP status, or 0 when no response arrived
     * @param error what Atlan said
     * @param request where it happened
     * @param advice what the user should do about it
     * @param cause the underlying failure, or {@code null}
     */
    public ApiException(String problem, int status, AtlanError error, RequestInfo request, String advice,
            @Nullable Throwable cause) {
        super(problem, status, error, request, advice, cause);
    }

}
