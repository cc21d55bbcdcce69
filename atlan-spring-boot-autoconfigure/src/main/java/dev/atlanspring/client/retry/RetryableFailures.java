package dev.atlanspring.client.retry;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import javax.net.ssl.SSLException;

import dev.atlanspring.client.error.ApiConnectionException;
import dev.atlanspring.client.error.AtlanException;

/**
 * Which failures are worth another attempt: connection failures (but not a TLS failure, which repeats) and the
 * listed HTTP statuses. Use it in a retry policy of your own:
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
        if (failure instanceof ApiConnectionException connection) {
            return !(connection.getCause() instanceof SSLException || rootCause(connection) instanceof SSLException);
        }
        return failure instanceof AtlanException atlan && this.statuses.contains(atlan.getStatus());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    @Override
    public String toString() {
        return "RetryableFailures[connection failures, statuses " + new TreeSet<>(this.statuses) + "]";
    }

}
