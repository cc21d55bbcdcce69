package dev.atlanspring.client.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The checks and map building the {@link Query} clauses share.
 */
final class QueryParts {

    private QueryParts() {
    }

    static String requireField(String field) {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("A query clause needs a field, such as 'qualifiedName'.");
        }
        return field;
    }

    static Object requireValue(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("A query value is null; pass a string, number or boolean.");
        }
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw new IllegalArgumentException("A query value must be a string, number or boolean but is a "
                    + value.getClass().getSimpleName() + "; convert it (an Instant with toEpochMilli(), say).");
        }
        return value;
    }

    static Map<String, Object> map(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }

    static void putIfSet(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    static void putIfAny(Map<String, Object> map, String key, List<Query> queries) {
        if (!queries.isEmpty()) {
            map.put(key, queries);
        }
    }

    static List<Query> plus(List<Query> queries, Query... more) {
        List<Query> all = new ArrayList<>(queries);
        for (Query query : more) {
            all.add(Objects.requireNonNull(query, "query"));
        }
        return all;
    }

    static List<Query> translate(List<Query> queries, Map<String, String> names) {
        List<Query> translated = new ArrayList<>(queries.size());
        queries.forEach((query) -> translated.add(query.withTagNames(names)));
        return translated;
    }

}
