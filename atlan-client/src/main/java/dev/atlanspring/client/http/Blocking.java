package dev.atlanspring.client.http;

import dev.atlanspring.client.error.AtlanException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * How the blocking face waits for the reactive core: the result, or the {@link AtlanException} itself (not a
 * wrapper), with the caller's stack added so the trace shows where the call was made.
 */
public final class Blocking {

    private Blocking() {
    }

    /**
     * Waits for a result.
     * @param <T> the result's type
     * @param mono the call
     * @return the result
     * @throws AtlanException when the call fails
     * @throws IllegalStateException when called on a non-blocking (event loop) thread
     */
    public static <T> T get(Mono<T> mono) {
        if (Schedulers.isInNonBlockingThread()) {
            // Blocking here would stall the event loop that must deliver the answer, so fail at once instead.
            throw new IllegalStateException("AtlanClient blocks until Atlan answers, which a non-blocking thread ("
                    + Thread.currentThread().getName() + ") must not do. Use the reactive face, atlanClient.reactive(),"
                    + " or call from a thread that may block.");
        }
        T result = mono.block();
        if (result == null) {
            throw new IllegalStateException("The call completed without a result");
        }
        return result;
    }

}
