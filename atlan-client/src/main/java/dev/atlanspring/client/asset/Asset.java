package dev.atlanspring.client.asset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atlanspring.client.http.AtlanJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * An asset of any type, as Atlan stores it: its type, GUID and status, its attributes (a {@code qualifiedName} and
 * {@code name} among them), its relationships, tags, terms and labels, and who changed it when. Attributes and
 * top-level fields this class does not know are kept as they came, so that reading an asset and saving it again
 * loses nothing. Immutable; change one through {@link #toBuilder()}.
 */
@JsonDeserialize(builder = Asset.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Asset {

    private static final String QUALIFIED_NAME = "qualifiedName";

    private static final String NAME = "name";

    @JsonProperty("typeName")
    private final @Nullable String typeName;

    @JsonProperty("guid")
    private final @Nullable String guid;

    @JsonProperty("status")
    private final @Nullable AssetStatus status;

    @JsonProperty("attributes")
    private final Map<String, @Nullable Object> attributes;

    @JsonProperty("relationshipAttributes")
    private final @Nullable Map<String, @Nullable Object> relationshipAttributes;

    @JsonProperty("classifications")
    private final @Nullable List<AtlanTag> classifications;

    @JsonProperty("meanings")
    private final @Nullable List<TermAssignment> meanings;

    @JsonProperty("labels")
    private final @Nullable List<String> labels;

    @JsonProperty("createdBy")
    private final @Nullable String createdBy;

    @JsonProperty("updatedBy")
    private final @Nullable String updatedBy;

    @JsonProperty("createTime")
    private final @Nullable Long createTime;

    @JsonProperty("updateTime")
    private final @Nullable Long updateTime;

    @JsonProperty("version")
    private final @Nullable Long version;

    private final Map<String, @Nullable Object> otherFields;

    private Asset(Builder builder) {
        this.typeName = builder.typeName;
        this.guid = builder.guid;
        this.status = builder.status;
        // The builder's maps are handed over, not copied: the builder copies them before it changes them again.
        this.attributes = Collections.unmodifiableMap(builder.attributes);
        this.relationshipAttributes = (builder.relationshipAttributes != null)
                ? Collections.unmodifiableMap(builder.relationshipAttributes) : null;
        this.classifications = (builder.classifications != null) ? List.copyOf(builder.classifications) : null;
        this.meanings = (builder.meanings != null) ? List.copyOf(builder.meanings) : null;
        this.labels = (builder.labels != null) ? List.copyOf(builder.labels) : null;
        this.createdBy = builder.createdBy;
        this.updatedBy = builder.updatedBy;
        this.createTime = builder.createTime;
        this.updateTime = builder.updateTime;
        this.version = builder.version;
        this.otherFields = Collections.unmodifiableMap(builder.otherFields);
    }

    /** A copy with other tags that shares everything else, which is immutable: see {@link #withClassifications}. */
    private Asset(Asset source, List<AtlanTag> classifications) {
        this.typeName = source.typeName;
        this.guid = source.guid;
        this.status = source.status;
        this.attributes = source.attributes;
        this.relationshipAttributes = source.relationshipAttributes;
        this.classifications = List.copyOf(classifications);
        this.meanings = source.meanings;
        this.labels = source.labels;
        this.createdBy = source.createdBy;
        this.updatedBy = source.updatedBy;
        this.createTime = source.createTime;
        this.updateTime = source.updateTime;
        this.version = source.version;
        this.otherFields = source.otherFields;
    }

    /**
     * Returns this asset with other tags: what the tag translator makes of every asset that has tags, without
     * copying its attributes as {@link #toBuilder()} would.
     * @param classifications the tags
     * @return the asset with those tags
     */
    Asset withClassifications(List<AtlanTag> classifications) {
        return new Asset(this, classifications);
    }

    /**
     * Starts an asset.
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts an asset of a type with a qualified name, the two things Atlan upserts by.
     * @param typeName the type, such as {@code Table}
     * @param qualifiedName the qualified name, unique within the type
     * @return a builder
     */
    public static Builder builder(String typeName, String qualifiedName) {
        return new Builder().typeName(typeName).qualifiedName(qualifiedName);
    }

    /**
     * Starts a builder holding everything this asset holds.
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the type, such as {@code Table} or {@code AtlasGlossaryTerm}.
     * @return the type name
     */
    public @Nullable String typeName() {
        return this.typeName;
    }

    /**
     * Returns the GUID: Atlan's id for the asset, or a negative placeholder in an asset not yet saved.
     * @return the GUID, or {@code null}
     */
    public @Nullable String guid() {
        return this.guid;
    }

    /**
     * Returns the life-cycle state.
     * @return the status, or {@code null} when Atlan did not say
     */
    public @Nullable AssetStatus status() {
        return this.status;
    }

    /**
     * Returns the qualified name, unique within the type.
     * @return the {@code qualifiedName} attribute, or {@code null}
     */
    public @Nullable String qualifiedName() {
        return stringAttribute(QUALIFIED_NAME);
    }

    /**
     * Returns the name shown to people.
     * @return the {@code name} attribute, or {@code null}
     */
    public @Nullable String name() {
        return stringAttribute(NAME);
    }

    /**
     * Returns every attribute, those this class knows nothing about included.
     * @return the attributes by name, unmodifiable
     */
    public Map<String, @Nullable Object> attributes() {
        return this.attributes;
    }

    /**
     * Returns one attribute as Atlan sent it (a string, number, boolean, list or map).
     * @param name the attribute's name
     * @return its value, or {@code null}
     */
    public @Nullable Object attribute(String name) {
        return this.attributes.get(name);
    }

    /**
     * Returns one attribute converted to a type, such as {@code attribute("rowCount", Long.class)}.
     * @param <T> the type
     * @param name the attribute's name
     * @param type the type to convert to
     * @return the converted value, or {@code null} when absent
     * @throws IllegalArgumentException when the value cannot be converted
     */
    public <T> @Nullable T attribute(String name, Class<T> type) {
        Object value = this.attributes.get(name);
        if (value == null) {
            return null;
        }
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        try {
            return AtlanJson.mapper().convertValue(value, type);
        }
        catch (RuntimeException ex) {
            throw new IllegalArgumentException("The attribute '" + name + "' of asset " + this.guid + " holds "
                    + value.getClass().getSimpleName() + " which cannot be read as " + type.getSimpleName()
                    + "; read it with attribute(name) instead.", ex);
        }
    }

    /**
     * Returns the relationship attributes (references to other assets), as Atlan sent them.
     * @return the relationship attributes by name, unmodifiable, possibly empty
     */
    public Map<String, @Nullable Object> relationshipAttributes() {
        return (this.relationshipAttributes != null) ? this.relationshipAttributes : Map.of();
    }

    /**
     * Returns the Atlan tags on the asset.
     * @return the tags, possibly empty
     */
    public List<AtlanTag> classifications() {
        return (this.classifications != null) ? this.classifications : List.of();
    }

    /**
     * Returns the glossary terms assigned to the asset.
     * @return the terms, possibly empty
     */
    public List<TermAssignment> meanings() {
        return (this.meanings != null) ? this.meanings : List.of();
    }

    /**
     * Returns the asset's labels.
     * @return the labels, possibly empty
     */
    public List<String> labels() {
        return (this.labels != null) ? this.labels : List.of();
    }

    /**
     * Returns who created the asset.
     * @return a user name, or {@code null}
     */
    public @Nullable String createdBy() {
        return this.createdBy;
    }

    /**
     * Returns who changed the asset last.
     * @return a user name, or {@code null}
     */
    public @Nullable String updatedBy() {
        return this.updatedBy;
    }

    /**
     * Returns when the asset was created.
     * @return the time, or {@code null}
     */
    public @Nullable Instant createTime() {
        return (this.createTime != null) ? Instant.ofEpochMilli(this.createTime) : null;
    }

    /**
     * Returns when the asset was changed last.
     * @return the time, or {@code null}
     */
    public @Nullable Instant updateTime() {
        return (this.updateTime != null) ? Instant.ofEpochMilli(this.updateTime) : null;
    }

    /**
     * Returns the asset's version, which Atlan raises on every change.
     * @return the version, or {@code null}
     */
    public @Nullable Long version() {
        return this.version;
    }

    /**
     * Returns the top-level fields Atlan sent that this class has no accessor for; they are sent back on save.
     * @return the fields by name, unmodifiable
     */
    @JsonAnyGetter
    public Map<String, @Nullable Object> otherFields() {
        return this.otherFields;
    }

    private @Nullable String stringAttribute(String name) {
        Object value = this.attributes.get(name);
        return (value != null) ? value.toString() : null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Asset that)) {
            return false;
        }
        return Objects.equals(this.typeName, that.typeName) && Objects.equals(this.guid, that.guid)
                && this.status == that.status && this.attributes.equals(that.attributes)
                && Objects.equals(this.relationshipAttributes, that.relationshipAttributes)
                && Objects.equals(this.classifications, that.classifications)
                && Objects.equals(this.meanings, that.meanings) && Objects.equals(this.labels, that.labels)
                && Objects.equals(this.createdBy, that.createdBy) && Objects.equals(this.updatedBy, that.updatedBy)
                && Objects.equals(this.createTime, that.createTime) && Objects.equals(this.updateTime, that.updateTime)
                && Objects.equals(this.version, that.version) && this.otherFields.equals(that.otherFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.typeName, this.guid, this.attributes);
    }

    /** Shows the asset's identity; the attributes can be large, so they are left out. */
    @Override
    public String toString() {
        return "Asset[" + this.typeName + " " + this.guid + " " + qualifiedName()
                + ((this.status != null) ? " " + this.status : "") + "]";
    }

    /**
     * Builds an {@link Asset}. Jackson reads Atlan's JSON through it, so that fields it does not know are kept.
     */
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
            setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {

        private @Nullable String typeName;

        private @Nullable String guid;

        private @Nullable AssetStatus status;

        private Map<String, @Nullable Object> attributes = new LinkedHashMap<>();

        private @Nullable Map<String, @Nullable Object> relationshipAttributes;

        private @Nullable List<AtlanTag> classifications;

        private @Nullable List<TermAssignment> meanings;

        private @Nullable List<String> labels;

        private @Nullable String createdBy;

        private @Nullable String updatedBy;

        private @Nullable Long createTime;

        private @Nullable Long updateTime;

        private @Nullable Long version;

        private Map<String, @Nullable Object> otherFields = new LinkedHashMap<>();

        /** Whether an asset built from this builder holds its maps, so that they must be copied before a change. */
        private boolean handedOver;

        Builder() {
        }

        /**
         * Copies the maps an asset built earlier holds, so that changing this builder never changes that asset;
         * called before every change to them. Building many assets from one builder costs a copy each, as before;
         * building one (as reading from JSON does) costs none.
         */
        private void beforeChange() {
            if (this.handedOver) {
                this.attributes = new LinkedHashMap<>(this.attributes);
                this.relationshipAttributes = (this.relationshipAttributes != null)
                        ? new LinkedHashMap<>(this.relationshipAttributes) : null;
                this.otherFields = new LinkedHashMap<>(this.otherFields);
                this.handedOver = false;
            }
        }

        private Builder(Asset asset) {
            this.typeName = asset.typeName;
            this.guid = asset.guid;
            this.status = asset.status;
            this.attributes.putAll(asset.attributes);
            this.relationshipAttributes = (asset.relationshipAttributes != null)
                    ? new LinkedHashMap<>(asset.relationshipAttributes) : null;
            this.classifications = (asset.classifications != null) ? new ArrayList<>(asset.classifications) : null;
            this.meanings = (asset.meanings != null) ? new ArrayList<>(asset.meanings) : null;
            this.labels = (asset.labels != null) ? new ArrayList<>(asset.labels) : null;
            this.createdBy = asset.createdBy;
            this.updatedBy = asset.updatedBy;
            this.createTime = asset.createTime;
            this.updateTime = asset.updateTime;
            this.version = asset.version;
            this.otherFields.putAll(asset.otherFields);
        }

        /**
         * Sets the type.
         * @param typeName the type, such as {@code Table}
         * @return this builder
         */
        @JsonProperty("typeName")
        public Builder typeName(@Nullable String typeName) {
            this.typeName = typeName;
            return this;
        }

        /**
         * Sets the GUID: Atlan's id to update an existing asset, or a negative placeholder for a new one.
         * @param guid the GUID
         * @return this builder
         */
        @JsonProperty("guid")
        public Builder guid(@Nullable String guid) {
            this.guid = guid;
            return this;
        }

        /**
         * Gives a new asset a random negative placeholder GUID, which the save result maps to the GUID Atlan
         * assigns.
         * @return this builder
         */
        public Builder placeholderGuid() {
            this.guid = "-" + ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
            return this;
        }

        /**
         * Sets the status; {@link AssetStatus#ACTIVE} on a deleted asset restores it.
         * @param status the status
         * @return this builder
         */
        @JsonProperty("status")
        public Builder status(@Nullable AssetStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the qualified name, unique within the type.
         * @param qualifiedName the qualified name
         * @return this builder
         */
        public Builder qualifiedName(@Nullable String qualifiedName) {
            return attribute(QUALIFIED_NAME, qualifiedName);
        }

        /**
         * Sets the name shown to people.
         * @param name the name
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            return attribute(NAME, name);
        }

        /**
         * Sets one attribute; {@code null} sends an explicit null, which clears it in Atlan.
         * @param name the attribute's name
         * @param value a string, number, boolean, list or map
         * @return this builder
         */
        public Builder attribute(String name, @Nullable Object value) {
            beforeChange();
            this.attributes.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * Sets several attributes, keeping the others.
         * @param attributes the attributes by name
         * @return this builder
         */
        @JsonProperty("attributes")
        public Builder attributes(@Nullable Map<String, @Nullable Object> attributes) {
            if (attributes != null) {
                beforeChange();
                this.attributes.putAll(attributes);
            }
            return this;
        }

        /**
         * Sets one relationship attribute.
         * @param name the relationship's name, such as {@code anchor}
         * @param value an {@link AssetRef}, a list of them, or the raw value
         * @return this builder
         */
        public Builder relationshipAttribute(String name, @Nullable Object value) {
            beforeChange();
            if (this.relationshipAttributes == null) {
                this.relationshipAttributes = new LinkedHashMap<>();
            }
            this.relationshipAttributes.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * Sets several relationship attributes, keeping the others.
         * @param relationshipAttributes the relationship attributes by name
         * @return this builder
         */
        @JsonProperty("relationshipAttributes")
        public Builder relationshipAttributes(@Nullable Map<String, @Nullable Object> relationshipAttributes) {
            if (relationshipAttributes != null) {
                relationshipAttributes.forEach(this::relationshipAttribute);
            }
            return this;
        }

        /**
         * Replaces the Atlan tags.
         * @param classifications the tags
         * @return this builder
         */
        @JsonProperty("classifications")
        public Builder classifications(@Nullable Collection<AtlanTag> classifications) {
            this.classifications = (classifications != null) ? new ArrayList<>(classifications) : null;
            return this;
        }

        /**
         * Adds an Atlan tag.
         * @param tag the tag
         * @return this builder
         */
        public Builder classification(AtlanTag tag) {
            if (this.classifications == null) {
                this.classifications = new ArrayList<>();
            }
            this.classifications.add(Objects.requireNonNull(tag, "tag"));
            return this;
        }

        /**
         * Replaces the assigned terms, as Atlan lists them.
         * @param meanings the terms
         * @return this builder
         */
        @JsonProperty("meanings")
        public Builder meanings(@Nullable Collection<TermAssignment> meanings) {
            this.meanings = (meanings != null) ? new ArrayList<>(meanings) : null;
            return this;
        }

        /**
         * Replaces the labels.
         * @param labels the labels
         * @return this builder
         */
        @JsonProperty("labels")
        public Builder labels(@Nullable Collection<String> labels) {
            this.labels = (labels != null) ? new ArrayList<>(labels) : null;
            return this;
        }

        /**
         * Sets who created the asset (Atlan sets it; for reading and tests).
         * @param createdBy a user name
         * @return this builder
         */
        @JsonProperty("createdBy")
        public Builder createdBy(@Nullable String createdBy) {
            this.createdBy = createdBy;
            return this;
        }

        /**
         * Sets who changed the asset last (Atlan sets it; for reading and tests).
         * @param updatedBy a user name
         * @return this builder
         */
        @JsonProperty("updatedBy")
        public Builder updatedBy(@Nullable String updatedBy) {
            this.updatedBy = updatedBy;
            return this;
        }

        /**
         * Sets when the asset was created (Atlan sets it; for reading and tests).
         * @param createTime the time
         * @return this builder
         */
        public Builder createTime(@Nullable Instant createTime) {
            this.createTime = (createTime != null) ? createTime.toEpochMilli() : null;
            return this;
        }

        /**
         * Sets when the asset was changed last (Atlan sets it; for reading and tests).
         * @param updateTime the time
         * @return this builder
         */
        public Builder updateTime(@Nullable Instant updateTime) {
            this.updateTime = (updateTime != null) ? updateTime.toEpochMilli() : null;
            return this;
        }

        @JsonProperty("createTime")
        private Builder createTimeMillis(@Nullable Long createTime) {
            this.createTime = createTime;
            return this;
        }

        @JsonProperty("updateTime")
        private Builder updateTimeMillis(@Nullable Long updateTime) {
            this.updateTime = updateTime;
            return this;
        }

        /**
         * Sets the version (Atlan sets it; for reading and tests).
         * @param version the version
         * @return this builder
         */
        @JsonProperty("version")
        public Builder version(@Nullable Long version) {
            this.version = version;
            return this;
        }

        /**
         * Sets a top-level field this class has no accessor for; it is sent as it is.
         * @param name the field's name
         * @param value its value
         * @return this builder
         */
        @JsonAnySetter
        public Builder otherField(String name, @Nullable Object value) {
            beforeChange();
            this.otherFields.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * Builds the asset.
         * @return the asset
         */
        public Asset build() {
            Asset built = new Asset(this);
            this.handedOver = true;
            return built;
        }

    }

}
