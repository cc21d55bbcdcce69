package dev.atlanspring.embedded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Elasticsearch aggregations over the entities a search matches, for the subset clients use: {@code terms} and
 * the metrics {@code max}, {@code min}, {@code avg}, {@code sum}, {@code value_count} and {@code cardinality}.
 * Atlan passes Elasticsearch's {@code aggregations} through untouched (atlas-metastore
 * {@code AtlasElasticsearchQuery.getResultFromResponse}), so the answer has Elasticsearch's shapes: terms buckets
 * of {@code key} and {@code doc_count}, most frequent first, and a metric's {@code value} ({@code null} when no
 * entity has the field). Anything else is refused with a 400 that names it, rather than answered wrongly.
 */
final class SearchAggregations {

    private static final int DEFAULT_TERMS_SIZE = 10;

    private final SearchFields fields;

    SearchAggregations(SearchFields fields) {
        this.fields = fields;
    }

    /** The aggregations a DSL asks for, under {@code aggregations} or {@code aggs}; null when it asks none. */
    static JsonNode requested(JsonNode dsl) {
        for (String key : List.of("aggregations", "aggs")) {
            JsonNode aggregations = dsl.get(key);
            if (aggregations != null && !aggregations.isNull() && !aggregations.isEmpty()) {
                if (!aggregations.isObject()) {
                    throw SearchQueryParser.invalid("dsl." + key, "must be an object of named aggregations");
                }
                return aggregations;
            }
        }
        return null;
    }

    /** Checks every aggregation before the search runs, so that a bad one is a 400 and nothing else. */
    void validate(JsonNode requested) {
        requested.properties().forEach(named -> kind(named.getKey(), named.getValue()));
    }

    ObjectNode compute(JsonNode requested, Iterable<StoredEntity> entities, Predicate<StoredEntity> matches) {
        Map<String, Object> states = new LinkedHashMap<>();
        Map<String, SearchFields.Accessor> accessors = new LinkedHashMap<>();
        requested.properties().forEach(named -> {
            String kind = kind(named.getKey(), named.getValue());
            accessors.put(named.getKey(), fields.accessor(Json.text(named.getValue().get(kind), "field")));
            states.put(named.getKey(), kind.equals("terms") ? new LinkedHashMap<String, Long>() : new Metric());
        });
        for (StoredEntity entity : entities) {
            if (!matches.test(entity)) {
                continue;
            }
            accessors.forEach((name, accessor) -> {
                Object value = accessor.get(entity);
                Object state = states.get(name);
                SearchFields.forEachValue(value, each -> {
                    if (!SearchFields.isPresent(each)) {
                        return;
                    }
                    if (state instanceof Metric metric) {
                        metric.add(each);
                    } else {
                        @SuppressWarnings("unchecked")
                        Map<String, Long> counts = (Map<String, Long>) state;
                        counts.merge(String.valueOf(each), 1L, Long::sum);
                    }
                });
            });
        }
        ObjectNode result = Json.object();
        requested.properties().forEach(named -> {
            String kind = kind(named.getKey(), named.getValue());
            Object state = states.get(named.getKey());
            if (state instanceof Metric metric) {
                metric.write(result.putObject(named.getKey()), kind);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Long> counts = (Map<String, Long>) state;
                int size = named.getValue().get(kind).path("size").asInt(DEFAULT_TERMS_SIZE);
                writeTerms(result.putObject(named.getKey()), counts, size);
            }
        });
        return result;
    }

    private static String kind(String name, JsonNode aggregation) {
        String where = "dsl.aggregations." + name;
        if (aggregation == null || !aggregation.isObject() || aggregation.size() != 1) {
            throw SearchQueryParser.invalid(where, "must name one aggregation, such as {\"terms\": {\"field\": ...}}");
        }
        String kind = aggregation.propertyNames().iterator().next();
        if (!List.of("terms", "max", "min", "avg", "sum", "value_count", "cardinality").contains(kind)) {
            throw SearchQueryParser.invalid(where, "the embedded demo Atlan computes terms, max, min, avg, sum,"
                    + " value_count and cardinality aggregations, not " + kind);
        }
        if (Json.isBlank(Json.text(aggregation.get(kind), "field"))) {
            throw SearchQueryParser.invalid(where + "." + kind, "needs a field");
        }
        return kind;
    }

    private static void writeTerms(ObjectNode out, Map<String, Long> counts, int size) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        long shown = 0;
        long all = 0;
        ArrayNode buckets = Json.array();
        for (int i = 0; i < sorted.size(); i++) {
            all += sorted.get(i).getValue();
            if (i < size) {
                buckets.addObject().put("key", sorted.get(i).getKey()).put("doc_count", sorted.get(i).getValue());
                shown += sorted.get(i).getValue();
            }
        }
        out.put("doc_count_error_upper_bound", 0);
        out.put("sum_other_doc_count", all - shown);
        out.set("buckets", buckets);
    }

    /** Running numbers of one metric aggregation. */
    private static final class Metric {

        private long count;
        private double sum;
        private Double max;
        private Double min;
        private final Set<String> distinct = new HashSet<>();

        void add(Object value) {
            count++;
            distinct.add(String.valueOf(value));
            if (value instanceof Number number) {
                double d = number.doubleValue();
                sum += d;
                max = max == null ? d : Math.max(max, d);
                min = min == null ? d : Math.min(min, d);
            }
        }

        void write(ObjectNode out, String kind) {
            switch (kind) {
                case "max" -> putOrNull(out, max);
                case "min" -> putOrNull(out, min);
                case "avg" -> putOrNull(out, count == 0 ? null : sum / count);
                case "sum" -> out.put("value", sum);
                case "value_count" -> out.put("value", count);
                default -> out.put("value", distinct.size());
            }
        }

        private static void putOrNull(ObjectNode out, Double value) {
            if (value == null) {
                out.putNull("value");
            } else {
                out.put("value", value);
            }
        }
    }
}
