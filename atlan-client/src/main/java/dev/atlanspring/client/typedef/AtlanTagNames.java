package dev.atlanspring.client.typedef;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;

import dev.atlanspring.client.error.AtlanTagNotFoundException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Translates between the display names of Atlan tags, which people use, and the hashed internal names Atlan
 * stores them under, through a cache of one tenant's tag definitions. Each client has its own, so tenants never
 * share names.
 * <p>
 * The cache is read when first needed, again once it is older than its time-to-live, and again at once when a
 * name is not in it, so a tag created after the cache was filled is found. Concurrent readers share one read.
 * Thread-safe.
 */
public final class AtlanTagNames {

    private final ReactiveTypeDefs typeDefs;

    private final TypeDefSnapshots<Snapshot> snapshots;

    /**
     * Creates the cache of a client; the client does this for you.
     * @param typeDefs the client's typedef operations, which read the tags
     * @param ttl how long a read stays fresh
     */
    public AtlanTagNames(ReactiveTypeDefs typeDefs, Duration ttl) {
        this(typeDefs, ttl, System::nanoTime);
    }

    AtlanTagNames(ReactiveTypeDefs typeDefs, Duration ttl, LongSupplier nanoClock) {
        this.typeDefs = Objects.requireNonNull(typeDefs, "typeDefs");
        this.snapshots = new TypeDefSnapshots<>(typeDefs, TypeDefCategory.CLASSIFICATION, Snapshot::of, ttl,
                nanoClock);
    }

    /**
     * Translates display names to internal names. A name that already is an internal name is kept.
     * @param displayNames the names people use, such as {@code PII}
     * @return each given name with its internal name; an {@link AtlanTagNotFoundException} when a name matches
     * no tag even after reading the tags again
     */
    public Mono<Map<String, String>> internalNames(Collection<String> displayNames) {
        Set<String> names = new LinkedHashSet<>(displayNames);
        if (names.isEmpty()) {
            return Mono.just(Map.of());
        }
        return this.snapshots.fresh().flatMap((fresh) -> {
            if (fresh.value().knowsAll(names) || fresh.justRead()) {
                return Mono.just(fresh.value());
            }
            return this.snapshots.read();
        }).map((current) -> {
            Map<String, String> translated = new HashMap<>();
            for (String name : names) {
                String internal = current.internalName(name);
                if (internal == null) {
                    throw new AtlanTagNotFoundException(name, this.typeDefs.tenant());
                }
                translated.put(name, internal);
            }
            return translated;
        });
    }

    /**
     * Translates one display name to its internal name.
     * @param displayName the name people use, such as {@code PII}
     * @return the internal name; an {@link AtlanTagNotFoundException} when it matches no tag
     */
    public Mono<String> internalName(String displayName) {
        return internalNames(List.of(displayName)).map((names) -> names.get(displayName));
    }

    /**
     * Translates internal names to display names. A name that matches no tag even after reading the tags again
     * (one deleted meanwhile) is kept as it is, so that reading an asset never fails over its tags.
     * @param internalNames the hashed names Atlan sent
     * @return each given name with the name to show
     */
    public Mono<Map<String, String>> displayNames(Collection<String> internalNames) {
        Set<String> names = new LinkedHashSet<>(internalNames);
        if (names.isEmpty()) {
            return Mono.just(Map.of());
        }
        return this.snapshots.fresh().flatMap((fresh) -> {
            if (fresh.value().knowsAllInternal(names) || fresh.justRead()) {
                return Mono.just(fresh.value());
            }
            return this.snapshots.read();
        }).map((current) -> {
            Map<String, String> translated = new HashMap<>();
            for (String name : names) {
                String display = current.displayName(name);
                translated.put(name, (display != null) ? display : name);
            }
            return translated;
        });
    }

    /**
     * Returns the display names of the tags as cached, while the cache is fresh, without reading anything: the
     * translation nearly every read of a tagged asset needs, made at once. A name the function does not know
     * (answered {@code null}) may be a tag created since the cache was read; ask {@link #displayNames} then.
     * @return the display name of each internal name the cache knows, or {@code null} when nothing fresh is cached
     */
    public @Nullable Function<String, @Nullable String> cachedDisplayNames() {
        Snapshot fresh = this.snapshots.freshOrNull();
        return (fresh != null) ? fresh::displayName : null;
    }

    /**
     * Forgets the cached names, so the next translation reads them again; the client calls it after creating a
     * tag.
     */
    public void invalidate() {
        this.snapshots.invalidate();
    }

    @Override
    public String toString() {
        Snapshot current = this.snapshots.cached();
        return "AtlanTagNames[tenant=" + this.typeDefs.tenant() + ", cached="
                + ((current != null) ? current.byDisplayName.size() : 0) + "]";
    }

    /** The names of every tag at one moment. */
    private record Snapshot(Map<String, String> byDisplayName, Map<String, String> byInternalName) {

        static Snapshot of(List<TypeDef> defs) {
            Map<String, String> byDisplayName = new HashMap<>();
            Map<String, String> byInternalName = new HashMap<>();
            for (TypeDef def : defs) {
                if (def.name() != null) {
                    String display = (def.nameToShow() != null) ? def.nameToShow() : def.name();
                    byDisplayName.put(display, def.name());
                    byInternalName.put(def.name(), display);
                }
            }
            return new Snapshot(Map.copyOf(byDisplayName), Map.copyOf(byInternalName));
        }

        @Nullable String internalName(String name) {
            String internal = this.byDisplayName.get(name);
            if (internal != null) {
                return internal;
            }
            return this.byInternalName.containsKey(name) ? name : null;
        }

        @Nullable String displayName(String internalName) {
            return this.byInternalName.get(internalName);
        }

        boolean knowsAll(Set<String> names) {
            return names.stream().allMatch((name) -> internalName(name) != null);
        }

        boolean knowsAllInternal(Set<String> names) {
            return this.byInternalName.keySet().containsAll(names);
        }

    }

}
