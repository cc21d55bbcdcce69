package dev.atlanspring.benchmark;

import java.util.concurrent.ThreadLocalRandom;

/**
 * What can go wrong with one request to the stub Atlan, and how often: each request draws one fault, or none.
 *
 * @param serverError share of requests answered 500, 502 or 503
 * @param rateLimit share answered 429, with {@code Retry-After: 0} (or {@code 1} for one in five)
 * @param reset share whose connection is reset (RST) before any answer
 * @param resetMidBody share whose connection is reset after the headers and half the body
 * @param delay share answered after 5 to 50 ms
 * @param stall share answered after {@link #STALL_MILLIS}, longer than the soak's read timeout
 */
record StubFaults(double serverError, double rateLimit, double reset, double resetMidBody, double delay,
        double stall) {

    /** How long a stalled answer waits. */
    static final long STALL_MILLIS = 2_500;

    /** No faults: the fast stub. */
    static final StubFaults NONE = new StubFaults(0, 0, 0, 0, 0, 0);

    /** The soak's mix: about one request in ten goes wrong. */
    static final StubFaults SOAK = new StubFaults(0.02, 0.01, 0.01, 0.005, 0.05, 0.0005);

    /** One kind of fault. */
    enum Kind {
        NONE, SERVER_ERROR, RATE_LIMIT, RESET, RESET_MID_BODY, DELAY, STALL
    }

    /**
     * Draws the fault for one request.
     * @return the fault, {@link Kind#NONE} most of the time
     */
    Kind draw() {
        if (this == NONE) {
            return Kind.NONE;
        }
        double r = ThreadLocalRandom.current().nextDouble();
        double limit = this.serverError;
        if (r < limit) {
            return Kind.SERVER_ERROR;
        }
        if (r < (limit += this.rateLimit)) {
            return Kind.RATE_LIMIT;
        }
        if (r < (limit += this.reset)) {
            return Kind.RESET;
        }
        if (r < (limit += this.resetMidBody)) {
            return Kind.RESET_MID_BODY;
        }
        if (r < (limit += this.delay)) {
            return Kind.DELAY;
        }
        return (r < limit + this.stall) ? Kind.STALL : Kind.NONE;
    }

}
