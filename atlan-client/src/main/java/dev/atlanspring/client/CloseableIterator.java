package dev.atlanspring.client;

import java.util.Iterator;

/**
 * An iterator over results that Atlan sends page by page: it asks for the next page only when the current one is
 * used up, and holds one page at a time. Close it (try-with-resources) when stopping early, so that no further
 * page is asked for and the current one is released.
 *
 * @param <T> the type of the results
 */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {

    /**
     * Stops the iteration: no further page is asked for, and {@link #hasNext()} answers {@code false}. Idempotent.
     */
    @Override
    void close();

}
