package dev.atlanspring.client.asset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atlanspring.client.json.OtherFields;
import org.jspecify.annotations.Nullable;

/**
 * The envelopes Atlan wraps assets in on the wire.
 */
final class AssetJson {

    private AssetJson() {
    }

    /** {@code GET /api/meta/entity/...}: the asset and the assets it refers to. */
    record EntityResponse(@Nullable Asset entity, @Nullable Map<String, Asset> referredEntities,
            @JsonAnySetter Map<String, @Nullable Object> otherFields) implements OtherFields {

        EntityResponse {
            otherFields = OtherFields.copy(otherFields);
        }

    }

    /** {@code POST /api/meta/entity/bulk}: the assets to upsert. */
    record BulkRequest(@JsonProperty("entities") List<Asset> entities) {
    }

    /**
     * The answer to a save or delete (Atlas's {@code EntityMutationResponse}). Whatever it holds beyond the four
     * kinds of change and the GUID assignments is passed on in {@link MutationResult#otherFields()}.
     */
    record MutationResponse(@Nullable Map<String, List<Asset>> mutatedEntities,
            @Nullable Map<String, String> guidAssignments,
            @JsonAnySetter Map<String, @Nullable Object> otherFields) implements OtherFields {

        private static final Set<String> MODELLED = Set.of("CREATE", "UPDATE", "PARTIAL_UPDATE", "DELETE");

        MutationResponse {
            otherFields = OtherFields.copy(otherFields);
        }

        MutationResult toResult() {
            Map<String, List<Asset>> mutated = (this.mutatedEntities != null) ? this.mutatedEntities : Map.of();
            Map<String, @Nullable Object> other = new LinkedHashMap<>(this.otherFields);
            Map<String, List<Asset>> unmodelled = new LinkedHashMap<>(mutated);
            unmodelled.keySet().removeAll(MODELLED);
            if (!unmodelled.isEmpty()) {
                other.put("mutatedEntities", unmodelled);
            }
            return new MutationResult(mutated.get("CREATE"), mutated.get("UPDATE"), mutated.get("PARTIAL_UPDATE"),
                    mutated.get("DELETE"), this.guidAssignments, other);
        }

    }

}
