package dev.atlanspring.client.typedef;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One attribute of a type definition.
 *
 * @param name the attribute's name (for custom metadata, a hashed internal name)
 * @param displayName the name people see, when it differs from the name
 * @param typeName the attribute's type, such as {@code string}, {@code array<string>} or another type's name
 * @param description what the attribute means
 * @param isOptional whether an asset may leave it unset
 * @param isUnique whether each asset's value is unique
 * @param cardinality {@code SINGLE}, {@code LIST} or {@code SET}
 * @param options further settings Atlan keeps for the attribute
 */
public record AttributeDef(String name, @Nullable String displayName, @Nullable String typeName,
        @Nullable String description, @Nullable Boolean isOptional, @Nullable Boolean isUnique,
        @Nullable String cardinality, @Nullable Map<String, Object> options) {
}
