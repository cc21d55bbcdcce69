package dev.atlanspring.client.observation;

import dev.atlanspring.client.observation.AtlanClientObservationDocumentation.HighCardinalityKeyNames;
import dev.atlanspring.client.observation.AtlanClientObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The default names and tags of the {@code atlan.client.requests} observation: tenant, operation, outcome, status
 * and exception as low-cardinality keys (metric tags), the request id and the number of attempts as
 * high-cardinality ones (span tags). Extend it to add or change a key.
 */
public class DefaultAtlanClientObservationConvention implements AtlanClientObservationConvention {

    /** The observation's name, and so the timer's. */
    public static final String NAME = "atlan.client.requests";

    private static final String NONE = "none";

    private final String name;

    /**
     * Creates the convention with the name {@value #NAME}.
     */
    public DefaultAtlanClientObservationConvention() {
        this(NAME);
    }

    /**
     * Creates the convention with another name.
     * @param name the observation's name
     */
    public DefaultAtlanClientObservationConvention(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return this.name;
    }

    /** Names the span after the operation, such as {@code atlan assets.get}. */
    @Override
    public String getContextualName(AtlanClientObservationContext context) {
        return "atlan " + context.getOperation().name();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(AtlanClientObservationContext context) {
        return KeyValues.of(tenant(context), operation(context), outcome(context), status(context),
                exception(context));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(AtlanClientObservationContext context) {
        return KeyValues.of(requestId(context), attempts(context));
    }

    /**
     * The tenant's name.
     * @param context the call
     * @return the key value
     */
    protected KeyValue tenant(AtlanClientObservationContext context) {
        return LowCardinalityKeyNames.TENANT.withValue(context.getTenant());
    }

    /**
     * The operation's name.
     * @param context the call
     * @return the key value
     */
    protected KeyValue operation(AtlanClientObservationContext context) {
        return LowCardinalityKeyNames.OPERATION.withValue(context.getOperation().name());
    }

    /**
     * What came of the call.
     * @param context the call
     * @return the key value
     */
    protected KeyValue outcome(AtlanClientObservationContext context) {
        return LowCardinalityKeyNames.OUTCOME.withValue(outcomeOf(context));
    }

    private static String outcomeOf(AtlanClientObservationContext context) {
        if (context.isSucceeded()) {
            return "SUCCESS";
        }
        int status = context.getStatus();
        if (status >= 500 && status < 600) {
            return "SERVER_ERROR";
        }
        if (status >= 400) {
            return "CLIENT_ERROR";
        }
        if (status >= 300) {
            return "REDIRECTION";
        }
        return "UNKNOWN";
    }

    /**
     * The HTTP status of the last answer.
     * @param context the call
     * @return the key value
     */
    protected KeyValue status(AtlanClientObservationContext context) {
        int status = context.getStatus();
        return LowCardinalityKeyNames.STATUS
            .withValue((status != AtlanClientObservationContext.NO_STATUS) ? String.valueOf(status) : "NONE");
    }

    /**
     * The exception the call failed with.
     * @param context the call
     * @return the key value
     */
    protected KeyValue exception(AtlanClientObservationContext context) {
        Throwable error = context.getError();
        return LowCardinalityKeyNames.EXCEPTION.withValue((error != null) ? simpleName(error) : NONE);
    }

    private static String simpleName(Throwable error) {
        String name = error.getClass().getSimpleName();
        return name.isEmpty() ? error.getClass().getName() : name;
    }

    /**
     * The request id.
     * @param context the call
     * @return the key value
     */
    protected KeyValue requestId(AtlanClientObservationContext context) {
        return HighCardinalityKeyNames.REQUEST_ID.withValue(context.getRequestId());
    }

    /**
     * The number of attempts.
     * @param context the call
     * @return the key value
     */
    protected KeyValue attempts(AtlanClientObservationContext context) {
        return HighCardinalityKeyNames.ATTEMPTS.withValue(String.valueOf(context.getAttempts()));
    }

}
