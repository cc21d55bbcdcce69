package dev.atlanspring.client.asset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.http.AtlanRequest;
import dev.atlanspring.client.http.Operation;
import dev.atlanspring.client.search.ReactiveSearchResult;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.client.typedef.AtlanTagNames;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads, searches, saves, updates, deletes and restores assets, without blocking. Obtain it from
 * {@link dev.atlanspring.client.ReactiveAtlanClient#assets()}. Every method validates its arguments at once and
 * does nothing until the returned {@link Mono} is subscribed to; errors are {@link dev.atlanspring.client.error.AtlanException}s.
 * Atlan tags appear under their display names, such as {@code PII}, in what is read and what is saved: the
 * client translates them to and from the hashed names Atlan stores.
 */
public final class ReactiveAssets {

    /** Reads one asset by GUID. */
    public static final Operation GET = new Operation("assets.get", HttpMethod.GET,
            "/api/meta/entity/guid/{guid}", true);

    /** Reads one asset by type and qualified name. */
    public static final Operation GET_BY_QUALIFIED_NAME = new Operation("assets.getByQualifiedName", HttpMethod.GET,
            "/api/meta/entity/uniqueAttribute/type/{typeName}", true);

    /** Upserts assets by type and qualified name: repeating it leaves the same state. */
    public static final Operation SAVE = new Operation("assets.save", HttpMethod.POST, "/api/meta/entity/bulk", true);

    /** Updates some attributes of one asset, found by type and qualified name: repeating it leaves the same state. */
    public static final Operation UPDATE_ATTRIBUTES = new Operation("assets.updateAttributes", HttpMethod.PUT,
            "/api/meta/entity/uniqueAttribute/type/{typeName}", true);

    /** Deletes assets by GUID: repeating it leaves the same state. */
    public static final Operation DELETE = new Operation("assets.delete", HttpMethod.DELETE, "/api/meta/entity/bulk",
            true);

    /**
     * The most GUIDs one delete request carries: 50 GUIDs make a request line of about 2 KB, well within the 4 KB
     * that servers such as Netty accept by default (a longer one is refused with 414).
     */
    public static final int DELETE_BATCH_SIZE = 50;

    private static final MutationResult NOTHING = new MutationResult(null, null, null, null, null);

    private final AtlanHttp http;

    private final AtlanTagNames tagNames;

    private final AtlanTagTranslator tags;

    private final int searchPageSize;

    private final TagChanges tagChanges;

    /**
     * Creates the asset operations over a tenant's transport; the client does this for you.
     * @param http the tenant's transport
     * @param tagNames the client's cache of Atlan tag names
     * @param searchPageSize the page size of searches that set none
     */
    public ReactiveAssets(AtlanHttp http, AtlanTagNames tagNames, int searchPageSize) {
        this.http = Objects.requireNonNull(http, "http");
        this.tagNames = Objects.requireNonNull(tagNames, "tagNames");
        this.tags = new AtlanTagTranslator(tagNames);
        this.searchPageSize = searchPageSize;
        this.tagChanges = new TagChanges(http, this.tags);
    }

    /**
     * Reads an asset by GUID, without its relationships ({@link GetOptions#DEFAULT}, as the official SDKs read):
     * a table with hundreds of columns would otherwise come back with every one of them.
     * @param guid the asset's GUID
     * @return the asset; a {@link NotFoundException} when there is none
     */
    public Mono<Asset> get(String guid) {
        return get(guid, GetOptions.DEFAULT);
    }

    /**
     * Reads an asset by GUID, leaving out what the options say.
     * @param guid the asset's GUID
     * @param options what to leave out
     * @return the asset; a {@link NotFoundException} when there is none
     */
    public Mono<Asset> get(String guid, GetOptions options) {
        requireText(guid, "guid", "the asset's GUID");
        AtlanRequest.Builder request = AtlanRequest.to(GET).uriVariable("guid", guid);
        return entity(request, options);
    }

    /**
     * Reads an asset by type and qualified name, without its relationships ({@link GetOptions#DEFAULT}). Atlan
     * finds a soft-deleted asset too; check its status.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return the asset; a {@link NotFoundException} when there is none
     */
    public Mono<Asset> getByQualifiedName(String typeName, String qualifiedName) {
        return getByQualifiedName(typeName, qualifiedName, GetOptions.DEFAULT);
    }

    /**
     * Reads an asset by type and qualified name, leaving out what the options say.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param options what to leave out
     * @return the asset; a {@link NotFoundException} when there is none
     */
    public Mono<Asset> getByQualifiedName(String typeName, String qualifiedName, GetOptions options) {
        requireText(typeName, "typeName", "the asset's type, such as 'Table'");
        requireText(qualifiedName, "qualifiedName", "the asset's qualified name");
        AtlanRequest.Builder request = AtlanRequest.to(GET_BY_QUALIFIED_NAME)
            .uriVariable("typeName", typeName)
            .query("attr:qualifiedName", qualifiedName);
        return entity(request, options);
    }

    private Mono<Asset> entity(AtlanRequest.Builder request, GetOptions options) {
        Objects.requireNonNull(options, "options");
        // Both always sent, so that what is asked does not hang on the server's defaults.
        request.query("ignoreRelationships", options.ignoreRelationships())
            .query("minExtInfo", options.minimalExtInfo());
        return this.http.exchange(request.build(), AssetJson.EntityResponse.class, AssetJson.EntityResponse::entity)
            .flatMap(this.tags::toDisplayNames);
    }

    /**
     * Searches assets. Nothing is asked of Atlan until the result is used; see {@link ReactiveSearchResult}.
     * @param search what to search for; copied, so changing it afterwards changes nothing
     * @return the results, paged lazily
     */
    public ReactiveSearchResult search(Search search) {
        return new ReactiveSearchResult(this.http, this.tagNames, search, this.searchPageSize);
    }

    /**
     * Creates or updates assets in one request, matching existing ones by type and qualified name; existing
     * assets' tags and custom metadata are left as they are ({@link SaveOptions#DEFAULT}).
     * @param assets the assets, each with a type name and a qualified name
     * @return what changed
     * @see #save(List, SaveOptions)
     */
    public Mono<MutationResult> save(List<Asset> assets) {
        return save(assets, SaveOptions.DEFAULT);
    }

    /**
     * Creates or updates assets in one request, matching existing ones by type and qualified name. An asset
     * without a GUID is sent with the placeholder {@code -1}, {@code -2}, ... by its position in the list; the
     * result maps each placeholder to the GUID Atlan assigned. Tags are given by display name, and sent with all
     * four propagation flags (see {@link AtlanTag#of(String)}); how an existing asset's tags change is the
     * options' {@link TagHandling}.
     * @param assets the assets, each with a type name and a qualified name
     * @param options what to do with the tags and custom metadata of assets that already exist
     * @return what changed; an {@link dev.atlanspring.client.error.AtlanTagNotFoundException} before anything is
     * sent when a tag name matches no tag
     */
    public Mono<MutationResult> save(List<Asset> assets, SaveOptions options) {
        return save(assets, options, SAVE);
    }

    /**
     * Creates assets that get a new identity each time, such as glossaries, terms and categories, whose qualified
     * names Atlan generates: the same request as {@link #save(List)}, under an operation that says it is not
     * idempotent, so that it is not repeated once it may have reached Atlan (a repeat would create the assets again,
     * or fail as a duplicate).
     * @param assets the new assets, each with a type name and a qualified name
     * @param operation the operation to run it as, named for metrics and logs; not idempotent
     * @return what changed
     */
    public Mono<MutationResult> create(List<Asset> assets, Operation operation) {
        Objects.requireNonNull(operation, "operation");
        if (operation.idempotent()) {
            throw new IllegalArgumentException("The operation " + operation.name() + " is idempotent; creating new"
                    + " assets is not, so pass an operation with idempotent=false, or call save.");
        }
        return save(assets, SaveOptions.DEFAULT, operation);
    }

    private Mono<MutationResult> save(List<Asset> assets, SaveOptions options, Operation operation) {
        Objects.requireNonNull(options, "options");
        List<Asset> entities = validated(assets);
        return this.tags.toInternalNames(entities).flatMap((translated) -> {
            AtlanRequest.Builder request = AtlanRequest.to(operation)
                .body(new AssetJson.BulkRequest(TagWire.forSave(translated, options)));
            options.addTo(request);
            return this.http.exchange(request.build(), AssetJson.MutationResponse.class);
        }).map(AssetJson.MutationResponse::toResult);
    }

    /**
     * Creates or updates one asset.
     * @param asset the asset, with a type name and a qualified name
     * @return what changed
     * @see #save(List)
     */
    public Mono<MutationResult> save(Asset asset) {
        return save(List.of(Objects.requireNonNull(asset, "asset")));
    }

    /**
     * Changes only the given attributes of one asset, found by type and qualified name, leaving everything else
     * as it is. Unlike {@link #save(List)}, it never creates an asset.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param attributes the attributes to change; a {@code null} value clears one
     * @return what changed, under {@link MutationResult#partiallyUpdated()}; a {@link NotFoundException} when there
     * is no such asset
     */
    public Mono<MutationResult> updateAttributes(String typeName, String qualifiedName,
            Map<String, ?> attributes) {
        requireText(typeName, "typeName", "the asset's type, such as 'Table'");
        requireText(qualifiedName, "qualifiedName", "the asset's qualified name");
        Objects.requireNonNull(attributes, "attributes");
        if (attributes.isEmpty()) {
            throw new IllegalArgumentException("updateAttributes needs at least one attribute; pass those to change.");
        }
        return partialUpdate(UPDATE_ATTRIBUTES, typeName, qualifiedName, attributes);
    }

    /**
     * Atlas's partial update by unique attribute ({@code PUT .../uniqueAttribute/type/{typeName}}): only the
     * attributes sent change, a {@code null} clears one, and a missing asset is a 404, never a new asset. The
     * operation names what the call is for, in metrics and logs.
     */
    Mono<MutationResult> partialUpdate(Operation operation, String typeName, String qualifiedName,
            Map<String, ?> attributes) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("qualifiedName", qualifiedName);
        values.putAll(attributes);
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("typeName", typeName);
        entity.put("attributes", values);
        AtlanRequest request = AtlanRequest.to(operation)
            .uriVariable("typeName", typeName)
            .query("attr:qualifiedName", qualifiedName)
            .body(Map.of("entity", entity))
            .build();
        return this.http.exchange(request, AssetJson.MutationResponse.class).map(AssetJson.MutationResponse::toResult);
    }

    /**
     * Deletes assets by GUID, in requests of at most {@link #DELETE_BATCH_SIZE} GUIDs, one after another. A failed
     * request stops the rest; the assets of the requests before it stay deleted. As in Atlan
     * ({@code AtlasEntityStoreV2.deleteByIds}), a GUID that does not exist, or an asset already soft-deleted (unless
     * purged), is skipped without an error: {@link MutationResult#deletedGuids()} says which assets were deleted.
     * @param guids the GUIDs; repeated ones are sent once
     * @param deleteType soft (restorable), hard or purge
     * @return what changed, over every request: empty when nothing was deleted
     */
    public Mono<MutationResult> delete(Collection<String> guids, DeleteType deleteType) {
        Objects.requireNonNull(guids, "guids");
        Objects.requireNonNull(deleteType, "deleteType");
        if (guids.isEmpty()) {
            throw new IllegalArgumentException("delete needs at least one GUID; pass the GUIDs of the assets.");
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(guids));
        distinct.forEach((guid) -> requireText(guid, "guid", "the GUID of each asset to delete"));
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += DELETE_BATCH_SIZE) {
            batches.add(distinct.subList(i, Math.min(i + DELETE_BATCH_SIZE, distinct.size())));
        }
        return Flux.fromIterable(batches)
            .concatMap((batch) -> deleteBatch(batch, deleteType))
            .reduce(NOTHING, MutationResult::and);
    }

    private Mono<MutationResult> deleteBatch(List<String> guids, DeleteType deleteType) {
        AtlanRequest.Builder request = AtlanRequest.to(DELETE);
        guids.forEach((guid) -> request.query("guid", guid));
        request.query("deleteType", deleteType.name());
        return this.http.exchange(request.build(), AssetJson.MutationResponse.class)
            .map(AssetJson.MutationResponse::toResult);
    }

    /**
     * Deletes one asset by GUID. A GUID that does not exist deletes nothing and is no error.
     * @param guid the GUID
     * @param deleteType soft (restorable), hard or purge
     * @return what changed: empty when nothing was deleted
     */
    public Mono<MutationResult> delete(String guid, DeleteType deleteType) {
        return delete(List.of(requireText(guid, "guid", "the asset's GUID")), deleteType);
    }

    /**
     * Adds tags to an asset, keeping the tags it has; a tag it has already is updated to the propagation given.
     * The asset is read first, then sent with {@code appendTags=true} and only its identity and the tags.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param tags the tags, by display name; {@link AtlanTag#builder(String)} chooses their propagation
     * @return what changed; a {@link NotFoundException} when there is no such asset, an
     * {@link dev.atlanspring.client.error.AtlanTagNotFoundException} before anything is written when a name matches
     * no tag
     */
    public Mono<MutationResult> addTags(String typeName, String qualifiedName, Collection<AtlanTag> tags) {
        return this.tagChanges.add(Mono.defer(() -> getByQualifiedName(typeName, qualifiedName, GetOptions.MINIMAL)),
                tags);
    }

    /**
     * Adds tags, by display name and without propagation, to an asset, keeping the tags it has.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param displayNames the tags' display names, such as {@code PII}
     * @return what changed
     * @see #addTags(String, String, Collection)
     */
    public Mono<MutationResult> addTags(String typeName, String qualifiedName, String... displayNames) {
        return addTags(typeName, qualifiedName, TagChanges.named(displayNames));
    }

    /**
     * Adds tags to the asset with this GUID, keeping the tags it has.
     * @param guid the asset's GUID
     * @param tags the tags, by display name
     * @return what changed; a {@link NotFoundException} when there is no such asset
     * @see #addTags(String, String, Collection)
     */
    public Mono<MutationResult> addTagsByGuid(String guid, Collection<AtlanTag> tags) {
        return this.tagChanges.add(Mono.defer(() -> get(guid, GetOptions.MINIMAL)), tags);
    }

    /**
     * Adds tags, by display name and without propagation, to the asset with this GUID.
     * @param guid the asset's GUID
     * @param displayNames the tags' display names
     * @return what changed
     * @see #addTags(String, String, Collection)
     */
    public Mono<MutationResult> addTagsByGuid(String guid, String... displayNames) {
        return addTagsByGuid(guid, TagChanges.named(displayNames));
    }

    /**
     * Removes tags from an asset, keeping its other tags, with {@code removeClassifications} and
     * {@code appendTags=true}. A tag the asset does not have is ignored, as Atlan ignores it; tags propagated to it
     * from another asset are not its own and stay.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param displayNames the tags' display names, such as {@code PII}
     * @return what changed; a {@link NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeTags(String typeName, String qualifiedName, String... displayNames) {
        List<AtlanTag> tags = TagChanges.named(displayNames);
        return this.tagChanges.remove(
                Mono.defer(() -> getByQualifiedName(typeName, qualifiedName, GetOptions.MINIMAL)), tags);
    }

    /**
     * Removes tags from the asset with this GUID, keeping its other tags.
     * @param guid the asset's GUID
     * @param displayNames the tags' display names
     * @return what changed; a {@link NotFoundException} when there is no such asset
     * @see #removeTags(String, String, String...)
     */
    public Mono<MutationResult> removeTagsByGuid(String guid, String... displayNames) {
        return this.tagChanges.remove(Mono.defer(() -> get(guid, GetOptions.MINIMAL)),
                TagChanges.named(displayNames));
    }

    /**
     * Restores a soft-deleted asset to {@link AssetStatus#ACTIVE}: reads it, and when it is deleted saves it with
     * the active status. Restoring an active asset changes nothing.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return what changed (the restored asset under {@link MutationResult#updated()}, or nothing); a
     * {@link NotFoundException} when there is no such asset, or it was hard-deleted or purged
     */
    public Mono<MutationResult> restore(String typeName, String qualifiedName) {
        return getByQualifiedName(typeName, qualifiedName, GetOptions.MINIMAL).flatMap((existing) -> {
            if (existing.status() != AssetStatus.DELETED) {
                return Mono.just(NOTHING);
            }
            Asset restore = Asset.builder(typeName, qualifiedName)
                .guid(existing.guid())
                .status(AssetStatus.ACTIVE)
                .build();
            return save(List.of(restore));
        });
    }

    private static List<Asset> validated(List<Asset> assets) {
        Objects.requireNonNull(assets, "assets");
        if (assets.isEmpty()) {
            throw new IllegalArgumentException("save needs at least one asset; pass the assets to create or update.");
        }
        List<Asset> entities = new ArrayList<>(assets.size());
        for (int i = 0; i < assets.size(); i++) {
            Asset asset = assets.get(i);
            if (asset == null) {
                throw new IllegalArgumentException("The asset at index " + i + " is null; remove it from the list.");
            }
            if (isBlank(asset.typeName()) || isBlank(asset.qualifiedName())) {
                throw new IllegalArgumentException("The asset at index " + i + " (" + asset
                        + ") has no type name or qualified name; Atlan upserts by both, so set them with"
                        + " Asset.builder(typeName, qualifiedName).");
            }
            entities.add(isBlank(asset.guid()) ? asset.toBuilder().guid("-" + (i + 1)).build() : asset);
        }
        return entities;
    }

    private static String requireText(String value, String name, String what) {
        if (isBlank(value)) {
            throw new IllegalArgumentException("The " + name + " is " + ((value == null) ? "null" : "blank")
                    + "; pass " + what + ".");
        }
        return value;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

}
