package dev.atlanspring.embedded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/meta/search/indexsearch}: filters, sorts, pages and projects entities.
 *
 * <p>Clients page through big results by repeating one query with a moving {@code from} or
 * {@code search_after}. The full sorted match list of recent queries is therefore kept, keyed by the
 * query, the sort and the store version; each further page is then a binary search and a slice
 * instead of a scan and sort of every entity. Any write changes the store version, so a cached list
 * is never served after the data changed.
 */
final class IndexSearch {

    private static final int DEFAULT_SIZE = 10;
    private static final int CACHED_QUERIES = 4;

    private record CachedMatches(long storeVersion, StoredEntity[] sorted) {
    }

    private final EntityStore store;
    private final SearchFields fields;
    private final SearchQueryParser parser;
    private final Map<String, CachedMatches> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CachedMatches> eldest) {
            return size() > CACHED_QUERIES;
        }
    };

    IndexSearch(EntityStore store, SearchFields fields) {
        this.store = store;
        this.fields = fields;
        this.parser = new SearchQueryParser(fields);
    }

    ObjectNode search(JsonNode request) {
        JsonNode dsl = request.get("dsl");
        if (dsl == null || !dsl.isObject()) {
            throw AtlanError.badRequest("Invalid search request: dsl is required and must be an object");
        }
        rejectAggregations(dsl);
        int from = nonNegative(dsl, "from", 0);
        int size = nonNegative(dsl, "size", DEFAULT_SIZE);
        JsonNode query = dsl.get("query");
        JsonNode postFilter = dsl.get("post_filter");
        Predicate<StoredEntity> matches = parser.parse(query, "dsl.query")
                .and(parser.parse(postFilter, "dsl.post_filter"));
        SearchSort sort = SearchSort.parse(dsl.get("sort"), fields);
        JsonNode searchAfter = dsl.get("search_after");
        Object[] cursor = null;
        if (searchAfter != null && !searchAfter.isNull()) {
            cursor = sort.cursor(searchAfter);
            if (from > 0) {
                throw SearchQueryParser.invalid("dsl.from", "must be 0 when search_after is used");
            }
        }
        List<String> attributes = names(request, "attributes");
        List<String> relationAttributes = names(request, "relationAttributes");

        StoredEntity[] sorted = matches(String.valueOf(query) + '\u0000' + postFilter + '\u0000' + dsl.get("sort"),
                matches, sort);
        int start = cursor != null ? sort.firstAfter(sorted, cursor) : (int) Math.min(from, sorted.length);
        int end = (int) Math.min((long) start + size, sorted.length);

        ObjectNode response = Json.object();
        response.put("queryType", "INDEX");
        response.put("approximateCount", (long) sorted.length);
        if (end > start) {
            ArrayNode entities = response.putArray("entities");
            for (int i = start; i < end; i++) {
                entities.add(project(sorted[i], attributes, relationAttributes));
            }
        }
        return response;
    }

    private StoredEntity[] matches(String cacheKey, Predicate<StoredEntity> matches, SearchSort sort) {
        long version = store.version();
        synchronized (cache) {
            CachedMatches cached = cache.get(cacheKey);
            if (cached != null && cached.storeVersion == version) {
                return cached.sorted;
            }
        }
        List<StoredEntity> hits = new ArrayList<>();
        for (StoredEntity entity : store.all()) {
            if (matches.test(entity)) {
                hits.add(entity);
            }
        }
        StoredEntity[] sorted = sort.sort(hits);
        synchronized (cache) {
            cache.put(cacheKey, new CachedMatches(version, sorted));
        }
        return sorted;
    }

    /**
     * A search result the way Atlan returns one: the entity's own fields, its qualifiedName and name,
     * and only the attributes asked for. A relationship asked for under {@code attributes} comes back
     * there too, as in Atlan; one asked for under {@code relationAttributes} in relationshipAttributes.
     */
    private static ObjectNode project(StoredEntity entity, List<String> attributes, List<String> relationAttributes) {
        ObjectNode json = Json.object();
        json.put("typeName", entity.typeName);
        json.put("guid", entity.guid);
        json.put("status", entity.status);
        json.put("displayText", entity.displayText());
        ObjectNode projected = json.putObject("attributes");
        projected.put("qualifiedName", entity.qualifiedName);
        copy(entity.attributes, "name", projected);
        for (String name : attributes) {
            if (!copy(entity.attributes, name, projected)) {
                copy(entity.relationshipAttributes, name, projected);
            }
        }
        if (!relationAttributes.isEmpty()) {
            ObjectNode relationships = json.putObject("relationshipAttributes");
            relationAttributes.forEach(name -> copy(entity.relationshipAttributes, name, relationships));
        }
        json.set("classifications", entity.classifications);
        json.set("meanings", entity.meanings);
        json.set("labels", entity.labels);
        json.put("createdBy", entity.createdBy);
        json.put("updatedBy", entity.updatedBy);
        json.put("createTime", entity.createTime);
        json.put("updateTime", entity.updateTime);
        return json;
    }

    private static boolean copy(ObjectNode source, String name, ObjectNode target) {
        JsonNode value = source.get(name);
        if (value == null) {
            return false;
        }
        target.set(name, value);
        return true;
    }

    private static List<String> names(JsonNode request, String field) {
        JsonNode value = request.get(field);
        List<String> names = new ArrayList<>();
        if (value == null || value.isNull()) {
            return names;
        }
        if (!value.isArray()) {
            throw AtlanError.badRequest("Invalid search request: " + field + " must be a list of names");
        }
        for (JsonNode name : value) {
            if (!name.isString()) {
                throw AtlanError.badRequest("Invalid search request: " + field + " must be a list of names");
            }
            names.add(name.stringValue());
        }
        return names;
    }

    private static int nonNegative(JsonNode dsl, String field, int defaultValue) {
        JsonNode value = dsl.get(field);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0) {
            return value.intValue();
        }
        throw SearchQueryParser.invalid("dsl." + field, "must be a non-negative integer, was " + value);
    }

    /** Aggregations would come back silently empty; a 400 tells the client the demo cannot do them. */
    private static void rejectAggregations(JsonNode dsl) {
        for (String key : List.of("aggs", "aggregations")) {
            JsonNode aggregations = dsl.get(key);
            if (aggregations != null && !aggregations.isNull() && !aggregations.isEmpty()) {
                throw SearchQueryParser.invalid("dsl." + key, "aggregations are not supported by the embedded demo Atlan");
            }
        }
    }
}
