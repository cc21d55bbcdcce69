package dev.atlanspring.client.asset;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.atlanspring.client.http.Blocking;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.client.search.SearchResult;

/**
 * Reads, searches, saves, updates, deletes and restores assets, blocking the calling thread until Atlan answers.
 * Obtain it from {@link dev.atlanspring.client.AtlanClient#assets()}; it runs the same calls as
 * {@link ReactiveAssets}. Every method returns its result or throws a
 * {@link dev.atlanspring.client.error.AtlanException}. Atlan tags appear under their display names.
 */
public final class Assets {

    private final ReactiveAssets reactive;

    /**
     * Creates the blocking face of the reactive asset operations; the client does this for you.
     * @param reactive the reactive operations
     */
    public Assets(ReactiveAssets reactive) {
        this.reactive = Objects.requireNonNull(reactive, "reactive");
    }

    /**
     * Reads an asset by GUID.
     * @param guid the asset's GUID
     * @return the asset
     * @throws dev.atlanspring.client.error.NotFoundException when there is none
     */
    public Asset get(String guid) {
        return Blocking.get(this.reactive.get(guid));
    }

    /**
     * Reads an asset by GUID, leaving out what the options say.
     * @param guid the asset's GUID
     * @param options such as {@link GetOptions#MINIMAL}
     * @return the asset
     * @throws dev.atlanspring.client.error.NotFoundException when there is none
     */
    public Asset get(String guid, GetOptions options) {
        return Blocking.get(this.reactive.get(guid, options));
    }

    /**
     * Reads an asset by type and qualified name.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return the asset
     * @throws dev.atlanspring.client.error.NotFoundException when there is none
     */
    public Asset getByQualifiedName(String typeName, String qualifiedName) {
        return Blocking.get(this.reactive.getByQualifiedName(typeName, qualifiedName));
    }

    /**
     * Reads an asset by type and qualified name, leaving out what the options say.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param options such as {@link GetOptions#MINIMAL}
     * @return the asset
     * @throws dev.atlanspring.client.error.NotFoundException when there is none
     */
    public Asset getByQualifiedName(String typeName, String qualifiedName, GetOptions options) {
        return Blocking.get(this.reactive.getByQualifiedName(typeName, qualifiedName, options));
    }

    /**
     * Searches assets. Nothing is asked of Atlan until the result is used; see {@link SearchResult}.
     * @param search what to search for; copied, so changing it afterwards changes nothing
     * @return the results, paged lazily
     */
    public SearchResult search(Search search) {
        return new SearchResult(this.reactive.search(search));
    }

    /**
     * Creates or updates assets in one request, matching existing ones by type and qualified name.
     * @param assets the assets, each with a type name and a qualified name
     * @return what changed
     * @see ReactiveAssets#save(List)
     */
    public MutationResult save(List<Asset> assets) {
        return Blocking.get(this.reactive.save(assets));
    }

    /**
     * Creates or updates assets in one request, treating existing assets' tags and custom metadata as the
     * options say.
     * @param assets the assets, each with a type name and a qualified name
     * @param options such as {@code SaveOptions.DEFAULT.withTags(TagHandling.APPEND)}
     * @return what changed
     * @see ReactiveAssets#save(List, SaveOptions)
     */
    public MutationResult save(List<Asset> assets, SaveOptions options) {
        return Blocking.get(this.reactive.save(assets, options));
    }

    /**
     * Creates or updates one asset.
     * @param asset the asset, with a type name and a qualified name
     * @return what changed
     */
    public MutationResult save(Asset asset) {
        return Blocking.get(this.reactive.save(asset));
    }

    /**
     * Starts a batch that queues assets and saves them in bulk.
     * @return a builder of the batch
     */
    public AssetBatch.Builder batch() {
        return AssetBatch.builder(this);
    }

    /**
     * Changes only the given attributes of one asset, leaving everything else as it is; never creates an asset.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param attributes the attributes to change; a {@code null} value clears one
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult updateAttributes(String typeName, String qualifiedName, Map<String, ?> attributes) {
        return Blocking.get(this.reactive.updateAttributes(typeName, qualifiedName, attributes));
    }

    /**
     * Deletes assets by GUID, in requests of at most {@link ReactiveAssets#DELETE_BATCH_SIZE} GUIDs. A GUID that
     * does not exist is skipped without an error, as Atlan does: {@link MutationResult#deletedGuids()} says what was
     * deleted.
     * @param guids the GUIDs
     * @param deleteType soft (restorable), hard or purge
     * @return what changed: empty when nothing was deleted
     * @see ReactiveAssets#delete(Collection, DeleteType)
     */
    public MutationResult delete(Collection<String> guids, DeleteType deleteType) {
        return Blocking.get(this.reactive.delete(guids, deleteType));
    }

    /**
     * Deletes one asset by GUID. A GUID that does not exist deletes nothing and is no error.
     * @param guid the GUID
     * @param deleteType soft (restorable), hard or purge
     * @return what changed: empty when nothing was deleted
     */
    public MutationResult delete(String guid, DeleteType deleteType) {
        return Blocking.get(this.reactive.delete(guid, deleteType));
    }

    /**
     * Adds tags to an asset, keeping the tags it has.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param tags the tags, by display name; {@link AtlanTag#builder(String)} chooses their propagation
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     * @see ReactiveAssets#addTags(String, String, Collection)
     */
    public MutationResult addTags(String typeName, String qualifiedName, Collection<AtlanTag> tags) {
        return Blocking.get(this.reactive.addTags(typeName, qualifiedName, tags));
    }

    /**
     * Adds tags, by display name and without propagation, to an asset, keeping the tags it has.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param displayNames the tags' display names, such as {@code PII}
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult addTags(String typeName, String qualifiedName, String... displayNames) {
        return Blocking.get(this.reactive.addTags(typeName, qualifiedName, displayNames));
    }

    /**
     * Adds tags to the asset with this GUID, keeping the tags it has.
     * @param guid the asset's GUID
     * @param tags the tags, by display name
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult addTagsByGuid(String guid, Collection<AtlanTag> tags) {
        return Blocking.get(this.reactive.addTagsByGuid(guid, tags));
    }

    /**
     * Adds tags, by display name and without propagation, to the asset with this GUID.
     * @param guid the asset's GUID
     * @param displayNames the tags' display names
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult addTagsByGuid(String guid, String... displayNames) {
        return Blocking.get(this.reactive.addTagsByGuid(guid, displayNames));
    }

    /**
     * Removes tags from an asset, keeping its other tags; a tag it does not have is ignored.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param displayNames the tags' display names, such as {@code PII}
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     * @see ReactiveAssets#removeTags(String, String, String...)
     */
    public MutationResult removeTags(String typeName, String qualifiedName, String... displayNames) {
        return Blocking.get(this.reactive.removeTags(typeName, qualifiedName, displayNames));
    }

    /**
     * Removes tags from the asset with this GUID, keeping its other tags.
     * @param guid the asset's GUID
     * @param displayNames the tags' display names
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult removeTagsByGuid(String guid, String... displayNames) {
        return Blocking.get(this.reactive.removeTagsByGuid(guid, displayNames));
    }

    /**
     * Restores a soft-deleted asset to {@link AssetStatus#ACTIVE}; restoring an active asset changes nothing.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult restore(String typeName, String qualifiedName) {
        return Blocking.get(this.reactive.restore(typeName, qualifiedName));
    }

}
