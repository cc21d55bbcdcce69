package dev.atlanspring.client.asset;

import org.jspecify.annotations.Nullable;

/**
 * An Atlan tag (a classification, in Atlas's terms) on an asset. Atlan keys tags by a hashed internal type name,
 * not by the name shown in its UI; the client translates, so the type name here is the display name, such as
 * {@code PII}, in what you read and what you save.
 *
 * @param typeName the tag's display name (or its hashed internal name, which the client also accepts)
 * @param entityGuid the GUID of the asset the tag was attached to (for a propagated tag, the source asset)
 * @param entityStatus the status of that asset
 * @param propagate whether the tag propagates to downstream assets
 * @param removePropagationsOnEntityDelete whether propagated copies go when the source asset is deleted
 * @param restrictPropagationThroughLineage whether propagation stops at lineage
 * @param restrictPropagationThroughHierarchy whether propagation stops at the asset hierarchy
 */
public record AtlanTag(String typeName, @Nullable String entityGuid, @Nullable AssetStatus entityStatus,
        @Nullable Boolean propagate, @Nullable Boolean removePropagationsOnEntityDelete,
        @Nullable Boolean restrictPropagationThroughLineage, @Nullable Boolean restrictPropagationThroughHierarchy) {

    /**
     * A tag to attach, with Atlan's defaults for propagation.
     * @param typeName the tag's display name, such as {@code PII}
     * @return the tag
     */
    public static AtlanTag of(String typeName) {
        return new AtlanTag(typeName, null, null, null, null, null, null);
    }

    /**
     * Returns this tag under another name, everything else kept.
     * @param typeName the name
     * @return the renamed tag
     */
    public AtlanTag withTypeName(String typeName) {
        return new AtlanTag(typeName, this.entityGuid, this.entityStatus, this.propagate,
                this.removePropagationsOnEntityDelete, this.restrictPropagationThroughLineage,
                this.restrictPropagationThroughHierarchy);
    }

}
