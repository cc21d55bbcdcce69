package dev.atlanspring.client.search;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.http.LazyPages;
import dev.atlanspring.client.typedef.AtlanTagNames;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The results of a search, without blocking. Nothing is asked of Atlan until something is subscribed to:
 * {@link #approximateCount()} and {@link #firstPage()} share one request for the first page, kept once it
 * succeeded; {@link #flux()} pages through every result on demand, in constant memory. Get it from
 * {@link dev.atlanspring.client.asset.ReactiveAssets#search(Search)}. Thread-safe.
 */
public final class ReactiveSearchResult {

    private final SearchPaging paging;

    private final Mono<SearchPage> firstPage;

    /**
     * Creates the results of a search; {@link dev.atlanspring.client.asset.ReactiveAssets#search(Search)} does this
     * for you.
     * @param http the tenant's transport
     * @param tagNames the client's cache of Atlan tag names
     * @param search the search, copied
     * @param defaultPageSize the page size when the search sets none
     */
    public ReactiveSearchResult(AtlanHttp http, AtlanTagNames tagNames, Search search, int defaultPageSize) {
        this.paging = new SearchPaging(Objects.requireNonNull(http, "http"),
                Objects.requireNonNull(tagNames, "tagNames"),
                Objects.requireNonNull(search, "search").spec(defaultPageSize));
        // Kept once it succeeded; a failure is not kept, so subscribing again asks again.
        this.firstPage = Mono.defer(this.paging::first)
            .cache((page) -> Duration.ofMillis(Long.MAX_VALUE), (error) -> Duration.ZERO, () -> Duration.ZERO);
    }

    /**
     * Returns how many assets match, as Atlan estimates it, from the first page.
     * @return the count
     */
    public Mono<Long> approximateCount() {
        return this.firstPage.map(SearchPage::approximateCount);
    }

    /**
     * Returns the results of the search's aggregations, from the first page (one request with
     * {@link #approximateCount()} and {@link #firstPage()}).
     * @return the results; {@link AggregationResults#NONE} when none were asked for or Atlan reported none
     */
    public Mono<AggregationResults> aggregations() {
        return this.firstPage.map(SearchPage::aggregations);
    }

    /**
     * Returns the first page of results.
     * @return up to a page size of assets
     */
    public Mono<List<Asset>> firstPage() {
        return this.firstPage.map(SearchPage::assets);
    }

    /**
     * Returns every matching asset, paging lazily: no page is asked for before an asset is requested, the next
     * page only once the current one is used up and more assets are requested, and only one page is held at a
     * time. Each subscription reads the results anew from the first page; cancelling stops the request in
     * flight. No asset is skipped or returned twice, whatever the number of results (see the paging rules on
     * {@link Search}).
     * @return the assets, in the search's order
     */
    public Flux<Asset> flux() {
        return LazyPages.flux(this.paging::first, this.paging::next, SearchPage::assets);
    }

    /** The paging, for the blocking face to iterate with. */
    SearchPaging paging() {
        return this.paging;
    }

    /** The first page, kept once read, which the blocking face shares. */
    Mono<SearchPage> cachedFirstPage() {
        return this.firstPage;
    }

}
