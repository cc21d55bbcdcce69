package dev.atlanspring.client.typedef;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.atlanspring.client.json.OtherFields;
import org.jspecify.annotations.Nullable;

/**
 * One attribute of a type definition. Atlan's attribute definitions carry many more settings (index type, search
 * weight, value counts, Elasticsearch mappings, a relationship's type name...); they are kept in
 * {@link #otherFields()} and written back as they came.
 *
 * @param name the attribute's name (for custom metadata, a hashed internal name)
 * @param displayName the name people see, when it differs from the name
 * @param typeName the attribute's type, such as {@code string}, {@code array<string>} or another type's name
 * @param description what the attribute means
 * @param isOptional whether an asset may leave it unset
 * @param isUnique whether each asset's value is unique
 * @param cardinality {@code SINGLE}, {@code LIST} or {@code SET}
 * @param options further settings Atlan keeps for the attribute (all values are strings on the wire)
 * @param otherFields the fields Atlan sent that this record has no component for
 */
public record AttributeDef(String name, @Nullable String displayName, @Nullable String typeName,
        @Nullable String description, @Nullable Boolean isOptional, @Nullable Boolean isUnique,
        @Nullable String cardinality, @Nullable Map<String, Object> options,
        @JsonAnySetter Map<String, @Nullable Object> otherFields) implements OtherFields {

    /**
     * Keeps the other fields unmodifiable and in order.
     */
    public AttributeDef {
        otherFields = OtherFields.copy(otherFields);
    }

    /**
     * An attribute definition with no other fields.
     * @param name the attribute's name
     * @param displayName the name people see
     * @param typeName the attribute's type
     * @param description what the attribute means
     * @param isOptional whether an asset may leave it unset
     * @param isUnique whether each asset's value is unique
     * @param cardinality {@code SINGLE}, {@code LIST} or {@code SET}
     * @param options further settings
     */
    public AttributeDef(String name, @Nullable String displayName, @Nullable String typeName,
            @Nullable String description, @Nullable Boolean isOptional, @Nullable Boolean isUnique,
            @Nullable String cardinality, @Nullable Map<String, Object> options) {
        this(name, displayName, typeName, description, isOptional, isUnique, cardinality, options, null);
    }

}
