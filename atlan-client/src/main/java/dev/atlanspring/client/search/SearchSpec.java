package dev.atlanspring.client.search;

import java.util.List;
import java.util.Map;

/**
 * A {@link Search} frozen to run: what every page request of it repeats.
 *
 * @param query the query, tag display names not yet translated
 * @param sorts the sorts the user asked for, without the paging tie-breaker
 * @param attributes the attributes to return
 * @param relationAttributes the relationship attributes to return
 * @param pageSize how many assets each request asks for
 * @param maxResultWindow how far from/size paging reaches
 * @param aggregations the aggregations to run, by name, sent with the first page only
 */
record SearchSpec(Query query, List<SortItem> sorts, List<String> attributes, List<String> relationAttributes,
        int pageSize, int maxResultWindow, Map<String, Aggregation> aggregations) {
}
