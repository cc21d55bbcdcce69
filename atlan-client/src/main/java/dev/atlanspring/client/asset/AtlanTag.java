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
     * A tag to attach that does not propagate: the client sends it with {@code propagate=false},
     * {@code removePropagationsOnEntityDelete=true} and no restrictions, as the official SDKs do. (Atlan itself
     * would make a tag sent without flags propagate.) Use {@link #builder(String)} to choose otherwise.
     * @param typeName the tag's display name, such as {@code PII}
     * @return the tag
     */
    public static AtlanTag of(String typeName) {
        return new AtlanTag(typeName, null, null, null, null, null, null);
    }

    /**
     * Starts a tag to attach, for choosing how it propagates.
     * <pre>{@code
     * AtlanTag pii = AtlanTag.builder("PII").propagate(true).restrictPropagationThroughLineage(true).build();
     * }</pre>
     * @param typeName the tag's display name, such as {@code PII}
     * @return a builder with the SDKs' defaults (no propagation)
     */
    public static Builder builder(String typeName) {
        return new Builder(typeName);
    }

    /**
     * Returns this tag with these propagation flags, everything else kept.
     * @param propagate whether it propagates
     * @param removePropagationsOnEntityDelete whether propagated copies go when the asset is deleted
     * @param restrictPropagationThroughLineage whether propagation stops at lineage
     * @param restrictPropagationThroughHierarchy whether propagation stops at the asset hierarchy
     * @return the tag
     */
    public AtlanTag withPropagation(boolean propagate, boolean removePropagationsOnEntityDelete,
            boolean restrictPropagationThroughLineage, boolean restrictPropagationThroughHierarchy) {
        return new AtlanTag(this.typeName, this.entityGuid, this.entityStatus, propagate,
                removePropagationsOnEntityDelete, restrictPropagationThroughLineage,
                restrictPropagationThroughHierarchy, this.displayName, this.attributes, this.validityPeriods,
                this.otherFields);
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

    /**
     * Builds a tag to attach with the propagation you choose; unset flags keep the SDKs' defaults.
     */
    public static final class Builder {

        private final String typeName;

        private boolean propagate;

        private boolean removePropagationsOnEntityDelete = true;

        private boolean restrictPropagationThroughLineage;

        private boolean restrictPropagationThroughHierarchy;

        private Builder(String typeName) {
            if (typeName == null || typeName.isBlank()) {
                throw new IllegalArgumentException("A tag needs its display name, such as 'PII'.");
            }
            this.typeName = typeName;
        }

        /**
         * Sets whether the tag propagates down lineage and the asset hierarchy.
         * @param propagate default false
         * @return this builder
         */
        public Builder propagate(boolean propagate) {
            this.propagate = propagate;
            return this;
        }

        /**
         * Sets whether propagated copies go when the asset is deleted.
         * @param remove default true
         * @return this builder
         */
        public Builder removePropagationsOnEntityDelete(boolean remove) {
            this.removePropagationsOnEntityDelete = remove;
            return this;
        }

        /**
         * Sets whether propagation stops at lineage (spreading only down the hierarchy).
         * @param restrict default false
         * @return this builder
         */
        public Builder restrictPropagationThroughLineage(boolean restrict) {
            this.restrictPropagationThroughLineage = restrict;
            return this;
        }

        /**
         * Sets whether propagation stops at the asset hierarchy (spreading only down lineage).
         * @param restrict default false
         * @return this builder
         */
        public Builder restrictPropagationThroughHierarchy(boolean restrict) {
            this.restrictPropagationThroughHierarchy = restrict;
            return this;
        }

        /**
         * Builds the tag.
         * @return the tag
         */
        public AtlanTag build() {
            return AtlanTag.of(this.typeName).withPropagation(this.propagate, this.removePropagationsOnEntityDelete,
                    this.restrictPropagationThroughLineage, this.restrictPropagationThroughHierarchy);
        }

    }

}
