package dev.atlanspring.client.http;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.atlanspring.client.CloseableIterator;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;

/**
 * Reads a paged answer lazily, in constant memory: a page is asked for only when every item before it was
 * consumed and another item is wanted, and only one page is held at a time. The same paging serves the reactive
 * face (a {@link Flux} that fetches on demand) and the blocking one (an iterator that fetches on
 * {@link Iterator#hasNext()}).
 * <p>
 * The caller describes the paging with two functions: the first page, and from a page the next one, or
 * {@code null} when that page was the last. The next-page function is called as soon as a page is used up, and
 * should capture only what it needs to ask for the next page (a cursor), not the page itself, so that the used
 * page can be released while the next one is on its way.
 */
public final class LazyPages {

    private LazyPages() {
    }

    /**
     * A cold {@link Flux} of every item of every page. Each subscription reads the pages again from the first. No
     * page is asked for before an item is requested, and the next page is asked for only when the current one is
     * used up and more items are requested; cancelling stops the page in flight.
     * @param <P> the type of a page
     * @param <T> the type of an item
     * @param first asks for the first page
     * @param next asks for the page after the given one, or returns {@code null} when there is none
     * @param items the items of a page
     * @return the items
     */
    public static <P, T> Flux<T> flux(Supplier<Mono<P>> first, Function<P, @Nullable Mono<P>> next,
            Function<P, List<T>> items) {
        return Flux.create((sink) -> new Emitter<>(sink, first, next, items).start());
    }

    /**
     * A blocking iterator over every item of every page, asking for a page when {@link Iterator#hasNext()} needs
     * it. Do not use it on a non-blocking thread.
     * @param <P> the type of a page
     * @param <T> the type of an item
     * @param first asks for the first page
     * @param next asks for the page after the given one, or returns {@code null} when there is none
     * @param items the items of a page
     * @return the iterator; close it when stopping early
     */
    public static <P, T> CloseableIterator<T> iterator(Supplier<Mono<P>> first, Function<P, @Nullable Mono<P>> next,
            Function<P, List<T>> items) {
        return new PageIterator<>(first, next, items);
    }

    /** Emits the items of one page at a time, within the demand, from one serialized drain loop. */
    private static final class Emitter<P, T> {

        private final FluxSink<T> sink;

        private final Supplier<Mono<P>> first;

        private final Function<P, @Nullable Mono<P>> next;

        private final Function<P, List<T>> items;

        private final AtomicInteger wip = new AtomicInteger();

        private final AtomicLong requested = new AtomicLong();

        private volatile @Nullable P arrived;

        private volatile @Nullable Throwable failure;

        private volatile boolean fetching;

        private volatile boolean exhausted;

        private volatile @Nullable Disposable inFlight;

        /** Only touched inside the drain loop. */
        private @Nullable P page;

        private @Nullable List<T> current;

        private int index;

        private boolean started;

        Emitter(FluxSink<T> sink, Supplier<Mono<P>> first, Function<P, @Nullable Mono<P>> next,
                Function<P, List<T>> items) {
            this.sink = sink;
            this.first = first;
            this.next = next;
            this.items = items;
        }

        void start() {
            this.sink.onDispose(() -> {
                Disposable pending = this.inFlight;
                if (pending != null) {
                    pending.dispose();
                }
            });
            this.sink.onRequest((n) -> {
                this.requested.getAndUpdate((current) -> Operators.addCap(current, n));
                drain();
            });
        }

        private void drain() {
            if (this.wip.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            do {
                if (this.sink.isCancelled()) {
                    this.page = null;
                    this.current = null;
                    return;
                }
                Throwable error = this.failure;
                if (error != null) {
                    this.sink.error(error);
                    return;
                }
                P landed = this.arrived;
                if (landed != null) {
                    this.arrived = null;
                    this.page = landed;
                    this.current = this.items.apply(landed);
                    this.index = 0;
                }
                List<T> list = this.current;
                while (list != null && this.index < list.size() && this.requested.get() > 0) {
                    T item = list.get(this.index);
                    this.index++;
                    this.requested.decrementAndGet();
                    this.sink.next(item);
                }
                boolean usedUp = list == null || this.index >= list.size();
                if (usedUp && !this.fetching) {
                    if (this.exhausted) {
                        this.sink.complete();
                        return;
                    }
                    if (this.requested.get() > 0 && requestPage()) {
                        return;
                    }
                }
                missed = this.wip.addAndGet(-missed);
            }
            while (missed != 0);
        }

        /**
         * Asks for the next page; returns {@code true} when the stream completed instead. The previous page is
         * released before the answer arrives.
         */
        private boolean requestPage() {
            Mono<P> mono;
            try {
                mono = this.started ? nextOf(this.page) : this.first.get();
            }
            catch (RuntimeException ex) {
                this.sink.error(ex);
                return true;
            }
            this.started = true;
            this.page = null;
            this.current = null;
            if (mono == null) {
                this.sink.complete();
                return true;
            }
            this.fetching = true;
            AtomicBoolean answered = new AtomicBoolean();
            this.inFlight = mono.subscribe((result) -> {
                answered.set(true);
                this.arrived = result;
            }, (error) -> {
                this.failure = error;
                this.fetching = false;
                drain();
            }, () -> {
                if (!answered.get()) {
                    this.exhausted = true;
                }
                this.fetching = false;
                drain();
            });
            return false;
        }

        private @Nullable Mono<P> nextOf(@Nullable P previous) {
            return (previous != null) ? this.next.apply(previous) : null;
        }

    }

    /** The blocking counterpart of {@link Emitter}. */
    private static final class PageIterator<P, T> implements CloseableIterator<T> {

        private final Supplier<Mono<P>> first;

        private final Function<P, @Nullable Mono<P>> next;

        private final Function<P, List<T>> items;

        private @Nullable P page;

        private @Nullable List<T> current;

        private int index;

        private boolean started;

        private boolean done;

        PageIterator(Supplier<Mono<P>> first, Function<P, @Nullable Mono<P>> next, Function<P, List<T>> items) {
            this.first = first;
            this.next = next;
            this.items = items;
        }

        @Override
        public synchronized boolean hasNext() {
            while (!this.done && (this.current == null || this.index >= this.current.size())) {
                Mono<P> mono = this.started ? ((this.page != null) ? this.next.apply(this.page) : null)
                        : this.first.get();
                this.started = true;
                this.page = null;
                this.current = null;
                if (mono == null) {
                    this.done = true;
                    break;
                }
                P fetched = Blocking.get(mono);
                this.page = fetched;
                this.current = this.items.apply(fetched);
                this.index = 0;
            }
            return !this.done;
        }

        @Override
        public synchronized T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more results; check hasNext() before next().");
            }
            return this.current.get(this.index++);
        }

        @Override
        public synchronized void close() {
            this.done = true;
            this.page = null;
            this.current = null;
        }

    }

}
