package dev.atlanspring.client.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AtlanTagTranslator;
import dev.atlanspring.client.error.ApiException;
import dev.atlanspring.client.error.AtlanError;
import dev.atlanspring.client.error.RequestInfo;
import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.http.AtlanRequest;
import dev.atlanspring.client.http.Operation;
import dev.atlanspring.client.typedef.AtlanTagNames;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * How a search is paged so that no asset is skipped or returned twice, and how each page is asked for.
 * <p>
 * Every sort ends with the GUID, so results have one total order; without a sort of the user's, the order is
 * creation time then GUID. Pages are read by {@code from} and {@code size} while {@code from + size} stays within
 * the max result window (Elasticsearch refuses more), then by {@code search_after} with the sort values of the
 * last asset read, which continues the very same order. That needs sort values the client can read off an asset
 * (creation time, update time, GUID): when a search matches more assets than from/size reaches and its sort has
 * other fields, it is run in creation order instead, and a warning says so. Assets with equal creation times are
 * told apart by their GUIDs.
 */
final class SearchPaging {

    /** Runs one page of an index search; reads are idempotent. */
    static final Operation SEARCH = new Operation("assets.search", HttpMethod.POST, "/api/meta/search/indexsearch",
            true);

    private static final Logger logger = LoggerFactory.getLogger(SearchPaging.class);

    private static final List<SortItem> CREATION_ORDER = List.of(SortItem.asc(SearchField.CREATE_TIME),
            SortItem.asc(SearchField.GUID));

    private static final Set<String> CURSOR_FIELDS = Set.of(SearchField.CREATE_TIME, SearchField.UPDATE_TIME,
            SearchField.GUID);

    private final AtlanHttp http;

    private final AtlanTagNames tagNames;

    private final AtlanTagTranslator tags;

    private final SearchSpec spec;

    SearchPaging(AtlanHttp http, AtlanTagNames tagNames, SearchSpec spec) {
        this.http = http;
        this.tagNames = tagNames;
        this.tags = new AtlanTagTranslator(tagNames);
        this.spec = spec;
    }

    /** The first page, in the order the whole search will be read in. */
    Mono<SearchPage> first() {
        return translatedQuery().flatMap((query) -> {
            List<SortItem> sort = pagingSort(this.spec.sorts());
            return fetch(new SearchPage.PageRequest(query, sort, 0, this.spec.pageSize(), null, 0))
                .flatMap((page) -> {
                    if (page.approximateCount() <= fromSizeReach() || canContinueAfter(sort)) {
                        return Mono.just(page);
                    }
                    logger.warn("The search matches {} assets, more than paging by from and size reaches ({}), so"
                            + " it is read in creation order instead of by {} (tenant {})", page.approximateCount(),
                            fromSizeReach(), this.spec.sorts(), this.http.settings().tenant());
                    return fetch(new SearchPage.PageRequest(query, CREATION_ORDER, 0, this.spec.pageSize(), null, 0));
                });
        });
    }

    /**
     * The page after the given one, or {@code null} when it was the last: an empty page, or a short one once as
     * many assets were read as match (Atlan may leave out of a page assets the key may not see, so a short page
     * alone does not end the search). Holds on to nothing of the page.
     */
    @Nullable Mono<SearchPage> next(SearchPage page) {
        SearchPage.PageRequest request = page.request();
        long read = request.read() + page.assets().size();
        if (page.assets().isEmpty() || (page.assets().size() < request.size() && read >= page.approximateCount())) {
            return null;
        }
        int nextFrom = request.from() + request.size();
        if (request.after() == null && nextFrom + request.size() <= this.spec.maxResultWindow()) {
            SearchPage.PageRequest next = new SearchPage.PageRequest(request.query(), request.sort(), nextFrom,
                    request.size(), null, read);
            return Mono.defer(() -> fetch(next));
        }
        if (!canContinueAfter(request.sort())) {
            return Mono.error(grewPastTheWindow(page.approximateCount()));
        }
        Asset last = page.assets().get(page.assets().size() - 1);
        SearchPage.PageRequest next = new SearchPage.PageRequest(request.query(), request.sort(), 0, request.size(),
                sortValues(last, request.sort()), read);
        return Mono.defer(() -> fetch(next));
    }

    private Mono<SearchPage> fetch(SearchPage.PageRequest request) {
        return this.http.exchange(AtlanRequest.to(SEARCH).body(body(request)).build(), SearchResponse.class)
            .flatMap((response) -> this.tags.toDisplayNames(response.assets())
                .map((assets) -> new SearchPage(assets, response.count(), request,
                        AggregationResults.of(response.aggregations()))));
    }

    private Map<String, Object> body(SearchPage.PageRequest request) {
        Map<String, Object> dsl = new LinkedHashMap<>();
        if (request.after() == null) {
            dsl.put("from", request.from());
        }
        dsl.put("size", request.size());
        if (request.after() != null) {
            dsl.put("search_after", request.after());
        }
        dsl.put("query", request.query());
        dsl.put("sort", request.sort());
        dsl.put("track_total_hits", true);
        // Aggregations cover every match whatever the page, so only the first page pays for them.
        if (!this.spec.aggregations().isEmpty() && request.from() == 0 && request.after() == null) {
            dsl.put("aggregations", this.spec.aggregations());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dsl", dsl);
        if (!this.spec.attributes().isEmpty()) {
            body.put("attributes", this.spec.attributes());
        }
        if (!this.spec.relationAttributes().isEmpty()) {
            body.put("relationAttributes", this.spec.relationAttributes());
        }
        return body;
    }

    private Mono<Query> translatedQuery() {
        Set<String> names = new LinkedHashSet<>();
        this.spec.query().collectTagNames(names);
        if (names.isEmpty()) {
            return Mono.just(this.spec.query());
        }
        return this.tagNames.internalNames(names).map((translation) -> this.spec.query().withTagNames(translation));
    }

    /** How many results from/size paging reads: whole pages whose end stays within the window. */
    private long fromSizeReach() {
        return (long) (this.spec.maxResultWindow() / this.spec.pageSize()) * this.spec.pageSize();
    }

    private static List<SortItem> pagingSort(List<SortItem> sorts) {
        if (sorts.isEmpty()) {
            return CREATION_ORDER;
        }
        List<SortItem> sort = new ArrayList<>(sorts);
        if (sorts.stream().noneMatch((item) -> item.field().equals(SearchField.GUID))) {
            sort.add(SortItem.asc(SearchField.GUID));
        }
        return List.copyOf(sort);
    }

    private static boolean canContinueAfter(List<SortItem> sort) {
        return sort.stream().allMatch((item) -> CURSOR_FIELDS.contains(item.field()));
    }

    private List<Object> sortValues(Asset last, List<SortItem> sort) {
        List<Object> values = new ArrayList<>(sort.size());
        for (SortItem item : sort) {
            Object value = switch (item.field()) {
                case SearchField.CREATE_TIME -> (last.createTime() != null) ? last.createTime().toEpochMilli() : null;
                case SearchField.UPDATE_TIME -> (last.updateTime() != null) ? last.updateTime().toEpochMilli() : null;
                default -> last.guid();
            };
            if (value == null) {
                throw new ApiException("The search result " + last + " has no " + item.field()
                        + " value to continue paging after", 200, AtlanError.EMPTY, info(),
                        "Check that the base URL points at Atlan's index search.", null);
            }
            values.add(value);
        }
        return values;
    }

    private ApiException grewPastTheWindow(long count) {
        return new ApiException("The search now matches " + count + " assets, more than paging by from and size"
                + " reaches (" + this.spec.maxResultWindow() + "), and its sort " + this.spec.sorts()
                + " cannot continue after the last asset read", 0, AtlanError.EMPTY, info(),
                "Search again: a search that matches that many assets from its first page is read in creation order.",
                null);
    }

    private RequestInfo info() {
        return new RequestInfo(SEARCH.toString(), this.http.settings().tenant(), "none", 1);
    }

    /**
     * The answer to one page request. Atlan leaves {@code entities} out when nothing matched, and
     * {@code aggregations} out when there are none.
     */
    record SearchResponse(@Nullable Long approximateCount, @Nullable List<Asset> entities,
            @Nullable JsonNode aggregations) {

        List<Asset> assets() {
            return (this.entities != null) ? this.entities : List.of();
        }

        long count() {
            return (this.approximateCount != null) ? this.approximateCount : 0;
        }

    }

}
