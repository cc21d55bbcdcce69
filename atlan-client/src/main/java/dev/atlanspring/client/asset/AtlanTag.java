package dev.atlanspring.client.asset;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.atlanspring.client.json.OtherFields;
import org.jspecify.annotations.Nullable;

/**
 * An Atlan tag (a classification, in Atlas's terms) on an asset. Atlan keys tags by a hashed internal type name,
 * not by the name shown in its UI; the client translates, so the type name here is the display name, such as
 * {@code PII}, in what you read and what you save. Everything else Atlan sent with the tag (its attributes, the
 * source-synced attachments among them, its validity periods, and fields this client does not know) is kept and
 * sent back on save, so saving an asset read from Atlan never strips a tag of what it carried.
 *
 * @param typeName the tag's display name (or its hashed internal name, which the client also accepts)
 * @param entityGuid the GUID of the asset the tag was attached to (for a propagated tag, the source asset)
 * @param entityStatus the status of that asset
 * @param propagate whether the tag propagates to downstream assets
 * @param removePropagationsOnEntityDelete whether propagated copies go when the source asset is deleted
 * @param restrictPropagationThroughLineage whether propagation stops at lineage
 * @param restrictPropagationThroughHierarchy whether propagation stops at the asset hierarchy
 * @param displayName the display name Atlan sent with the tag, if any (Atlan usually leaves it out; the client
 * translates {@link #typeName()} instead)
 * @param attributes the tag's attributes, such as source-synced tag attachments
 * @param validityPeriods when the tag applies, as Atlan keeps it (each a map such as {@code startTime},
 * {@code endTime}, {@code timeZone})
 * @param otherFields the fields Atlan sent that this record has no component for
 */
public record AtlanTag(String typeName, @Nullable String entityGuid, @Nullable AssetStatus entityStatus,
        @Nullable Boolean propagate, @Nullable Boolean removePropagationsOnEntityDelete,
        @Nullable Boolean restrictPropagationThroughLineage, @Nullable Boolean restrictPropagationThroughHierarchy,
        @Nullable String displayName, @Nullable Map<String, @Nullable Object> attributes,
        @Nullable List<Map<String, @Nullable Object>> validityPeriods,
        @JsonAnySetter Map<String, @Nullable Object> otherFields) implements OtherFields {

    /**
     * Keeps the other fields unmodifiable and in order.
     */
    public AtlanTag {
        otherFields = OtherFields.copy(otherFields);
    }

    /**
     * A tag with the propagation settings given and nothing else; the form of tags before the client kept
     * attributes and validity periods.
     * @param typeName the tag's display name
     * @param entityGuid the GUID of the asset the tag was attached to
     * @param entityStatus the status of that asset
     * @param propagate whether the tag propagates to downstream assets
     * @param removePropagationsOnEntityDelete whether propagated copies go when the source asset is deleted
     * @param restrictPropagationThroughLineage whether propagation stops at lineage
     * @param restrictPropagationThroughHierarchy whether propagation stops at the asset hierarchy
     */
    public AtlanTag(String typeName, @Nullable String entityGuid, @Nullable AssetStatus entityStatus,
            @Nullable Boolean propagate, @Nullable Boolean removePropagationsOnEntityDelete,
            @Nullable Boolean restrictPropagationThroughLineage,
            @Nullable Boolean restrictPropagationThroughHierarchy) {
        this(typeName, entityGuid, entityStatus, propagate, removePropagationsOnEntityDelete,
                restrictPropagationThroughLineage, restrictPropagationThroughHierarchy, null, null, null, null);
    }

    /**
     * A tag to attach, with Atlan's defaults for propagation.
     * @param typeName the tag's display name, such as {@code PII}
     * @return the tag
     */
    public static AtlanTag of(String typeName) {
        return new AtlanTag(typeName, null, null, null, null, null, null);
    }

    /**
     * Returns this tag under another name, everything else kept (attributes, validity periods and other fields
     * included), as the client does when it translates names.
     * @param typeName the name
     * @return the renamed tag
     */
    public AtlanTag withTypeName(String typeName) {
        return new AtlanTag(typeName, this.entityGuid, this.entityStatus, this.propagate,
                this.removePropagationsOnEntityDelete, this.restrictPropagationThroughLineage,
                this.restrictPropagationThroughHierarchy, this.displayName, this.attributes, this.validityPeriods,
                this.otherFields);
    }

}
