package dev.atlanspring.client.asset;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The envelopes Atlan wraps assets in on the wire.
 */
final class AssetJson {

    private AssetJson() {
    }

    /** {@code GET /api/meta/entity/...}: the asset and the assets it refers to. */
    record EntityResponse(@Nullable Asset entity, @Nullable Map<String, Asset> referredEntities) {
    }

    /** {@code POST /api/meta/entity/bulk}: the assets to upsert. */
    record BulkRequest(@JsonProperty("entities") List<Asset> entities) {
    }

    /** The answer to a save or delete. */
    record MutationResponse(@Nullable Map<String, List<Asset>> mutatedEntities,
            @Nullable Map<String, String> guidAssignments) {

        MutationResult toResult() {
            Map<String, List<Asset>> mutated = (this.mutatedEntities != null) ? this.mutatedEntities : Map.of();
            return new MutationResult(mutated.get("CREATE"), mutated.get("UPDATE"), mutated.get("PARTIAL_UPDATE"),
                    mutated.get("DELETE"), this.guidAssignments);
        }

    }

}
