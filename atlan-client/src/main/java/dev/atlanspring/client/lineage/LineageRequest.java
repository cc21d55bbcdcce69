package dev.atlanspring.client.lineage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What to read of an asset's lineage, built fluently and run with
 * {@link dev.atlanspring.client.lineage.Lineage#list(LineageRequest)}:
 * <pre>{@code
 * LineageRequest downstream = LineageRequest.downstream(tableGuid)
 *         .depth(2)                                           // assets two hops away, and the processes between
 *         .whereResults(LineageFilter.eq("__typeName", "View"))
 *         .attributes("certificateStatus");
 * }</pre>
 * It becomes the body of Atlan's {@code POST /api/meta/lineage/list} (atlas-metastore {@code LineageListRequest}),
 * with pyatlan's defaults ({@code FluentLineage}, {@code LineageListRequest.create}): every depth
 * ({@code 1000000}), without terms or Atlan tags on the results. The {@code from} and {@code size} of each page are
 * the client's to set. Not thread-safe; running a request copies it.
 */
public final class LineageRequest {

    /** The depth pyatlan asks for unless told otherwise: in effect, all of the lineage. */
    public static final int DEFAULT_DEPTH = 1_000_000;

    /** The largest depth Atlan accepts ({@code LineageListRequestValidator}: {@code Integer.MAX_VALUE / 2}). */
    public static final int MAX_DEPTH = Integer.MAX_VALUE / 2;

    private final String guid;

    private final LineageDirection direction;

    private int depth = DEFAULT_DEPTH;

    private @Nullable Integer pageSize;

    private final Set<String> attributes = new LinkedHashSet<>();

    private final Set<String> relationAttributes = new LinkedHashSet<>();

    private boolean includeMeanings;

    private boolean includeAtlanTags;

    private boolean immediateNeighbours;

    private @Nullable Filters results;

    private @Nullable Filters assets;

    private @Nullable Filters relationships;

    private LineageRequest(String guid, LineageDirection direction) {
        if (guid == null || guid.isBlank()) {
            throw new IllegalArgumentException("A lineage request needs the GUID of the asset to start from.");
        }
        this.guid = guid;
        this.direction = Objects.requireNonNull(direction, "direction");
    }

    /**
     * Reads what is made from an asset: the processes that read it, the assets they write, and so on.
     * @param guid the GUID of the asset to start from
     * @return the request
     */
    public static LineageRequest downstream(String guid) {
        return new LineageRequest(guid, LineageDirection.DOWNSTREAM);
    }

    /**
     * Reads where an asset comes from: the processes that wrote it, the assets they read, and so on.
     * @param guid the GUID of the asset to start from
     * @return the request
     */
    public static LineageRequest upstream(String guid) {
        return new LineageRequest(guid, LineageDirection.UPSTREAM);
    }

    /**
     * Reads an asset's lineage in one direction.
     * @param guid the GUID of the asset to start from
     * @param direction upstream or downstream
     * @return the request
     */
    public static LineageRequest of(String guid, LineageDirection direction) {
        return new LineageRequest(guid, direction);
    }

    /**
     * Sets how many assets away to read: 1 is the processes next to the asset and the assets on their other side,
     * 2 adds the processes and assets beyond those, and so on.
     * @param depth from 0 to {@link #MAX_DEPTH}; {@link #DEFAULT_DEPTH} unless set
     * @return this request
     */
    public LineageRequest depth(int depth) {
        if (depth < 0 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("The lineage depth must be from 0 to " + MAX_DEPTH + " (Atlan's"
                    + " limit), was " + depth + "; 1 reads the assets next to the asset.");
        }
        this.depth = depth;
        return this;
    }

    /**
     * Sets how many results each request asks for; the results are still read to the end, a page at a time.
     * @param pageSize at least 1; the client's search page size unless set
     * @return this request
     */
    public LineageRequest pageSize(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("The lineage page size must be at least 1, was " + pageSize + ".");
        }
        this.pageSize = pageSize;
        return this;
    }

    /**
     * Adds attributes to read on each result, besides its qualified name and name.
     * @param attributes attribute names, such as {@code certificateStatus}
     * @return this request
     */
    public LineageRequest attributes(String... attributes) {
        this.attributes.addAll(names(attributes, "attribute"));
        return this;
    }

    /**
     * Adds relationship attributes to read on each result.
     * @param relationAttributes relationship attribute names
     * @return this request
     */
    public LineageRequest relationAttributes(String... relationAttributes) {
        this.relationAttributes.addAll(names(relationAttributes, "relationship attribute"));
        return this;
    }

    /**
     * Sets whether the results carry their assigned glossary terms (Atlan's {@code excludeMeanings} inverted).
     * @param includeMeanings {@code true} to read them; {@code false} unless set
     * @return this request
     */
    public LineageRequest includeMeanings(boolean includeMeanings) {
        this.includeMeanings = includeMeanings;
        return this;
    }

    /**
     * Sets whether the results carry their Atlan tags (Atlan's {@code excludeClassifications} inverted).
     * @param includeAtlanTags {@code true} to read them, by display name; {@code false} unless set
     * @return this request
     */
    public LineageRequest includeAtlanTags(boolean includeAtlanTags) {
        this.includeAtlanTags = includeAtlanTags;
        return this;
    }

    /**
     * Sets whether the start asset comes first among the results and each result lists the assets next to it
     * ({@code immediateUpstream}, {@code immediateDownstream} in its other fields).
     * @param immediateNeighbours {@code true} to have them; {@code false} unless set
     * @return this request
     */
    public LineageRequest immediateNeighbours(boolean immediateNeighbours) {
        this.immediateNeighbours = immediateNeighbours;
        return this;
    }

    /**
     * Keeps only the results that pass every filter; the others are still walked through (Atlan's
     * {@code entityFilters}).
     * @param filters the filters
     * @return this request
     */
    public LineageRequest whereResults(LineageFilter... filters) {
        return whereResults(Condition.AND, filters);
    }

    /**
     * Keeps only the results that pass the filters, all or any of them (Atlan's {@code entityFilters}).
     * @param condition whether all or any must pass
     * @param filters the filters
     * @return this request
     */
    public LineageRequest whereResults(Condition condition, LineageFilter... filters) {
        this.results = new Filters(condition, filters);
        return this;
    }

    /**
     * Walks only through the assets and processes that pass every filter: what lies beyond one that does not is
     * left out (Atlan's {@code entityTraversalFilters}).
     * @param filters the filters
     * @return this request
     */
    public LineageRequest whereAssets(LineageFilter... filters) {
        return whereAssets(Condition.AND, filters);
    }

    /**
     * Walks only through the assets and processes that pass the filters, all or any of them.
     * @param condition whether all or any must pass
     * @param filters the filters
     * @return this request
     */
    public LineageRequest whereAssets(Condition condition, LineageFilter... filters) {
        this.assets = new Filters(condition, filters);
        return this;
    }

    /**
     * Walks only along the relationships that pass the filters (Atlan's {@code relationshipTraversalFilters}).
     * @param condition whether all or any must pass
     * @param filters the filters
     * @return this request
     */
    public LineageRequest whereRelationships(Condition condition, LineageFilter... filters) {
        this.relationships = new Filters(condition, filters);
        return this;
    }

    /**
     * Returns the GUID of the asset the lineage starts from.
     * @return the GUID
     */
    public String guid() {
        return this.guid;
    }

    /**
     * Returns the direction.
     * @return upstream or downstream
     */
    public LineageDirection direction() {
        return this.direction;
    }

    /**
     * Returns the body of one page's request, as Atlan's {@code LineageListRequest} names its fields.
     * @param from how many results to skip
     * @param defaultPageSize the page size when the request sets none
     * @return the body
     */
    Map<String, Object> body(int from, int defaultPageSize) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("guid", this.guid);
        body.put("size", effectivePageSize(defaultPageSize));
        body.put("from", from);
        body.put("depth", this.depth);
        body.put("direction", this.direction);
        if (this.results != null) {
            body.put("entityFilters", this.results.toWire());
        }
        if (this.assets != null) {
            body.put("entityTraversalFilters", this.assets.toWire());
        }
        if (this.relationships != null) {
            body.put("relationshipTraversalFilters", this.relationships.toWire());
        }
        if (!this.attributes.isEmpty()) {
            body.put("attributes", List.copyOf(this.attributes));
        }
        if (!this.relationAttributes.isEmpty()) {
            body.put("relationAttributes", List.copyOf(this.relationAttributes));
        }
        body.put("excludeMeanings", !this.includeMeanings);
        body.put("excludeClassifications", !this.includeAtlanTags);
        body.put("immediateNeighbours", this.immediateNeighbours);
        return body;
    }

    int effectivePageSize(int defaultPageSize) {
        return (this.pageSize != null) ? this.pageSize : defaultPageSize;
    }

    /** A copy, so that changing this request afterwards changes nothing already run. */
    LineageRequest copy() {
        LineageRequest copy = new LineageRequest(this.guid, this.direction);
        copy.depth = this.depth;
        copy.pageSize = this.pageSize;
        copy.attributes.addAll(this.attributes);
        copy.relationAttributes.addAll(this.relationAttributes);
        copy.includeMeanings = this.includeMeanings;
        copy.includeAtlanTags = this.includeAtlanTags;
        copy.immediateNeighbours = this.immediateNeighbours;
        copy.results = this.results;
        copy.assets = this.assets;
        copy.relationships = this.relationships;
        return copy;
    }

    @Override
    public String toString() {
        return "LineageRequest[" + this.direction + " of " + this.guid + ", depth " + this.depth + "]";
    }

    private static List<String> names(String[] names, String what) {
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A " + what + " name is null or blank; pass names such as"
                        + " 'certificateStatus'.");
            }
        }
        return Arrays.asList(names);
    }

    /** Whether all filters must pass or any one is enough. */
    public enum Condition {

        /** Every filter must pass. */
        AND,

        /** One passing filter is enough. */
        OR

    }

    /** A list of filters with its condition: Atlan's {@code FilterCriteria} with a {@code criterion} list. */
    private record Filters(Condition condition, List<LineageFilter> filters) {

        Filters(Condition condition, LineageFilter... filters) {
            this(Objects.requireNonNull(condition, "condition"), checked(filters));
        }

        private static List<LineageFilter> checked(LineageFilter[] filters) {
            if (filters == null || filters.length == 0) {
                throw new IllegalArgumentException("No lineage filters given; pass at least one, such as"
                        + " LineageFilter.eq(\"__typeName\", \"Table\").");
            }
            List<LineageFilter> list = new ArrayList<>();
            for (LineageFilter filter : filters) {
                list.add(Objects.requireNonNull(filter, "filter"));
            }
            return List.copyOf(list);
        }

        Map<String, Object> toWire() {
            Map<String, Object> wire = new LinkedHashMap<>();
            wire.put("condition", this.condition.name());
            wire.put("criterion", this.filters);
            return wire;
        }

    }

}
