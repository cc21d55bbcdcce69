package dev.atlanspring.client.asset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.http.AtlanRequest;
import dev.atlanspring.client.http.Operation;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * Reads, saves and deletes assets, without blocking. Obtain it from
 * {@link dev.atlanspring.client.ReactiveAtlanClient#assets()}. Every method validates its arguments at once and
 * does nothing until the returned {@link Mono} is subscribed to; errors are {@link dev.atlanspring.client.error.AtlanException}s.
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

    /** Deletes assets by GUID: repeating it leaves the same state. */
    public static final Operation DELETE = new Operation("assets.delete", HttpMethod.DELETE, "/api/meta/entity/bulk",
            true);

    private final AtlanHttp http;

    /**
     * Creates the asset operations over a tenant's transport; the client does this for you.
     * @param http the tenant's transport
     */
    public ReactiveAssets(AtlanHttp http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * Reads an asset by GUID.
     * @param guid the asset's GUID
     * @return the asset; a {@link NotFoundException} when there is none
     */
    public Mono<Asset> get(String guid) {
        requireText(guid, "guid", "the asset's GUID");
        return entity(AtlanRequest.to(GET).uriVariable("guid", guid).build());
    }

    /**
     * Reads an asset by type and qualified name.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return the asset; a {@link NotFoundException} when there is none
     */
    public Mono<Asset> getByQualifiedName(String typeName, String qualifiedName) {
        requireText(typeName, "typeName", "the asset's type, such as 'Table'");
        requireText(qualifiedName, "qualifiedName", "the asset's qualified name");
        return entity(AtlanRequest.to(GET_BY_QUALIFIED_NAME)
            .uriVariable("typeName", typeName)
            .query("attr:qualifiedName", qualifiedName)
            .build());
    }

    private Mono<Asset> entity(AtlanRequest request) {
        return this.http.exchange(request, AssetJson.EntityResponse.class, AssetJson.EntityResponse::entity);
    }

    /**
     * Creates or updates assets in one request, matching existing ones by type and qualified name. An asset
     * without a GUID is sent with the placeholder {@code -1}, {@code -2}, ... by its position in the list; the
     * result maps each placeholder to the GUID Atlan assigned.
     * @param assets the assets, each with a type name and a qualified name
     * @return what changed
     */
    public Mono<MutationResult> save(List<Asset> assets) {
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
        return this.http
            .exchange(AtlanRequest.to(SAVE).body(new AssetJson.BulkRequest(entities)).build(),
                    AssetJson.MutationResponse.class)
            .map(AssetJson.MutationResponse::toResult);
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
     * Deletes assets by GUID.
     * @param guids the GUIDs
     * @param deleteType soft (restorable), hard or purge
     * @return what changed; a {@link NotFoundException} when a GUID does not exist
     */
    public Mono<MutationResult> delete(Collection<String> guids, DeleteType deleteType) {
        Objects.requireNonNull(guids, "guids");
        Objects.requireNonNull(deleteType, "deleteType");
        if (guids.isEmpty()) {
            throw new IllegalArgumentException("delete needs at least one GUID; pass the GUIDs of the assets.");
        }
        AtlanRequest.Builder request = AtlanRequest.to(DELETE);
        for (String guid : guids) {
            requireText(guid, "guid", "the GUID of each asset to delete");
            request.query("guid", guid);
        }
        request.query("deleteType", deleteType.name());
        return this.http.exchange(request.build(), AssetJson.MutationResponse.class)
            .map(AssetJson.MutationResponse::toResult);
    }

    /**
     * Deletes one asset by GUID.
     * @param guid the GUID
     * @param deleteType soft (restorable), hard or purge
     * @return what changed
     */
    public Mono<MutationResult> delete(String guid, DeleteType deleteType) {
        return delete(List.of(requireText(guid, "guid", "the asset's GUID")), deleteType);
    }

    private static String requireText(String value, String name, String what) {
        if (isBlank(value)) {
            throw new IllegalArgumentException("The " + name + " is " + ((value == null) ? "null" : "blank")
                    + "; pass " + what + ".");
        }
        return value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

}
