package dev.atlanspring.client.typedef;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * One tenant's type definitions of one category, in a form built from them (such as a table of names), read when
 * first needed and kept for a time-to-live. Concurrent callers who need a read share one request. The client's
 * caches of Atlan tag names and custom metadata names are built on it; each client has its own. Thread-safe.
 *
 * @param <S> the form kept
 */
public final class TypeDefSnapshots<S> {

    private final ReactiveTypeDefs typeDefs;

    private final TypeDefCategory category;

    private final Function<List<TypeDef>, S> build;

    private final long ttlNanos;

    private final LongSupplier nanoClock;

    private volatile @Nullable Kept<S> kept;

    /** The read in flight, shared by everyone who needs it; guarded by {@code this}. */
    private @Nullable Mono<S> loading;

    /**
     * Creates the snapshots of one category; the client's name caches do this.
     * @param typeDefs the client's typedef operations, which read the definitions
     * @param category the category read
     * @param build makes the form kept from the definitions read
     * @param ttl how long a read stays fresh
     * @param nanoClock the clock the time-to-live is measured by, such as {@code System::nanoTime}
     */
    public TypeDefSnapshots(ReactiveTypeDefs typeDefs, TypeDefCategory category, Function<List<TypeDef>, S> build,
            Duration ttl, LongSupplier nanoClock) {
        this.typeDefs = Objects.requireNonNull(typeDefs, "typeDefs");
        this.category = Objects.requireNonNull(category, "category");
        this.build = Objects.requireNonNull(build, "build");
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /**
     * Returns the form kept while it is fresh, and reads the definitions otherwise.
     * @return the form, and whether it was read for this very call (reading again would then say nothing new)
     */
    public Mono<Fresh<S>> fresh() {
        return Mono.defer(() -> {
            S current = freshOrNull();
            if (current != null) {
                return Mono.just(new Fresh<>(current, false));
            }
            return read().map((read) -> new Fresh<>(read, true));
        });
    }

    /**
     * Returns the form kept while it is fresh, without reading.
     * @return the form, or {@code null} when none is kept or it is older than the time-to-live
     */
    public @Nullable S freshOrNull() {
        Kept<S> current = this.kept;
        return (current != null && this.nanoClock.getAsLong() - current.readAt < this.ttlNanos) ? current.value
                : null;
    }

    /**
     * Reads the definitions again, joining a read already in flight.
     * @return the form built from what was read
     */
    public synchronized Mono<S> read() {
        if (this.loading != null) {
            return this.loading;
        }
        @SuppressWarnings("unchecked")
        Mono<S>[] self = new Mono[1];
        self[0] = this.typeDefs.list(this.category)
            .map((defs) -> {
                S value = this.build.apply(defs);
                // Kept before the value reaches anyone, so that a caller who moves on at once never joins a spent read.
                this.kept = new Kept<>(value, this.nanoClock.getAsLong());
                finished(self[0]);
                return value;
            })
            .doOnError((failure) -> finished(self[0]))
            .doOnCancel(() -> finished(self[0]))
            .cache();
        this.loading = self[0];
        return self[0];
    }

    /** Forgets what is kept, so the next call reads again. */
    public void invalidate() {
        this.kept = null;
    }

    /**
     * Returns the form kept, fresh or not, without reading.
     * @return the form, or {@code null} before the first read and after {@link #invalidate()}
     */
    public @Nullable S cached() {
        Kept<S> current = this.kept;
        return (current != null) ? current.value : null;
    }

    private synchronized void finished(Mono<S> read) {
        if (this.loading == read) {
            this.loading = null;
        }
    }

    /**
     * The form kept, and whether it was read for the call that asks.
     * @param value the form
     * @param justRead {@code true} when it was read for this call
     * @param <S> the form kept
     */
    public record Fresh<S>(S value, boolean justRead) {
    }

    private record Kept<S>(S value, long readAt) {
    }

}
