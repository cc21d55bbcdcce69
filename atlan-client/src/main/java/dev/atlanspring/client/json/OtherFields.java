package dev.atlanspring.client.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import org.jspecify.annotations.Nullable;

/**
 * A model that keeps the JSON fields it has no accessor for, so that reading an object from Atlan and writing it
 * back sends what came: nothing Atlan added after this client was written is lost on the way through. It is the
 * one idiom every model the client reads uses. A record implements it with a last component
 * {@code @JsonAnySetter Map<String, @Nullable Object> otherFields}, which Jackson fills with the unknown fields,
 * and normalises that component with {@link #copy(Map)}; this interface writes them back out.
 */
public interface OtherFields {

    /**
     * Returns the fields Atlan sent that this model has no accessor for, in the order they came; they are written
     * back as they are.
     * @return the fields by name, unmodifiable, possibly empty
     */
    @JsonAnyGetter
    Map<String, @Nullable Object> otherFields();

    /**
     * Copies a model's other fields into an unmodifiable map that keeps their order; for a record's compact
     * constructor.
     * @param fields the fields Jackson collected, or {@code null} when there were none
     * @return the copy, empty for {@code null}
     */
    static Map<String, @Nullable Object> copy(@Nullable Map<String, @Nullable Object> fields) {
        if (fields == null || fields.isEmpty()) {
            return Map.of();
        }
        // Not Map.copyOf: Atlan sends explicit nulls (they are part of what must come back) and the order is
        // kept so that a re-encoded body reads like the one that came.
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

}
