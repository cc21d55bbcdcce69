package dev.atlanspring.client.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A {@link Query} on a range of values: {@code {"range":{field:{"gte":..,"lt":..}}}}; unset bounds are left out.
 * Start one with {@link Query#range(String)}.
 *
 * @param field the field
 * @param gt the exclusive lower bound
 * @param gte the inclusive lower bound
 * @param lt the exclusive upper bound
 * @param lte the inclusive upper bound
 */
public record RangeQuery(String field, @Nullable Object gt, @Nullable Object gte, @Nullable Object lt, @Nullable Object lte)
        implements Query {

    /** Checks the field. */
    public RangeQuery {
        QueryParts.requireField(field);
    }

    /**
     * Adds an exclusive lower bound.
     * @param bound a number, or a date Elasticsearch understands
     * @return the range with the bound
     */
    public RangeQuery gt(Object bound) {
        return new RangeQuery(this.field, QueryParts.requireValue(bound), this.gte, this.lt, this.lte);
    }

    /**
     * Adds an inclusive lower bound.
     * @param bound a number, or a date Elasticsearch understands
     * @return the range with the bound
     */
    public RangeQuery gte(Object bound) {
        return new RangeQuery(this.field, this.gt, QueryParts.requireValue(bound), this.lt, this.lte);
    }

    /**
     * Adds an exclusive upper bound.
     * @param bound a number, or a date Elasticsearch understands
     * @return the range with the bound
     */
    public RangeQuery lt(Object bound) {
        return new RangeQuery(this.field, this.gt, this.gte, QueryParts.requireValue(bound), this.lte);
    }

    /**
     * Adds an inclusive upper bound.
     * @param bound a number, or a date Elasticsearch understands
     * @return the range with the bound
     */
    public RangeQuery lte(Object bound) {
        return new RangeQuery(this.field, this.gt, this.gte, this.lt, QueryParts.requireValue(bound));
    }

    @Override
    public Map<String, Object> dsl() {
        Map<String, Object> bounds = new LinkedHashMap<>();
        QueryParts.putIfSet(bounds, "gt", this.gt);
        QueryParts.putIfSet(bounds, "gte", this.gte);
        QueryParts.putIfSet(bounds, "lt", this.lt);
        QueryParts.putIfSet(bounds, "lte", this.lte);
        if (bounds.isEmpty()) {
            throw new IllegalStateException("The range on '" + this.field
                    + "' has no bound; add one with gt, gte, lt or lte.");
        }
        return Map.of("range", Map.of(this.field, bounds));
    }

}
