package dev.atlanspring.client.observation;

import java.util.Objects;

import dev.atlanspring.client.http.Operation;
import io.micrometer.observation.Observation;

/**
 * What an {@link AtlanClientObservationConvention} sees of one logical call to Atlan: the tenant, the operation, the
 * request id, and, once the call ends, the HTTP status of its last attempt, how many attempts it took and its error
 * ({@link #getError()}). One context spans all the retries of the call.
 */
public final class AtlanClientObservationContext extends Observation.Context {

    /** The status while no HTTP answer has arrived, or when none ever did (a connection failure or a timeout). */
    public static final int NO_STATUS = 0;

    private final String tenant;

    private final Operation operation;

    private final String requestId;

    private volatile int status = NO_STATUS;

    private volatile int attempts;

    private volatile boolean succeeded;

    /**
     * Creates the context of one call; the client does this for you.
     * @param tenant the tenant's name
     * @param operation the operation called
     * @param requestId the {@code X-Atlan-Request-Id} every attempt of the call carries
     */
    public AtlanClientObservationContext(String tenant, Operation operation, String requestId) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.requestId = Objects.requireNonNull(requestId, "requestId");
    }

    /**
     * Returns the tenant the call goes to.
     * @return the tenant's name, such as {@code default}
     */
    public String getTenant() {
        return this.tenant;
    }

    /**
     * Returns the operation called.
     * @return the operation, whose {@link Operation#name() name} (such as {@code assets.get}) is low-cardinality
     */
    public Operation getOperation() {
        return this.operation;
    }

    /**
     * Returns the {@code X-Atlan-Request-Id} every attempt of the call carries.
     * @return the request id
     */
    public String getRequestId() {
        return this.requestId;
    }

    /**
     * Returns the HTTP status of the last answer.
     * @return the status, or {@link #NO_STATUS} when no answer arrived
     */
    public int getStatus() {
        return this.status;
    }

    /**
     * Records the HTTP status of an answer; the last one recorded is the call's.
     * @param status the status
     */
    public void setStatus(int status) {
        this.status = status;
    }

    /**
     * Returns how many attempts have been made so far.
     * @return the number of attempts, retries included
     */
    public int getAttempts() {
        return this.attempts;
    }

    /**
     * Records that an attempt starts.
     * @param attempts the attempt's number, 1 for the first
     */
    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    /**
     * Tells whether the call returned its result.
     * @return {@code true} once the call has succeeded
     */
    public boolean isSucceeded() {
        return this.succeeded;
    }

    /**
     * Records that the call returned its result.
     */
    public void succeeded() {
        this.succeeded = true;
    }

    @Override
    public String toString() {
        return "AtlanClientObservationContext[tenant=" + this.tenant + ", operation=" + this.operation.name()
                + ", requestId=" + this.requestId + ", status=" + this.status + ", attempts=" + this.attempts + "]";
    }

}
