package dev.atlanspring.client.search;

import java.util.List;

import dev.atlanspring.client.asset.Asset;
import org.jspecify.annotations.Nullable;

/**
 * One page of a paged search: its assets, the count of all matches, and the request that produced it, from which
 * the next one follows.
 *
 * @param assets the page's assets, tags under their display names
 * @param approximateCount how many assets match in all, as Atlan estimates it
 * @param request the request this page answered
 * @param aggregations the aggregations Atlan reported with the page (only the first page has any)
 */
record SearchPage(List<Asset> assets, long approximateCount, PageRequest request, AggregationResults aggregations) {

    /**
     * One page request: the query with hashed tag names, the sort, and where the page starts: at {@code from},
     * or after the sort values {@code after}.
     *
     * @param query the query, tag names translated
     * @param sort the sort, ending with the GUID
     * @param from the index of the first result, for from/size paging
     * @param size how many results to ask for
     * @param after the sort values of the last result of the previous page, for search_after paging
     * @param read how many assets the pages before this one held
     */
    record PageRequest(Query query, List<SortItem> sort, int from, int size, @Nullable List<Object> after,
            long read) {
    }

}
