package dev.atlanspring.client.search;

import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One field to sort search results by, written as {@code {"field":{"order":"asc"}}}.
 *
 * @param field the index field, such as {@code name.keyword} or {@link SearchField#CREATE_TIME}
 * @param order the direction
 */
public record SortItem(String field, SortOrder order) {

    /**
     * Checks the parts.
     */
    public SortItem {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("A sort needs a field, such as 'name.keyword'.");
        }
        Objects.requireNonNull(order, "order");
    }

    /**
     * Sorts by a field, smallest first.
     * @param field the index field
     * @return the sort
     */
    public static SortItem asc(String field) {
        return new SortItem(field, SortOrder.ASC);
    }

    /**
     * Sorts by a field, largest first.
     * @param field the index field
     * @return the sort
     */
    public static SortItem desc(String field) {
        return new SortItem(field, SortOrder.DESC);
    }

    /**
     * Returns the sort as Elasticsearch's DSL writes it.
     * @return {@code {"field":{"order":"asc"}}}
     */
    @JsonValue
    public Map<String, Object> dsl() {
        return Map.of(this.field, Map.of("order", this.order.wireValue()));
    }

}
