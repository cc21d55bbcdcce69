package dev.atlanspring.client.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of a search's aggregations, as Atlan passed them on from Elasticsearch: one JSON tree per name
 * given to {@link Search#aggregate(String, Aggregation)}, plus null-safe readers for the common shapes (a terms
 * aggregation's buckets, a metric's value). Atlan leaves the aggregations out when there are none to report, so
 * every reader answers "nothing" rather than failing. Immutable.
 */
public final class AggregationResults {

    /** No aggregations: none were asked for, or Atlan reported none. */
    public static final AggregationResults NONE = new AggregationResults(null);

    private final ObjectNode json;

    private AggregationResults(@Nullable JsonNode json) {
        this.json = (json != null && json.isObject()) ? ((ObjectNode) json).deepCopy()
                : JsonNodeFactory.instance.objectNode();
    }

    /**
     * Wraps the {@code aggregations} object of an index search answer.
     * @param json the object, or {@code null} when the answer had none
     * @return the results
     */
    public static AggregationResults of(@Nullable JsonNode json) {
        return (json == null || json.isEmpty()) ? NONE : new AggregationResults(json);
    }

    /**
     * Returns the names of the aggregations Atlan reported.
     * @return the names, in the order they came
     */
    public Set<String> names() {
        return new LinkedHashSet<>(this.json.propertyNames());
    }

    /**
     * Tells whether Atlan reported no aggregation at all.
     * @return {@code true} when there is none
     */
    public boolean isEmpty() {
        return this.json.isEmpty();
    }

    /**
     * Returns one aggregation's result as Elasticsearch wrote it, for shapes the other readers do not cover.
     * @param name the aggregation's name
     * @return a copy of its JSON tree, or {@code null} when Atlan reported no such aggregation
     */
    public @Nullable JsonNode get(String name) {
        JsonNode node = this.json.get(name);
        return (node != null) ? node.deepCopy() : null;
    }

    /**
     * Returns the buckets of a terms (or other bucketing) aggregation.
     * @param name the aggregation's name
     * @return the buckets, in Elasticsearch's order; empty when there is no such aggregation or it has no buckets
     */
    public List<Bucket> buckets(String name) {
        JsonNode buckets = this.json.path(name).path("buckets");
        if (!buckets.isArray()) {
            return List.of();
        }
        List<Bucket> result = new ArrayList<>(buckets.size());
        for (JsonNode bucket : buckets) {
            JsonNode key = bucket.path("key");
            result.add(new Bucket(key.isValueNode() ? key.asString() : key.toString(),
                    bucket.path("doc_count").asLong(0), bucket.deepCopy()));
        }
        return result;
    }

    /**
     * Returns the value of a metric aggregation, such as a {@code max} or {@code sum}.
     * @param name the aggregation's name
     * @return the value, or {@code null} when there is no such aggregation or its value is null (Elasticsearch
     * answers {@code "value": null} when no asset matched)
     */
    public @Nullable Double value(String name) {
        JsonNode value = this.json.path(name).path("value");
        return value.isNumber() ? value.asDouble() : null;
    }

    /**
     * Returns every aggregation as one JSON object, as Atlan sent it.
     * @return a copy of the {@code aggregations} object, empty when there were none
     */
    public JsonNode asJson() {
        return this.json.deepCopy();
    }

    @Override
    public String toString() {
        return "AggregationResults" + names();
    }

    /**
     * One bucket of a bucketing aggregation.
     *
     * @param key the bucket's key, such as a type name, as text
     * @param docCount how many matching assets fall in the bucket
     * @param json the whole bucket as Elasticsearch wrote it, sub-aggregations included
     */
    public record Bucket(String key, long docCount, JsonNode json) {
    }

}
