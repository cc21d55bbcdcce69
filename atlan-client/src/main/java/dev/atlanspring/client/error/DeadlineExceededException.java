package dev.atlanspring.client.error;

import java.time.Duration;

/**
 * A call or one of its attempts ran past its deadline. The read timeout only notices a server that goes quiet; a
 * server or proxy that keeps sending a byte now and then is stopped by these deadlines instead.
 * {@link #getDeadline()} says which one fired: an {@link Deadline#ATTEMPT attempt} deadline is retried like a read
 * timeout (for idempotent calls, by the default policy); a {@link Deadline#CALL call} deadline ends the call for
 * good and is never retried.
 */
public class DeadlineExceededException extends ApiConnectionException {

    private final Deadline deadline;

    private final Duration limit;

    /**
     * Creates the exception.
     * @param problem a one-line description of what went wrong
     * @param deadline the deadline that fired
     * @param limit how long that deadline allowed
     * @param request where it happened
     * @param advice what the user should do about it
     */
    public DeadlineExceededException(String problem, Deadline deadline, Duration limit, RequestInfo request,
            String advice) {
        super(problem, 0, AtlanError.EMPTY, request, advice, true, null);
        this.deadline = deadline;
        this.limit = limit;
    }

    /**
     * Returns which deadline fired.
     * @return the deadline
     */
    public Deadline getDeadline() {
        return this.deadline;
    }

    /**
     * Returns how long the deadline that fired allowed.
     * @return the limit
     */
    public Duration getLimit() {
        return this.limit;
    }

    /**
     * The deadlines every call has.
     */
    public enum Deadline {

        /** One attempt's deadline ({@code atlan.attempt-timeout}): the attempt is given up, and may be retried. */
        ATTEMPT,

        /** The whole call's deadline ({@code atlan.call-timeout}): the call is given up, and never retried. */
        CALL

    }

}
