package dev.atlanspring.client.custommetadata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.GetOptions;
import dev.atlanspring.client.asset.ReactiveAssets;
import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.http.AtlanRequest;
import dev.atlanspring.client.http.Operation;
import dev.atlanspring.client.typedef.AttributeDef;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * Reads and writes an asset's custom metadata by the names people see ({@code Data Quality}, {@code Last run}),
 * without blocking. Obtain it from {@link dev.atlanspring.client.ReactiveAtlanClient#customMetadata()}.
 * <p>
 * Atlan stores custom metadata ({@code businessAttributes}) under hashed set and attribute names; the client
 * translates them through a per-tenant cache of the typedefs ({@link CustomMetadataNames}), and a name that matches
 * nothing fails with a {@link CustomMetadataNotFoundException} that lists the names that exist, before any write.
 * Writes use Atlan's own endpoint, {@code POST /api/meta/entity/guid/{guid}/businessmetadata/{set}}
 * (atlas-metastore {@code EntityREST.addOrUpdateBusinessAttributes}), the way pyatlan's
 * {@code update_custom_metadata_attributes}, {@code replace_custom_metadata} and {@code remove_custom_metadata} do:
 * a {@code null} value removes an attribute. Atlan has no such endpoint by unique attribute, so the calls on an asset
 * named by type and qualified name read its minimal form first for its GUID (a
 * {@link dev.atlanspring.client.error.NotFoundException} when it does not exist), as the client's tag calls do.
 */
public final class ReactiveCustomMetadata {

    private static final String SET_TEMPLATE = "/api/meta/entity/guid/{guid}/businessmetadata/{setName}";

    /** Adds or updates some attributes of one set: repeating it leaves the same state. */
    public static final Operation UPDATE = new Operation("customMetadata.update", HttpMethod.POST, SET_TEMPLATE, true);

    /** Replaces one set's attributes, clearing those not given: repeating it leaves the same state. */
    public static final Operation REPLACE = new Operation("customMetadata.replace", HttpMethod.POST, SET_TEMPLATE,
            true);

    /** Removes one set from an asset: repeating it leaves the same state. */
    public static final Operation REMOVE = new Operation("customMetadata.remove", HttpMethod.POST, SET_TEMPLATE, true);

    private final AtlanHttp http;

    private final ReactiveAssets assets;

    private final CustomMetadataNames names;

    /**
     * Creates the operations; the client does this for you.
     * @param http the tenant's transport
     * @param assets the client's asset operations, which read assets
     * @param names the client's cache of custom metadata names
     */
    public ReactiveCustomMetadata(AtlanHttp http, ReactiveAssets assets, CustomMetadataNames names) {
        this.http = Objects.requireNonNull(http, "http");
        this.assets = Objects.requireNonNull(assets, "assets");
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * Reads an asset's custom metadata, every set and attribute under its display name and each value typed: dates
     * as {@link java.time.Instant}, {@code int} and {@code long} as {@link Long}, {@code float} and {@code double}
     * as {@link Double}, booleans as {@link Boolean}, enums as their value's {@link String}, multi-valued attributes
     * as {@link java.util.List}s.
     * @param guid the asset's GUID
     * @return set display name to (attribute display name to value); empty when it has none; a
     * {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<Map<String, Map<String, @Nullable Object>>> get(String guid) {
        return byGuid(guid).flatMap(this::of);
    }

    /**
     * Reads one set of an asset's custom metadata.
     * @param guid the asset's GUID
     * @param setName the set's display name, such as {@code Data Quality}
     * @return attribute display name to value; empty when the asset has none of the set
     */
    public Mono<Map<String, @Nullable Object>> get(String guid, String setName) {
        return oneSet(byGuid(guid), setName);
    }

    /**
     * Reads the custom metadata of an asset named by its type and qualified name.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return set display name to (attribute display name to value); a
     * {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     * @see #get(String)
     */
    public Mono<Map<String, Map<String, @Nullable Object>>> getByQualifiedName(String typeName, String qualifiedName) {
        return byQualifiedName(typeName, qualifiedName).flatMap(this::of);
    }

    /**
     * Reads one set of the custom metadata of an asset named by its type and qualified name.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param setName the set's display name, such as {@code Data Quality}
     * @return attribute display name to value; empty when the asset has none of the set
     */
    public Mono<Map<String, @Nullable Object>> getByQualifiedName(String typeName, String qualifiedName,
            String setName) {
        return oneSet(byQualifiedName(typeName, qualifiedName), setName);
    }

    /**
     * Translates the custom metadata an asset was read with to display names and typed values, without reading the
     * asset again: the {@code businessAttributes} that reads by GUID or qualified name carry, and the
     * {@code <set>.<attribute>} attributes of a search result that asked for {@link #searchAttributes(String)}.
     * @param asset an asset as read from Atlan
     * @return set display name to (attribute display name to value); empty when it has none
     */
    public Mono<Map<String, Map<String, @Nullable Object>>> of(Asset asset) {
        Objects.requireNonNull(asset, "asset");
        Map<String, Map<String, @Nullable Object>> sets = raw(asset);
        if (sets.isEmpty()) {
            return Mono.just(Map.of());
        }
        return this.names.byInternalName(sets.keySet()).map((defs) -> typed(sets, defs));
    }

    /**
     * Translates one set of the custom metadata an asset was read with.
     * @param asset an asset as read from Atlan
     * @param setName the set's display name, such as {@code Data Quality}
     * @return attribute display name to value; empty when the asset has none of the set; a
     * {@link CustomMetadataNotFoundException} listing the sets that exist when none has the name
     */
    public Mono<Map<String, @Nullable Object>> of(Asset asset, String setName) {
        Objects.requireNonNull(asset, "asset");
        return oneSet(Mono.just(asset), setName);
    }

    /** The set's name is looked up first, so that an unknown one fails before the asset is read. */
    private Mono<Map<String, @Nullable Object>> oneSet(Mono<Asset> asset, String setName) {
        requireText(setName, "setName");
        return this.names.set(setName).flatMap((set) -> asset.flatMap(this::of)
            .map((all) -> all.getOrDefault(set.displayName(), Map.of())));
    }

    /**
     * Adds or updates some attributes of one set on an asset, keeping its other attributes and sets; a
     * {@code null} value removes that attribute.
     * @param guid the asset's GUID
     * @param setName the set's display name, such as {@code Data Quality}
     * @param values attribute display name to value ({@link java.time.Instant} for dates, lists for multi-valued)
     * @return completes when Atlan has written it; a {@link dev.atlanspring.client.error.NotFoundException} when
     * there is no such asset
     */
    public Mono<Void> update(String guid, String setName, Map<String, ?> values) {
        return write(UPDATE, guidOf(guid), setName, requireValues(values), false);
    }

    /**
     * Adds or updates some attributes of one set on an asset named by its type and qualified name. Atlan's custom
     * metadata endpoint takes only a GUID, so the asset is read first (its minimal form; a
     * {@link dev.atlanspring.client.error.NotFoundException} when it does not exist, before any write).
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param setName the set's display name
     * @param values attribute display name to value; a {@code null} value removes that attribute
     * @return completes when Atlan has written it
     */
    public Mono<Void> updateByQualifiedName(String typeName, String qualifiedName, String setName,
            Map<String, ?> values) {
        return write(UPDATE, guidOf(typeName, qualifiedName), setName, requireValues(values), false);
    }

    /**
     * Replaces one set on an asset by these values: the set's attributes not given are removed.
     * @param guid the asset's GUID
     * @param setName the set's display name
     * @param values attribute display name to value
     * @return completes when Atlan has written it
     */
    public Mono<Void> replace(String guid, String setName, Map<String, ?> values) {
        return write(REPLACE, guidOf(guid), setName, Objects.requireNonNull(values, "values"), true);
    }

    /**
     * Replaces one set on an asset named by its type and qualified name (read first for its GUID).
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param setName the set's display name
     * @param values attribute display name to value
     * @return completes when Atlan has written it
     */
    public Mono<Void> replaceByQualifiedName(String typeName, String qualifiedName, String setName,
            Map<String, ?> values) {
        return write(REPLACE, guidOf(typeName, qualifiedName), setName, Objects.requireNonNull(values, "values"),
                true);
    }

    /**
     * Removes one set, every attribute of it, from an asset.
     * @param guid the asset's GUID
     * @param setName the set's display name
     * @return completes when Atlan has written it
     */
    public Mono<Void> remove(String guid, String setName) {
        return write(REMOVE, guidOf(guid), setName, Map.of(), true);
    }

    /**
     * Removes one set from an asset named by its type and qualified name (read first for its GUID).
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param setName the set's display name
     * @return completes when Atlan has written it
     */
    public Mono<Void> removeByQualifiedName(String typeName, String qualifiedName, String setName) {
        return write(REMOVE, guidOf(typeName, qualifiedName), setName, Map.of(), true);
    }

    /**
     * Returns the search index field of a custom metadata attribute, for {@link dev.atlanspring.client.search.Query}s
     * such as {@code Query.term(field, true)}. Atlan indexes a custom metadata attribute under its hashed attribute
     * name alone (atlas-metastore {@code AtlasStructType.AtlasAttribute}: its qualified name is the attribute def's
     * name), which is what the official SDKs' {@code CustomMetadataField} queries.
     * @param setName the set's display name
     * @param attributeName the attribute's display name
     * @return the field's name in Atlan's search index
     */
    public Mono<String> searchField(String setName, String attributeName) {
        requireText(setName, "setName");
        requireText(attributeName, "attributeName");
        return this.names.set(setName, attributeName).map((set) -> set.find(attributeName).name());
    }

    /**
     * Returns the names under which search results carry a set's attributes, {@code <set hash>.<attribute hash>},
     * for {@link dev.atlanspring.client.search.Search#attributes(java.util.Collection)}; translate the results with
     * {@link #of(Asset)}. These are the names atlan-java's {@code CustomMetadataCache.getAttributesForSearchResults}
     * gives, which atlas-metastore resolves with {@code AtlasEntityType.getBusinesAAttribute}.
     * @param setName the set's display name
     * @return one name per attribute of the set that is not archived
     */
    public Mono<List<String>> searchAttributes(String setName) {
        requireText(setName, "setName");
        return this.names.set(setName).map((set) -> set.attributesByName()
            .keySet()
            .stream()
            .map((attribute) -> set.name() + "." + attribute)
            .toList());
    }

    private Mono<Asset> byGuid(String guid) {
        requireText(guid, "guid");
        return Mono.defer(() -> this.assets.get(guid, GetOptions.MINIMAL));
    }

    private Mono<Asset> byQualifiedName(String typeName, String qualifiedName) {
        requireText(typeName, "typeName");
        requireText(qualifiedName, "qualifiedName");
        return Mono.defer(() -> this.assets.getByQualifiedName(typeName, qualifiedName, GetOptions.MINIMAL));
    }

    private static Mono<String> guidOf(String guid) {
        return Mono.just(requireText(guid, "guid"));
    }

    /** Atlan's endpoint is by GUID only: read the asset's minimal form for it, as {@code TagChanges} does. */
    private Mono<String> guidOf(String typeName, String qualifiedName) {
        return byQualifiedName(typeName, qualifiedName).map(Asset::guid);
    }

    /**
     * The one write path. The names are translated first, so that an unknown name fails before the asset is read
     * or anything is written.
     */
    private Mono<Void> write(Operation operation, Mono<String> target, String setName, Map<String, ?> values,
            boolean clearOthers) {
        requireText(setName, "setName");
        return Mono.defer(() -> this.names.set(setName).flatMap((set) -> {
            Map<String, @Nullable Object> body = new LinkedHashMap<>();
            if (clearOthers) {
                // As pyatlan's clear_unset and clear_all: an attribute sent as null is removed.
                set.attributesByName().keySet().forEach((name) -> body.put(name, null));
            }
            String tenant = this.http.settings().tenant();
            values.forEach((name, value) -> body.put(set.attribute(name, tenant).name(),
                    CustomMetadataValues.write(value)));
            return target.flatMap((guid) -> {
                AtlanRequest request = AtlanRequest.to(operation)
                    .uriVariable("guid", guid)
                    .uriVariable("setName", set.name())
                    .body(body)
                    .build();
                return this.http.exchange(request, Map.class);
            });
        })).then();
    }

    /** Hashed set to hashed attribute to value, from both places an asset may carry custom metadata. */
    private static Map<String, Map<String, @Nullable Object>> raw(Asset asset) {
        Map<String, Map<String, @Nullable Object>> sets = new LinkedHashMap<>();
        if (asset.otherFields().get("businessAttributes") instanceof Map<?, ?> business) {
            business.forEach((set, values) -> {
                if (values instanceof Map<?, ?> map) {
                    Map<String, @Nullable Object> copy = sets.computeIfAbsent(String.valueOf(set),
                            (name) -> new LinkedHashMap<>());
                    map.forEach((attribute, value) -> copy.put(String.valueOf(attribute), value));
                }
            });
        }
        asset.attributes().forEach((name, value) -> {
            int dot = name.indexOf('.');
            if (dot > 0 && dot < name.length() - 1) {
                sets.computeIfAbsent(name.substring(0, dot), (set) -> new LinkedHashMap<>())
                    .putIfAbsent(name.substring(dot + 1), value);
            }
        });
        return sets;
    }

    private static Map<String, Map<String, @Nullable Object>> typed(Map<String, Map<String, @Nullable Object>> sets,
            Map<String, CustomMetadataNames.SetDef> defs) {
        Map<String, Map<String, @Nullable Object>> result = new LinkedHashMap<>();
        sets.forEach((setName, values) -> {
            CustomMetadataNames.SetDef set = defs.get(setName);
            if (set == null) {
                return;
            }
            Map<String, @Nullable Object> typed = new LinkedHashMap<>();
            values.forEach((name, value) -> {
                AttributeDef def = set.attributesByName().get(name);
                if (def != null) {
                    typed.put((def.displayName() != null) ? def.displayName() : def.name(),
                            CustomMetadataValues.read(def, value));
                }
            });
            if (!typed.isEmpty()) {
                result.put(set.displayName(), Collections.unmodifiableMap(typed));
            }
        });
        return Collections.unmodifiableMap(result);
    }

    private static Map<String, ?> requireValues(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No custom metadata values given; pass the attributes to set, by"
                    + " display name, or call remove to remove the set.");
        }
        return values;
    }

    private static String requireText(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + name + " is " + ((value == null) ? "null" : "blank")
                    + "; pass it.");
        }
        return value;
    }

}
