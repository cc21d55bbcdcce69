package dev.atlanspring.client.custommetadata;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

import dev.atlanspring.client.typedef.AttributeDef;
import dev.atlanspring.client.typedef.ReactiveTypeDefs;
import dev.atlanspring.client.typedef.TypeDef;
import dev.atlanspring.client.typedef.TypeDefCategory;
import dev.atlanspring.client.typedef.TypeDefSnapshots;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Translates the display names of custom metadata sets and attributes, which people use ({@code Data Quality},
 * {@code Last run}), to and from the hashed names Atlan stores them under, through a cache of one tenant's
 * {@code business_metadata} typedefs, like {@link dev.atlanspring.client.typedef.AtlanTagNames} does for tags:
 * read when first needed, again once older than its time-to-live, and again at once when a name is not in it.
 * Concurrent callers who need a read share one request. Archived attributes (option {@code isArchived}, renamed
 * {@code <name>-archived-<epoch>} by Atlan's UI) are left out, as the official SDKs' caches leave them out: they
 * can be neither written nor searched by name, and a typed read does not show their values. Thread-safe; each
 * client has its own.
 */
public final class CustomMetadataNames {

    private final ReactiveTypeDefs typeDefs;

    private final String tenant;

    private final TypeDefSnapshots<Snapshot> snapshots;

    /**
     * Creates the cache of a client; the client does this for you.
     * @param typeDefs the client's typedef operations
     * @param tenant the tenant's name, for messages
     * @param ttl how long a read stays fresh
     */
    public CustomMetadataNames(ReactiveTypeDefs typeDefs, String tenant, Duration ttl) {
        this(typeDefs, tenant, ttl, System::nanoTime);
    }

    CustomMetadataNames(ReactiveTypeDefs typeDefs, String tenant, Duration ttl, LongSupplier nanoClock) {
        this.typeDefs = Objects.requireNonNull(typeDefs, "typeDefs");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.snapshots = new TypeDefSnapshots<>(typeDefs, TypeDefCategory.BUSINESS_METADATA, Snapshot::of, ttl,
                nanoClock);
        typeDefs.onCreate(this::invalidate);
    }

    /**
     * Finds a set by display name (or by its internal name).
     * @param displayName the set's name as Atlan shows it
     * @return the set; a {@link CustomMetadataNotFoundException} listing the sets that exist when none matches
     */
    Mono<SetDef> set(String displayName) {
        return current(displayName, null).map((snapshot) -> {
            SetDef set = snapshot.find(displayName);
            if (set == null) {
                throw new CustomMetadataNotFoundException("custom metadata set", displayName,
                        snapshot.byDisplayName.keySet(), this.tenant);
            }
            return set;
        });
    }

    /**
     * Finds a set and one of its attributes by display name.
     * @param setName the set's display name
     * @param attributeName the attribute's display name
     * @return the set; an error listing the names that exist when either matches nothing
     */
    Mono<SetDef> set(String setName, String attributeName) {
        return current(setName, attributeName).map((snapshot) -> {
            SetDef set = snapshot.find(setName);
            if (set == null) {
                throw new CustomMetadataNotFoundException("custom metadata set", setName,
                        snapshot.byDisplayName.keySet(), this.tenant);
            }
            set.attribute(attributeName, this.tenant);
            return set;
        });
    }

    /**
     * Returns every set by internal name, reading the definitions again when one of these names is unknown.
     * @param internalNames the hashed set names an asset carries
     * @return the sets by internal name
     */
    Mono<Map<String, SetDef>> byInternalName(java.util.Collection<String> internalNames) {
        return this.snapshots.fresh().flatMap((fresh) -> {
            if (fresh.value().byInternalName.keySet().containsAll(internalNames) || fresh.justRead()) {
                return Mono.just(fresh.value().byInternalName);
            }
            return this.snapshots.read().map((read) -> read.byInternalName);
        });
    }

    /** Forgets the cached definitions. */
    public void invalidate() {
        this.snapshots.invalidate();
    }

    private Mono<Snapshot> current(String setName, @Nullable String attributeName) {
        return this.snapshots.fresh().flatMap((fresh) -> {
            SetDef set = fresh.value().find(setName);
            boolean known = set != null && (attributeName == null || set.find(attributeName) != null);
            return (known || fresh.justRead()) ? Mono.just(fresh.value()) : this.snapshots.read();
        });
    }

    @Override
    public String toString() {
        Snapshot current = this.snapshots.cached();
        return "CustomMetadataNames[tenant=" + this.tenant + ", cached="
                + ((current != null) ? current.byDisplayName.size() : 0) + "]";
    }

    /** One custom metadata set's names and attributes. */
    record SetDef(String name, String displayName, Map<String, AttributeDef> attributesByDisplayName,
            Map<String, AttributeDef> attributesByName) {

        @Nullable AttributeDef find(String displayName) {
            AttributeDef def = this.attributesByDisplayName.get(displayName);
            return (def != null) ? def : this.attributesByName.get(displayName);
        }

        AttributeDef attribute(String displayName, String tenant) {
            AttributeDef def = find(displayName);
            if (def == null) {
                throw new CustomMetadataNotFoundException("attribute of custom metadata set '" + this.displayName + "'",
                        displayName, this.attributesByDisplayName.keySet(), tenant);
            }
            return def;
        }

        static SetDef of(TypeDef def) {
            Map<String, AttributeDef> byDisplay = new LinkedHashMap<>();
            Map<String, AttributeDef> byName = new LinkedHashMap<>();
            List<AttributeDef> attributes = (def.attributeDefs() != null) ? def.attributeDefs() : List.of();
            for (AttributeDef attribute : attributes) {
                if (isArchived(attribute)) {
                    continue;
                }
                byDisplay.put((attribute.displayName() != null) ? attribute.displayName() : attribute.name(),
                        attribute);
                byName.put(attribute.name(), attribute);
            }
            return new SetDef(def.name(), def.nameToShow(), Collections.unmodifiableMap(byDisplay),
                    Collections.unmodifiableMap(byName));
        }

        /** Atlan's UI archives an attribute rather than deleting it; its options say so as the string "true". */
        private static boolean isArchived(AttributeDef attribute) {
            Map<String, Object> options = attribute.options();
            return options != null && "true".equalsIgnoreCase(String.valueOf(options.get("isArchived")));
        }

    }

    private record Snapshot(Map<String, SetDef> byDisplayName, Map<String, SetDef> byInternalName) {

        static Snapshot of(List<TypeDef> defs) {
            Map<String, SetDef> byDisplay = new LinkedHashMap<>();
            Map<String, SetDef> byName = new LinkedHashMap<>();
            for (TypeDef def : defs) {
                if (def.name() != null) {
                    SetDef set = SetDef.of(def);
                    byDisplay.put(set.displayName(), set);
                    byName.put(set.name(), set);
                }
            }
            return new Snapshot(byDisplay, byName);
        }

        @Nullable SetDef find(String name) {
            SetDef set = this.byDisplayName.get(name);
            return (set != null) ? set : this.byInternalName.get(name);
        }

    }

}
