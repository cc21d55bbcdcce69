package dev.atlanspring.client.custommetadata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.atlanspring.client.typedef.AttributeDef;
import org.jspecify.annotations.Nullable;

/**
 * Turns custom metadata values as Atlan stores them into Java values by their attribute's type, and back: a
 * {@code date} is epoch milliseconds on the wire and an {@link Instant} here, {@code int} and {@code long} are
 * {@link Long}s, {@code float} and {@code double} {@link Double}s, a {@code boolean} a {@link Boolean}, an enum its
 * value as a {@link String}, and a multi-valued attribute ({@code array<...>}, or the option
 * {@code multiValueSelect}) a {@link List} of those.
 */
final class CustomMetadataValues {

    private CustomMetadataValues() {
    }

    static @Nullable Object read(AttributeDef def, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            List<@Nullable Object> list = new ArrayList<>(values.size());
            values.forEach((element) -> list.add(readOne(elementType(def), element)));
            return list;
        }
        return readOne(elementType(def), value);
    }

    static @Nullable Object write(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            List<@Nullable Object> list = new ArrayList<>(values.size());
            values.forEach((element) -> list.add(write(element)));
            return list;
        }
        if (value instanceof Instant instant) {
            return instant.toEpochMilli();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }

    private static @Nullable Object readOne(String type, @Nullable Object value) {
        if (!(value instanceof Number number)) {
            return value;
        }
        return switch (type) {
            case "date" -> Instant.ofEpochMilli(number.longValue());
            case "int", "long", "short", "byte" -> number.longValue();
            case "float", "double" -> number.doubleValue();
            default -> value;
        };
    }

    private static String elementType(AttributeDef def) {
        String type = (def.typeName() != null) ? def.typeName() : "string";
        if (type.startsWith("array<") && type.endsWith(">")) {
            return type.substring(6, type.length() - 1);
        }
        return type;
    }

    static boolean isMultiValued(AttributeDef def) {
        Map<String, Object> options = def.options();
        return (def.typeName() != null && def.typeName().startsWith("array<"))
                || (options != null && "true".equals(String.valueOf(options.get("multiValueSelect"))));
    }

}
