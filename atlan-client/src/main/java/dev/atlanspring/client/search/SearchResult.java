package dev.atlanspring.client.search;

import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.atlanspring.client.CloseableIterator;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.http.Blocking;
import dev.atlanspring.client.http.LazyPages;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The results of a search, blocking the calling thread while Atlan answers. Nothing is asked of Atlan until a
 * method is called: {@link #approximateCount()} and {@link #firstPage()} share one request for the first page;
 * {@link #stream()} and {@link #iterator()} page through every result lazily, holding one page at a time:
 * <pre>{@code
 * try (Stream<Asset> tables = atlan.assets().search(Search.type("Table")).stream()) {
 *     tables.forEach(this::index);
 * }
 * }</pre>
 * Get it from {@link dev.atlanspring.client.asset.Assets#search(Search)}. Thread-safe; each stream or iterator is
 * used by one thread.
 */
public final class SearchResult {

    private final ReactiveSearchResult reactive;

    private volatile @Nullable SearchPage firstPage;

    /**
     * Creates the blocking face of reactive search results; {@link dev.atlanspring.client.asset.Assets#search}
     * does this for you.
     * @param reactive the reactive results
     */
    public SearchResult(ReactiveSearchResult reactive) {
        this.reactive = Objects.requireNonNull(reactive, "reactive");
    }

    /**
     * Returns how many assets match, as Atlan estimates it, from the first page.
     * @return the count
     */
    public long approximateCount() {
        return first().approximateCount();
    }

    /**
     * Returns the results of the search's aggregations, from the first page (one request with
     * {@link #approximateCount()} and {@link #firstPage()}).
     * @return the results; {@link AggregationResults#NONE} when none were asked for or Atlan reported none
     */
    public AggregationResults aggregations() {
        return first().aggregations();
    }

    /**
     * Returns the first page of results.
     * @return up to a page size of assets
     */
    public List<Asset> firstPage() {
        return first().assets();
    }

    /**
     * Returns every matching asset as a lazily paged stream: a page is asked for only when the stream reaches it,
     * and only one is held at a time (besides the first page, when {@link #firstPage()} kept it). Close the
     * stream, with try-with-resources, so that stopping early asks for no further page. No asset is skipped or
     * returned twice.
     * @return the assets, in the search's order
     */
    public Stream<Asset> stream() {
        CloseableIterator<Asset> iterator = iterator();
        return StreamSupport
            .stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
            .onClose(iterator::close);
    }

    /**
     * Returns every matching asset as a lazily paged iterator; close it, with try-with-resources, when stopping
     * early.
     * @return the iterator, in the search's order
     */
    public CloseableIterator<Asset> iterator() {
        SearchPaging paging = this.reactive.paging();
        SearchPage known = this.firstPage;
        return LazyPages.iterator(() -> (known != null) ? Mono.just(known) : paging.first(), paging::next,
                SearchPage::assets);
    }

    /**
     * Returns the reactive face of these results.
     * @return the reactive results, sharing the first page
     */
    public ReactiveSearchResult reactive() {
        return this.reactive;
    }

    private SearchPage first() {
        SearchPage page = this.firstPage;
        if (page == null) {
            page = Blocking.get(this.reactive.cachedFirstPage());
            this.firstPage = page;
        }
        return page;
    }

}
