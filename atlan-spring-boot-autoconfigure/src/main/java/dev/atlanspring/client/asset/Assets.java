package dev.atlanspring.client.asset;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import dev.atlanspring.client.http.Blocking;

/**
 * Reads, saves and deletes assets, blocking the calling thread until Atlan answers. Obtain it from
 * {@link dev.atlanspring.client.AtlanClient#assets()}; it runs the same calls as {@link ReactiveAssets}. Every
 * method returns its result or throws a {@link dev.atlanspring.client.error.AtlanException}.
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
     * Creates or updates assets in one request, matching existing ones by type and qualified name.
     * @param assets the assets, each with a type name and a qualified name
     * @return what changed
     * @see ReactiveAssets#save(List)
     */
    public MutationResult save(List<Asset> assets) {
        return Blocking.get(this.reactive.save(assets));
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
     * Deletes assets by GUID.
     * @param guids the GUIDs
     * @param deleteType soft (restorable), hard or purge
     * @return what changed
     */
    public MutationResult delete(Collection<String> guids, DeleteType deleteType) {
        return Blocking.get(this.reactive.delete(guids, deleteType));
    }

    /**
     * Deletes one asset by GUID.
     * @param guid the GUID
     * @param deleteType soft (restorable), hard or purge
     * @return what changed
     */
    public MutationResult delete(String guid, DeleteType deleteType) {
        return Blocking.get(this.reactive.delete(guid, deleteType));
    }

}
