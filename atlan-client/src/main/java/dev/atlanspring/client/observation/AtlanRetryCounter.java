package dev.atlanspring.client.observation;

import java.util.List;
import java.util.Objects;

import dev.atlanspring.client.error.ApiConnectionException;
import dev.atlanspring.client.error.AtlanException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.Retryable;

/**
 * Counts a tenant's retries in the counter {@value #NAME}, tagged with the tenant, the operation and the reason
 * (the HTTP status that was retried, or {@code connection}), all low-cardinality. The client adds one when it is
 * given a {@link MeterRegistry} ({@code AtlanClientBuilder.meterRegistry}); it needs
 * {@code io.micrometer:micrometer-core}.
 */
public final class AtlanRetryCounter implements RetryListener {

    /** The counter's name. */
    public static final String NAME = "atlan.client.retries";

    /** The reason of a retry after a connection failure (refused, reset, timed out). */
    public static final String CONNECTION = "connection";

    private final MeterRegistry registry;

    private final String tenant;

    /**
     * Creates the counter of one tenant.
     * @param registry where to count
     * @param tenant the tenant's name
     */
    public AtlanRetryCounter(MeterRegistry registry, String tenant) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
    }

    /** Counts the retry that is about to be made, for the failure that caused it. */
    @Override
    public void beforeRetry(RetryPolicy retryPolicy, Retryable<?> retryable, RetryState retryState) {
        List<Throwable> failures = retryState.getExceptions();
        String reason = failures.isEmpty() ? "unknown" : reason(failures.get(failures.size() - 1));
        Counter.builder(NAME)
            .description("Retries of calls to Atlan")
            .tag(AtlanClientObservationDocumentation.LowCardinalityKeyNames.TENANT.asString(), this.tenant)
            .tag(AtlanClientObservationDocumentation.LowCardinalityKeyNames.OPERATION.asString(), retryable.getName())
            .tag("reason", reason)
            .register(this.registry)
            .increment();
    }

    /**
     * Returns the low-cardinality reason of a retry.
     * @param failure the failure that was retried
     * @return the HTTP status such as {@code 503}, {@value #CONNECTION}, or the failure's simple class name
     */
    static String reason(Throwable failure) {
        if (failure instanceof ApiConnectionException) {
            return CONNECTION;
        }
        if (failure instanceof AtlanException atlan && atlan.getStatus() > 0) {
            return String.valueOf(atlan.getStatus());
        }
        return failure.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return "AtlanRetryCounter[tenant=" + this.tenant + "]";
    }

}
