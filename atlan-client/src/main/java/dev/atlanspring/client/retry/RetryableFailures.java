package dev.atlanspring.client.retry;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import javax.net.ssl.SSLException;

import dev.atlanspring.client.error.ApiConnectionException;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.error.DeadlineExceededException;
import dev.atlanspring.client.error.ProxyAuthenticationException;

/**
 * Which failures are worth another attempt: connection failures (but not a TLS failure or a proxy's refusal of its
 * credentials, which repeat, nor a call that ran past its whole-call deadline), an attempt that ran past its own
 * deadline, and the listed HTTP statuses. Use it in a retry policy of your own:
 * <pre>{@code
 * RetryPolicy.builder().maxRetries(5).predicate(RetryableFailures.of(Set.of(429, 503))).build()
 * }</pre>
 */
public final class RetryableFailures implements Predicate<Throwable> {

    private final Set<Integer> statuses;

    private RetryableFailures(Set<Integer> statuses) {
        this.statuses = Set.copyOf(statuses);
    }

    /**
     * Retries connection failures and the given statuses.
     * @param statuses the HTTP statuses to retry
     * @return the predicate
     */
    public static RetryableFailures of(Set<Integer> statuses) {
        return new RetryableFailures(statuses);
    }

    @Override
    public boolean test(Throwable failure) {
        if (failure instanceof ProxyAuthenticationException) {
            return false;
        }
        if (failure instanceof DeadlineExceededException deadline) {
            return deadline.getDeadline() == DeadlineExceededException.Deadline.ATTEMPT;
        }
        if (failure instanceof ApiConnectionException connection) {
            return !causedByTls(connection);
        }
        return failure instanceof AtlanException atlan && this.statuses.contains(atlan.getStatus());
    }

    /** Anywhere in the chain: Netty wraps a handshake failure, and the JDK gives it causes of its own. */
    private static boolean causedByTls(Throwable failure) {
        for (Throwable current = failure; current != null; current = (current.getCause() != current)
                ? current.getCause() : null) {
            if (current instanceof SSLException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "RetryableFailures[connection failures, statuses " + new TreeSet<>(this.statuses) + "]";
    }

}
