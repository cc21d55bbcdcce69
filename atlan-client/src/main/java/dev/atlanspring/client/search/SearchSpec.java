package dev.atlanspring.client.search;

import java.util.List;

/**
 * A {@link Search} frozen to run: what every page request of it repeats.
 *
 * @param query the query, tag display names not yet translated
 * @param sorts the sorts the user asked for, without the paging tie-breaker
 * @param attributes the attributes to return
 * @param relationAttributes the relationship attributes to return
 * @param pageSize how many assets each request asks for
 * @param maxResultWindow how far from/size paging reaches
 */
record SearchSpec(Query query, List<SortItem> sorts, List<String> attributes, List<String> relationAttributes,
        int pageSize, int maxResultWindow) {
}
