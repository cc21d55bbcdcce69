package dev.atlanspring.client.typedef;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.atlanspring.client.json.OtherFields;
import org.jspecify.annotations.Nullable;

/**
 * One allowed value of an enumeration.
 *
 * @param value the value
 * @param ordinal its position
 * @param description what it means
 * @param otherFields the fields Atlan sent that this record has no component for
 */
public record EnumElementDef(String value, @Nullable Integer ordinal, @Nullable String description,
        @JsonAnySetter Map<String, @Nullable Object> otherFields) implements OtherFields {

    /**
     * Keeps the other fields unmodifiable and in order.
     */
    public EnumElementDef {
        otherFields = OtherFields.copy(otherFields);
    }

    /**
     * An enumeration value with no other fields.
     * @param value the value
     * @param ordinal its position
     * @param description what it means
     */
    public EnumElementDef(String value, @Nullable Integer ordinal, @Nullable String description) {
        this(value, ordinal, description, null);
    }

}
