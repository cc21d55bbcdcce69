package dev.atlanspring.embedded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The {@code sort} of an index search and its {@code search_after} cursor.
 *
 * <p>Elasticsearch semantics: fields apply in order, a multi-valued field sorts by its smallest value
 * ascending and its largest descending, and missing values go last in either direction unless
 * {@code "missing":"_first"}. Entities tied on every sort field keep their creation order, so a sort is
 * a stable total order and paging never shows an entity twice. {@code search_after} compares only the
 * sort fields, as Elasticsearch does: include a unique field such as {@code __guid} last to page
 * through ties.
 */
final class SearchSort {

    private enum Kind { FIELD, DOC, SCORE }

    private record Field(Kind kind, SearchFields.Accessor accessor, boolean descending, boolean missingFirst) {
    }

    private final List<Field> sortFields;

    private SearchSort(List<Field> sortFields) {
        this.sortFields = sortFields;
    }

    /** Parses a sort given as a list, a single object or a single field name. */
    static SearchSort parse(JsonNode sort, SearchFields fields) {
        List<Field> parsed = new ArrayList<>();
        if (sort != null && !sort.isNull()) {
            if (sort.isArray()) {
                for (int i = 0; i < sort.size(); i++) {
                    parsed.add(field(sort.get(i), "dsl.sort[" + i + "]", fields));
                }
            } else {
                parsed.add(field(sort, "dsl.sort", fields));
            }
        }
        return new SearchSort(parsed);
    }

    private static Field field(JsonNode item, String path, SearchFields fields) {
        if (item.isString()) {
            return field(item.stringValue(), null, path, fields);
        }
        if (!item.isObject() || item.size() != 1) {
            throw SearchQueryParser.invalid(path, "must be a field name or {\"field\":{\"order\":\"asc\"}}");
        }
        Map.Entry<String, JsonNode> only = item.properties().iterator().next();
        return field(only.getKey(), only.getValue(), path, fields);
    }

    private static Field field(String name, JsonNode options, String path, SearchFields fields) {
        Kind kind = name.equals("_doc") ? Kind.DOC : name.equals("_score") ? Kind.SCORE : Kind.FIELD;
        String order = kind == Kind.SCORE ? "desc" : "asc";
        String missing = "_last";
        if (options != null && options.isString()) {
            order = options.stringValue();
        } else if (options != null && options.isObject()) {
            order = options.has("order") ? String.valueOf(Json.text(options, "order")) : order;
            missing = options.has("missing") ? String.valueOf(Json.text(options, "missing")) : missing;
        } else if (options != null) {
            throw SearchQueryParser.invalid(path, "the options of " + name + " must be an order or an object");
        }
        order = order.toLowerCase(Locale.ROOT);
        if (!order.equals("asc") && !order.equals("desc")) {
            throw SearchQueryParser.invalid(path, "order must be asc or desc, was " + order);
        }
        if (!missing.equals("_last") && !missing.equals("_first")) {
            throw SearchQueryParser.invalid(path, "missing must be _last or _first, was " + missing);
        }
        return new Field(kind, kind == Kind.FIELD ? fields.accessor(name) : null, order.equals("desc"),
                missing.equals("_first"));
    }

    /**
     * An entity as a sort row: its sort values, one per sort field (null where it has none), followed by
     * the entity itself. Keys are read once per entity, not once per comparison.
     */
    Object[] row(StoredEntity entity) {
        int n = sortFields.size();
        Object[] row = new Object[n + 1];
        for (int i = 0; i < n; i++) {
            Field field = sortFields.get(i);
            row[i] = field.kind == Kind.DOC ? entity.seq
                    : field.kind == Kind.SCORE ? null
                    : representative(field.accessor.get(entity), field.descending);
        }
        row[n] = entity;
        return row;
    }

    static StoredEntity entityOf(Object[] row) {
        return (StoredEntity) row[row.length - 1];
    }

    /** The total order of rows: the sort fields, then creation order, so no two entities ever tie. */
    Comparator<Object[]> rowOrder() {
        return (a, b) -> {
            int c = compareKeys(a, b, false);
            return c != 0 ? c : Long.compare(entityOf(a).seq, entityOf(b).seq);
        };
    }

    StoredEntity[] sort(List<StoredEntity> entities) {
        Object[][] rows = new Object[entities.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row(entities.get(i));
        }
        Arrays.sort(rows, rowOrder());
        StoredEntity[] sorted = new StoredEntity[rows.length];
        for (int i = 0; i < rows.length; i++) {
            sorted[i] = entityOf(rows[i]);
        }
        return sorted;
    }

    /** The cursor of {@code search_after}, validated against the sort. */
    Object[] cursor(JsonNode searchAfter) {
        if (!searchAfter.isArray()) {
            throw SearchQueryParser.invalid("dsl.search_after", "must be a list of sort values");
        }
        if (sortFields.isEmpty()) {
            throw SearchQueryParser.invalid("dsl.search_after", "needs a sort to page by");
        }
        if (searchAfter.size() != sortFields.size()) {
            throw SearchQueryParser.invalid("dsl.search_after", "has " + searchAfter.size()
                    + " values but the sort has " + sortFields.size() + " fields");
        }
        Object[] cursor = new Object[searchAfter.size()];
        for (int i = 0; i < cursor.length; i++) {
            JsonNode value = searchAfter.get(i);
            if (value.isObject() || value.isArray()) {
                throw SearchQueryParser.invalid("dsl.search_after[" + i + "]", "must be a single value");
            }
            cursor[i] = SearchFields.scalar(value);
        }
        return cursor;
    }

    /** Whether a row sorts strictly after the cursor; only the sort fields count, as in Elasticsearch. */
    boolean isAfter(Object[] row, Object[] cursor) {
        return compareKeys(row, cursor, true) > 0;
    }

    /** The index of the first sorted entity strictly after the cursor. */
    int firstAfter(StoredEntity[] sorted, Object[] cursor) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (isAfter(row(sorted[mid]), cursor)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private int compareKeys(Object[] a, Object[] b, boolean coerceB) {
        for (int i = 0; i < sortFields.size(); i++) {
            Field field = sortFields.get(i);
            if (field.kind == Kind.SCORE) {
                continue;
            }
            Object x = a[i];
            Object y = coerceB && x != null && b[i] != null ? SearchFields.coerceLike(b[i], x) : b[i];
            int c;
            if (x == null || y == null) {
                c = x == y ? 0 : (x == null) == field.missingFirst ? -1 : 1;
            } else {
                c = SearchFields.compare(x, y);
                c = field.descending ? -c : c;
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The value a multi-valued field sorts by: its minimum ascending, its maximum descending. */
    private static Object representative(Object value, boolean descending) {
        if (!(value instanceof List)) {
            return value;
        }
        Object best = null;
        for (Object element : (List<?>) value) {
            if (element != null && (best == null || (SearchFields.compare(element, best) < 0) != descending)) {
                best = element;
            }
        }
        return best;
    }
}
