package dev.atlanspring.client.typedef;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.atlanspring.client.json.OtherFields;
import org.jspecify.annotations.Nullable;

/**
 * A type definition of any category, as Atlan lists it. Atlan tags and custom metadata are stored under a hashed
 * internal {@link #name()} and shown to people by their {@link #displayName()}. What a category adds beyond these
 * components (a relationship's ends, an entity's relationship attributes, {@code typeVersion} and the like) is
 * kept in {@link #otherFields()}, so a definition read and written back is the one that came.
 *
 * @param category the kind of definition
 * @param guid Atlan's id of the definition
 * @param name the internal name, hashed for Atlan tags and custom metadata
 * @param displayName the name people see (Atlan tags and custom metadata)
 * @param description what the type means
 * @param serviceType the service that owns the type, such as {@code atlan}
 * @param superTypes the types it inherits from (entities, tags)
 * @param subTypes the types that inherit from it (entities)
 * @param entityTypes the asset types a tag or custom metadata may be put on; empty for any
 * @param attributeDefs its attributes (entities, structs, tags, custom metadata)
 * @param elementDefs its values (enumerations)
 * @param options further settings, such as a tag's colour
 * @param createdBy who created it
 * @param updatedBy who changed it last
 * @param createTime when it was created, in epoch milliseconds
 * @param updateTime when it was changed last, in epoch milliseconds
 * @param version its version, raised on every change
 * @param otherFields the fields Atlan sent that this record has no component for
 */
public record TypeDef(@Nullable TypeDefCategory category, @Nullable String guid, @Nullable String name,
        @Nullable String displayName, @Nullable String description, @Nullable String serviceType,
        @Nullable List<String> superTypes, @Nullable List<String> subTypes, @Nullable List<String> entityTypes,
        @Nullable List<AttributeDef> attributeDefs, @Nullable List<EnumElementDef> elementDefs,
        @Nullable Map<String, Object> options, @Nullable String createdBy, @Nullable String updatedBy,
        @Nullable Long createTime, @Nullable Long updateTime, @Nullable Long version,
        @JsonAnySetter Map<String, @Nullable Object> otherFields) implements OtherFields {

    /**
     * Keeps the other fields unmodifiable and in order.
     */
    public TypeDef {
        otherFields = OtherFields.copy(otherFields);
    }

    /**
     * A definition with no other fields; the form of definitions before the client kept every field.
     * @param category the kind of definition
     * @param guid Atlan's id of the definition
     * @param name the internal name
     * @param displayName the name people see
     * @param description what the type means
     * @param serviceType the service that owns the type
     * @param superTypes the types it inherits from
     * @param subTypes the types that inherit from it
     * @param entityTypes the asset types a tag or custom metadata may be put on
     * @param attributeDefs its attributes
     * @param elementDefs its values (enumerations)
     * @param options further settings
     * @param createdBy who created it
     * @param updatedBy who changed it last
     * @param createTime when it was created, in epoch milliseconds
     * @param updateTime when it was changed last, in epoch milliseconds
     * @param version its version
     */
    public TypeDef(@Nullable TypeDefCategory category, @Nullable String guid, @Nullable String name,
            @Nullable String displayName, @Nullable String description, @Nullable String serviceType,
            @Nullable List<String> superTypes, @Nullable List<String> subTypes, @Nullable List<String> entityTypes,
            @Nullable List<AttributeDef> attributeDefs, @Nullable List<EnumElementDef> elementDefs,
            @Nullable Map<String, Object> options, @Nullable String createdBy, @Nullable String updatedBy,
            @Nullable Long createTime, @Nullable Long updateTime, @Nullable Long version) {
        this(category, guid, name, displayName, description, serviceType, superTypes, subTypes, entityTypes,
                attributeDefs, elementDefs, options, createdBy, updatedBy, createTime, updateTime, version, null);
    }

    /**
     * A new Atlan tag to create with {@link ReactiveTypeDefs#create(TypeDef)}; Atlan gives it a hashed internal
     * name.
     * @param displayName the name people will see, such as {@code PII}
     * @param description what the tag means
     * @return the definition to create
     */
    public static TypeDef atlanTag(String displayName, @Nullable String description) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("An Atlan tag needs a display name, such as 'PII'.");
        }
        return new TypeDef(TypeDefCategory.CLASSIFICATION, null, null, displayName, description, null, List.of(),
                null, List.of(), List.of(), null, null, null, null, null, null, null);
    }

    /**
     * Returns the name to show people: the display name, or the name when there is none.
     * @return the name to show
     */
    public @Nullable String nameToShow() {
        return (this.displayName != null && !this.displayName.isBlank()) ? this.displayName : this.name;
    }

}
