package dev.atlanspring.embedded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/meta/search/indexsearch}: filters, sorts and pages the stored entities.
 *
 * <p>Two access patterns matter. A one-off query wants its first page fast: it gets the requested
 * window from a single scan with a bounded heap, without sorting every match. A client paging
 * through a big result repeats one query with a moving {@code from} or {@code search_after}: the
 * second time a query is asked, its full sorted match list is built and kept, keyed by the query,
 * the sort and the store version, so every further page is a binary search and a slice. Any write
 * changes the store version, so a kept list is never served after the data changed.
 */
final class IndexSearch {

    private static final int DEFAULT_SIZE = 10;
    private static final int KEPT_QUERIES = 4;

    /** What is known of a query at a store version: that it was asked, and once paged, its sorted matches. */
    private record KnownQuery(long storeVersion, StoredEntity[] sorted) {
    }

    /** One page of a search and the number of matches in all. */
    private record Page(List<StoredEntity> entities, long count) {
    }

    private final EntityStore store;
    private final SearchFields fields;
    private final int maxResultWindow;
    private final SearchQueryParser parser;

    private final SearchAggregations aggregations;
    private final Map<String, KnownQuery> known = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KnownQuery> eldest) {
            return size() > KEPT_QUERIES;
        }
    };

    /**
     * @param maxResultWindow how far {@code from + size} may reach, as Elasticsearch's
     *                        {@code index.max_result_window}; past it only {@code search_after} pages
     */
    IndexSearch(EntityStore store, SearchFields fields, int maxResultWindow) {
        this.store = store;
        this.fields = fields;
        this.maxResultWindow = maxResultWindow;
        this.parser = new SearchQueryParser(fields);
        this.aggregations = new SearchAggregations(fields);
    }

    /** Runs a search request and returns the response body. */
    byte[] search(JsonNode request) {
        JsonNode dsl = request.get("dsl");
        if (dsl == null || !dsl.isObject()) {
            throw AtlanError.badRequest("Invalid search request: dsl is required and must be an object");
        }
        JsonNode aggregations = SearchAggregations.requested(dsl);
        if (aggregations != null) {
            this.aggregations.validate(aggregations);
        }
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
        if ((long) from + size > maxResultWindow) {
            // Elasticsearch's own words, so clients that recognise them react as they would to Atlan.
            throw AtlanError.badRequest("Result window is too large, from + size must be less than or equal to: ["
                    + maxResultWindow + "] but was [" + ((long) from + size) + "]. See the scroll api for a more"
                    + " efficient way to request large data sets.");
        }
        SearchResultWriter writer = new SearchResultWriter(names(request, "attributes"),
                names(request, "relationAttributes"));

        String key = String.valueOf(query) + '\u0000' + postFilter + '\u0000' + dsl.get("sort");
        Page page = page(key, matches, sort, from, size, cursor);
        return writer.write(page.count, page.entities,
                aggregations == null ? null : this.aggregations.compute(aggregations, store.all(), matches));
    }

    private Page page(String key, Predicate<StoredEntity> matches, SearchSort sort, int from, int size,
            Object[] cursor) {
        long version = store.version();
        KnownQuery knownQuery;
        synchronized (known) {
            knownQuery = known.get(key);
        }
        boolean askedBefore = knownQuery != null && knownQuery.storeVersion == version;
        if (!askedBefore) {
            synchronized (known) {
                known.put(key, new KnownQuery(version, null));
            }
            return window(matches, sort, from, size, cursor);
        }
        StoredEntity[] sorted = knownQuery.sorted;
        if (sorted == null) {
            sorted = sortAll(matches, sort);
            synchronized (known) {
                known.put(key, new KnownQuery(version, sorted));
            }
        }
        int start = cursor != null ? sort.firstAfter(sorted, cursor) : Math.min(from, sorted.length);
        int end = (int) Math.min((long) start + size, sorted.length);
        return new Page(Arrays.asList(sorted).subList(start, end), sorted.length);
    }

    private StoredEntity[] sortAll(Predicate<StoredEntity> matches, SearchSort sort) {
        List<StoredEntity> hits = new ArrayList<>();
        for (StoredEntity entity : store.all()) {
            if (matches.test(entity)) {
                hits.add(entity);
            }
        }
        return sort.sort(hits);
    }

    /** One page from one scan: a bounded heap keeps the best {@code from + size} rows seen so far. */
    private Page window(Predicate<StoredEntity> matches, SearchSort sort, int from, int size, Object[] cursor) {
        int window = cursor != null ? size : (int) Math.min((long) from + size, Integer.MAX_VALUE);
        Comparator<Object[]> order = sort.rowOrder();
        PriorityQueue<Object[]> worstFirst = new PriorityQueue<>(Math.min(window, 4096) + 1, order.reversed());
        long count = 0;
        for (StoredEntity entity : store.all()) {
            if (!matches.test(entity)) {
                continue;
            }
            count++;
            if (window == 0) {
                continue;
            }
            Object[] row = sort.row(entity);
            if (cursor != null && !sort.isAfter(row, cursor)) {
                continue;
            }
            if (worstFirst.size() < window) {
                worstFirst.add(row);
            } else if (order.compare(row, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(row);
            }
        }
        List<Object[]> rows = new ArrayList<>(worstFirst);
        rows.sort(order);
        int start = cursor != null ? 0 : Math.min(from, rows.size());
        List<StoredEntity> entities = new ArrayList<>(rows.size() - start);
        for (Object[] row : rows.subList(start, rows.size())) {
            entities.add(SearchSort.entityOf(row));
        }
        return new Page(entities, count);
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
}
