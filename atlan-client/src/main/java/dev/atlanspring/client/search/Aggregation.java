package dev.atlanspring.client.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * One Elasticsearch aggregation, sent as it is inside the search's {@code dsl.aggregations} (Atlan passes the DSL
 * through to Elasticsearch and its answer back). Name it with {@link Search#aggregate(String, Aggregation)} and
 * read its result from {@link AggregationResults}:
 * <pre>{@code
 * SearchResult result = atlan.assets().search(Search.all()
 *         .aggregate("by_type", Aggregation.terms(SearchField.TYPE_NAME, 10))
 *         .aggregate("latest_update", Aggregation.max("__modificationTimestamp")));
 * result.aggregations().buckets("by_type");          // [Bucket[key=Column, docCount=41], ...]
 * result.aggregations().value("latest_update");      // null when nothing matched
 * }</pre>
 * Immutable.
 */
public final class Aggregation {

    private final Map<String, Object> body;

    private Aggregation(Map<String, ?> body) {
        this.body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
    }

    /**
     * Counts the matching assets per value of a field, the most frequent first.
     * @param field a keyword field, such as {@link SearchField#TYPE_NAME}
     * @param size how many values to return at most
     * @return the aggregation
     */
    public static Aggregation terms(String field, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("A terms aggregation returns at least 1 value but the size is " + size
                    + ".");
        }
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("field", requireField(field));
        terms.put("size", size);
        return new Aggregation(Map.of("terms", terms));
    }

    /**
     * Counts the matching assets per value of a field, for Elasticsearch's default of 10 values.
     * @param field a keyword field, such as {@link SearchField#TYPE_NAME}
     * @return the aggregation
     */
    public static Aggregation terms(String field) {
        return new Aggregation(Map.of("terms", Map.of("field", requireField(field))));
    }

    /**
     * The largest value of a numeric or date field among the matching assets.
     * @param field such as {@code __modificationTimestamp}
     * @return the aggregation
     */
    public static Aggregation max(String field) {
        return metric("max", field);
    }

    /**
     * The smallest value of a numeric or date field among the matching assets.
     * @param field such as {@code __timestamp}
     * @return the aggregation
     */
    public static Aggregation min(String field) {
        return metric("min", field);
    }

    /**
     * The average of a numeric field over the matching assets.
     * @param field such as {@code rowCount}
     * @return the aggregation
     */
    public static Aggregation avg(String field) {
        return metric("avg", field);
    }

    /**
     * The sum of a numeric field over the matching assets.
     * @param field such as {@code rowCount}
     * @return the aggregation
     */
    public static Aggregation sum(String field) {
        return metric("sum", field);
    }

    /**
     * The approximate number of distinct values of a field among the matching assets.
     * @param field a keyword field
     * @return the aggregation
     */
    public static Aggregation cardinality(String field) {
        return metric("cardinality", field);
    }

    /**
     * Any aggregation, written as Elasticsearch's DSL, such as {@code {"date_histogram": {...}}}.
     * @param body the aggregation's JSON, as maps, lists and values (or a Jackson tree)
     * @return the aggregation
     */
    public static Aggregation of(Map<String, ?> body) {
        Objects.requireNonNull(body, "body");
        if (body.isEmpty()) {
            throw new IllegalArgumentException("An aggregation needs a body, such as {\"terms\": {\"field\": ...}}.");
        }
        return new Aggregation(body);
    }

    private static Aggregation metric(String kind, String field) {
        return new Aggregation(Map.of(kind, Map.of("field", requireField(field))));
    }

    private static String requireField(@Nullable String field) {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("An aggregation needs a field, such as '__typeName.keyword'.");
        }
        return field;
    }

    /**
     * Returns the aggregation's JSON, as it is sent.
     * @return the body, unmodifiable
     */
    @JsonValue
    public Map<String, Object> body() {
        return this.body;
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof Aggregation that) && this.body.equals(that.body);
    }

    @Override
    public int hashCode() {
        return this.body.hashCode();
    }

    @Override
    public String toString() {
        return "Aggregation" + this.body;
    }

}
