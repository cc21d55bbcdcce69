package dev.atlanspring.client.typedef;

import org.jspecify.annotations.Nullable;

/**
 * One allowed value of an enumeration.
 *
 * @param value the value
 * @param ordinal its position
 * @param description what it means
 */
public record EnumElementDef(String value, @Nullable Integer ordinal, @Nullable String description) {
}
