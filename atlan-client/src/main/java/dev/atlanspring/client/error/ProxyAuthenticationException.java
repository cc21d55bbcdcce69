package dev.atlanspring.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The proxy between the client and Atlan refused the client: it asks for credentials and none were set, or it
 * rejected the user name and password of the proxy URL (an HTTP proxy's 407, a SOCKS5 proxy's authentication
 * failure). The request never reached Atlan, and repeating it does not help, so it is not retried. The message
 * names where the proxy was configured and never holds the password.
 */
public class ProxyAuthenticationException extends ApiConnectionException {

    /**
     * Creates the exception.
     * @param problem a one-line description of what went wrong, without the password
     * @param status the proxy's HTTP status (407), or 0 for a SOCKS proxy
     * @param request where it happened
     * @param advice what the user should do about it
     * @param cause the underlying failure, or {@code null}
     */
    public ProxyAuthenticationException(String problem, int status, RequestInfo request, String advice,
            @Nullable Throwable cause) {
        super(problem, status, AtlanError.EMPTY, request, advice, false, cause);
    }

}
