package dev.atlanspring.client.http;

import dev.atlanspring.client.error.AtlanException;
import reactor.core.publisher.Mono;

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
        T result = mono.block();
        if (result == null) {
            throw new IllegalStateException("The call completed without a result");
        }
        return result;
    }

}
