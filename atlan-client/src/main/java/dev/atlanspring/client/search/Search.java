package dev.atlanspring.client.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.atlanspring.client.AtlanClientSettings;
import dev.atlanspring.client.asset.AssetStatus;
import org.jspecify.annotations.Nullable;

/**
 * A search of the tenant's assets, built fluently and run with
 * {@link dev.atlanspring.client.asset.Assets#search(Search)}:
 * <pre>{@code
 * Search tables = Search.type("Table")
 *         .filter(Query.term("schemaQualifiedName", schema))
 *         .tagged("PII")
 *         .attributes("rowCount", "certificateStatus")
 *         .sort(SearchField.NAME, SortOrder.ASC);
 * }</pre>
 * Only {@link AssetStatus#ACTIVE} assets match unless {@link #status(AssetStatus...)} says otherwise. Every
 * condition becomes a clause of one {@code bool} query ({@link #query()}); type, status and tag conditions are
 * filters. Not thread-safe; running a search copies it, so changing it afterwards changes nothing already run.
 */
public final class Search {

    /**
     * How far Elasticsearch pages by {@code from} and {@code size} (its {@code index.max_result_window}); past it
     * a search pages by {@code search_after}.
     */
    public static final int DEFAULT_MAX_RESULT_WINDOW = 100_000;

    private final List<String> typeNames = new ArrayList<>();

    private final List<String> superTypeNames = new ArrayList<>();

    private final List<String> tagNames = new ArrayList<>();

    private BoolQuery conditions = Query.bool();

    private @Nullable Set<AssetStatus> statuses = EnumSet.of(AssetStatus.ACTIVE);

    private final List<String> attributes = new ArrayList<>();

    private final List<String> relationAttributes = new ArrayList<>();

    private final List<SortItem> sorts = new ArrayList<>();

    private final Map<String, Aggregation> aggregations = new LinkedHashMap<>();

    private @Nullable Integer pageSize;

    private int maxResultWindow = DEFAULT_MAX_RESULT_WINDOW;

    private Search() {
    }

    /**
     * Searches assets of one or more types.
     * @param typeNames such as {@code Table}
     * @return the search
     */
    public static Search type(String... typeNames) {
        return new Search().types(typeNames);
    }

    /**
     * Searches assets whose type inherits from one or more types, such as every {@code SQL} asset.
     * @param superTypeNames such as {@code SQL} or {@code Catalog}
     * @return the search
     */
    public static Search superType(String... superTypeNames) {
        return new Search().superTypes(superTypeNames);
    }

    /**
     * Searches assets of any type.
     * @return the search
     */
    public static Search all() {
        return new Search();
    }

    /**
     * Adds types; an asset of any of them matches.
     * @param typeNames such as {@code View}
     * @return this search
     */
    public Search types(String... typeNames) {
        this.typeNames.addAll(names(typeNames, "type name, such as 'Table'"));
        return this;
    }

    /**
     * Adds super types; an asset whose type inherits from any of them matches.
     * @param superTypeNames such as {@code SQL}
     * @return this search
     */
    public Search superTypes(String... superTypeNames) {
        this.superTypeNames.addAll(names(superTypeNames, "super type name, such as 'SQL'"));
        return this;
    }

    /**
     * Matches assets that carry any of these Atlan tags themselves (not by propagation). Give the names people
     * see; the client sends Atlan's hashed names.
     * @param displayNames such as {@code PII}
     * @return this search
     */
    public Search tagged(String... displayNames) {
        this.tagNames.addAll(names(displayNames, "tag display name, such as 'PII'"));
        return this;
    }

    /**
     * Adds clauses that must match, scored for relevance.
     * @param queries the clauses
     * @return this search
     */
    public Search must(Query... queries) {
        this.conditions = this.conditions.must(queries);
        return this;
    }

    /**
     * Adds clauses that must match, without scoring: the usual choice for exact conditions.
     * @param queries the clauses
     * @return this search
     */
    public Search filter(Query... queries) {
        this.conditions = this.conditions.filter(queries);
        return this;
    }

    /**
     * Adds clauses of which at least one must match (or {@link #minimumShouldMatch(int)}).
     * @param queries the clauses
     * @return this search
     */
    public Search should(Query... queries) {
        this.conditions = this.conditions.should(queries);
        return this;
    }

    /**
     * Adds clauses that must not match.
     * @param queries the clauses
     * @return this search
     */
    public Search mustNot(Query... queries) {
        this.conditions = this.conditions.mustNot(queries);
        return this;
    }

    /**
     * Sets how many of the {@link #should(Query...)} clauses must match.
     * @param count at least 0
     * @return this search
     */
    public Search minimumShouldMatch(int count) {
        this.conditions = this.conditions.minimumShouldMatch(count);
        return this;
    }

    /**
     * Matches assets in any of these states instead of only active ones.
     * @param statuses such as {@link AssetStatus#DELETED} for soft-deleted assets
     * @return this search
     */
    public Search status(AssetStatus... statuses) {
        if (statuses.length == 0) {
            throw new IllegalArgumentException("Give at least one status, or call anyStatus().");
        }
        this.statuses = EnumSet.copyOf(Arrays.asList(statuses));
        return this;
    }

    /**
     * Matches assets whatever their state, soft-deleted ones included.
     * @return this search
     */
    public Search anyStatus() {
        this.statuses = null;
        return this;
    }

    /**
     * Asks for attributes besides the qualified name and name every result has.
     * @param names such as {@code rowCount}
     * @return this search
     */
    public Search attributes(String... names) {
        this.attributes.addAll(names(names, "attribute name, such as 'rowCount'"));
        return this;
    }

    /**
     * Asks for attributes besides the qualified name and name every result has, such as the custom metadata names
     * of {@link dev.atlanspring.client.custommetadata.CustomMetadata#searchAttributes(String)}.
     * @param names the attribute names
     * @return this search
     */
    public Search attributes(Collection<String> names) {
        Objects.requireNonNull(names, "names");
        return attributes(names.toArray(String[]::new));
    }

    /**
     * Asks for relationship attributes (references to other assets), such as {@code schema}.
     * @param names the relationship attributes
     * @return this search
     */
    public Search relationAttributes(String... names) {
        this.relationAttributes.addAll(names(names, "relationship attribute name, such as 'schema'"));
        return this;
    }

    /**
     * Sorts the results; call again to break ties by another field. The client adds the GUID as the final sort,
     * so paging is stable. Without a sort, results come in creation order.
     * @param field such as {@link SearchField#NAME}
     * @param order the direction
     * @return this search
     */
    public Search sort(String field, SortOrder order) {
        this.sorts.add(new SortItem(field, order));
        return this;
    }

    /**
     * Adds an aggregation over every matching asset, such as counts per type; read its result from
     * {@link SearchResult#aggregations()}. It is sent, inside the DSL as {@code aggregations}, with the first page
     * only, since it covers all matches whatever the page.
     * @param name the name to read the result by; another aggregation of the same name is replaced
     * @param aggregation such as {@link Aggregation#terms(String, int)}
     * @return this search
     */
    public Search aggregate(String name, Aggregation aggregation) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An aggregation needs a name, such as 'by_type', to read it by.");
        }
        this.aggregations.put(name, Objects.requireNonNull(aggregation, "aggregation"));
        return this;
    }

    /**
     * Adds an aggregation written as Elasticsearch's DSL; see {@link #aggregate(String, Aggregation)}.
     * @param name the name to read the result by
     * @param aggregation the aggregation's JSON, such as {@code Map.of("terms", Map.of("field", "ownerUsers"))}
     * @return this search
     */
    public Search aggregate(String name, Map<String, ?> aggregation) {
        return aggregate(name, Aggregation.of(aggregation));
    }

    /**
     * Sets how many assets each request asks for; the client's {@code search.page-size} unless set.
     * @param pageSize 1 to 5,000
     * @return this search
     */
    public Search pageSize(int pageSize) {
        if (pageSize < 1 || pageSize > AtlanClientSettings.MAX_SEARCH_PAGE_SIZE) {
            throw new IllegalArgumentException("The page size must be between 1 and "
                    + AtlanClientSettings.MAX_SEARCH_PAGE_SIZE + " but is " + pageSize + ".");
        }
        this.pageSize = pageSize;
        return this;
    }

    /**
     * Sets how far the search pages by {@code from} and {@code size} before it switches to {@code search_after}.
     * Keep the default, Elasticsearch's limit, unless your tenant's is lower (or a test wants to cross it with
     * fewer assets).
     * @param maxResultWindow at least 1; 100,000 unless set
     * @return this search
     */
    public Search maxResultWindow(int maxResultWindow) {
        if (maxResultWindow < 1) {
            throw new IllegalArgumentException("The max result window must be at least 1 but is " + maxResultWindow
                    + ".");
        }
        this.maxResultWindow = maxResultWindow;
        return this;
    }

    /**
     * Returns the query the search sends, with tag display names not yet translated.
     * @return a {@code bool} query, or {@code match_all} when there is no condition at all
     */
    public Query query() {
        BoolQuery bool = Query.bool();
        if (this.statuses != null) {
            List<String> states = this.statuses.stream().map(Enum::name).toList();
            bool = bool.filter(oneOrAny("__state", states));
        }
        if (!this.typeNames.isEmpty()) {
            bool = bool.filter(oneOrAny(SearchField.TYPE_NAME, this.typeNames));
        }
        if (!this.superTypeNames.isEmpty()) {
            bool = bool.filter(oneOrAny(SearchField.SUPER_TYPE_NAMES, this.superTypeNames));
        }
        if (!this.tagNames.isEmpty()) {
            bool = bool.filter(Query.terms(SearchField.TAGS, this.tagNames));
        }
        bool = new BoolQuery(this.conditions.must(), plus(bool.filter(), this.conditions.filter()),
                this.conditions.should(), this.conditions.mustNot(), this.conditions.minimumShouldMatch());
        boolean empty = bool.must().isEmpty() && bool.filter().isEmpty() && bool.should().isEmpty()
                && bool.mustNot().isEmpty();
        return empty ? Query.matchAll() : bool;
    }

    /** An immutable copy to run. */
    SearchSpec spec(int defaultPageSize) {
        int size = (this.pageSize != null) ? this.pageSize : defaultPageSize;
        if (size > this.maxResultWindow) {
            throw new IllegalArgumentException("The page size (" + size + ") is larger than the max result window ("
                    + this.maxResultWindow + "); lower the page size.");
        }
        return new SearchSpec(query(), List.copyOf(this.sorts), List.copyOf(this.attributes),
                List.copyOf(this.relationAttributes), size, this.maxResultWindow,
                Collections.unmodifiableMap(new LinkedHashMap<>(this.aggregations)));
    }

    private static Query oneOrAny(String field, List<String> values) {
        List<String> distinct = values.stream().distinct().toList();
        return (distinct.size() == 1) ? Query.term(field, distinct.get(0)) : Query.terms(field, distinct);
    }

    private static List<Query> plus(List<Query> first, List<Query> second) {
        List<Query> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<String> names(String[] names, String what) {
        Objects.requireNonNull(names, "names");
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A " + what + " is blank; pass non-blank names.");
            }
        }
        return Arrays.asList(names);
    }

    @Override
    public String toString() {
        return "Search[" + query().dsl() + ", sort=" + this.sorts + "]";
    }

}
