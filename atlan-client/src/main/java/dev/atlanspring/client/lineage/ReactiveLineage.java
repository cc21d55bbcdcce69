package dev.atlanspring.client.lineage;

import java.util.List;
import java.util.Objects;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AtlanTagTranslator;
import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.http.AtlanRequest;
import dev.atlanspring.client.http.LazyPages;
import dev.atlanspring.client.http.Operation;
import dev.atlanspring.client.typedef.AtlanTagNames;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads assets' lineage without blocking, through Atlan's lineage list API. Obtain it from
 * {@link dev.atlanspring.client.ReactiveAtlanClient#lineage()}.
 * <p>
 * {@link #list(LineageRequest)} pages lazily, like a search: a page ({@code POST /api/meta/lineage/list} with
 * {@code from} and {@code size}) is asked for only when the assets before it were consumed and more are wanted,
 * and the next page is asked for while Atlan's answer says {@code hasMore} and the page was not empty (as pyatlan's
 * {@code LineageListResults} pages). Each result keeps the {@code depth} Atlan found it at, read with
 * {@link #depthOf(Asset)}. Processes are written like any asset: build one with {@link LineageProcess} and save it
 * with {@link dev.atlanspring.client.asset.ReactiveAssets#save(Asset)}.
 */
public final class ReactiveLineage {

    /** Reads one page of lineage; reads are idempotent. */
    public static final Operation LIST = new Operation("lineage.list", HttpMethod.POST, "/api/meta/lineage/list",
            true);

    private final AtlanHttp http;

    private final AtlanTagTranslator tags;

    /**
     * Creates the operations; the client does this for you.
     * @param http the tenant's transport
     * @param tagNames the client's cache of Atlan tag names, to show the results' tags by display name
     */
    public ReactiveLineage(AtlanHttp http, AtlanTagNames tagNames) {
        this.http = Objects.requireNonNull(http, "http");
        this.tags = new AtlanTagTranslator(Objects.requireNonNull(tagNames, "tagNames"));
    }

    /**
     * Reads the processes and assets upstream or downstream of an asset, breadth first: those next to it first,
     * each with the {@link #depthOf(Asset) depth} it was found at. Nothing is asked of Atlan until an asset is
     * requested; each subscription reads anew from the first page; cancelling stops the request in flight.
     * @param request what to read; copied, so changing it afterwards changes nothing
     * @return the assets and processes, in the order Atlan walks them; a
     * {@link dev.atlanspring.client.error.NotFoundException} when there is no asset with the GUID
     */
    public Flux<Asset> list(LineageRequest request) {
        Paging paging = paging(request);
        return LazyPages.flux(paging::first, paging::next, LineagePage::assets);
    }

    /**
     * Returns the depth Atlan found a lineage result at: 1 for the processes next to the start asset and the assets
     * on their other side, 2 for those beyond, and so on.
     * @param asset a result of {@link #list(LineageRequest)}
     * @return the depth, or {@code null} when the asset carries none (it was not read as lineage)
     */
    public static @Nullable Integer depthOf(Asset asset) {
        Object depth = asset.otherFields().get("depth");
        return (depth instanceof Number number) ? number.intValue() : null;
    }

    /** The paging of one request, for the blocking face to iterate with. */
    Paging paging(LineageRequest request) {
        return new Paging(Objects.requireNonNull(request, "request").copy());
    }

    /** One page: its assets, whether Atlan has more, and where it started. */
    record LineagePage(List<Asset> assets, boolean hasMore, int from, int size) {
    }

    /**
     * The answer to one page request (atlas-metastore {@code AtlasLineageListInfo}); Atlan may leave out
     * {@code entities} when there are none.
     */
    record LineageListResponse(@Nullable List<Asset> entities, boolean hasMore, int entityCount) {

        List<Asset> assets() {
            return (this.entities != null) ? this.entities : List.of();
        }

    }

    /** Asks for the pages of one request. */
    final class Paging {

        private final LineageRequest request;

        private final int size;

        Paging(LineageRequest request) {
            this.request = request;
            this.size = request.effectivePageSize(ReactiveLineage.this.http.settings().searchPageSize());
        }

        Mono<LineagePage> first() {
            return fetch(0);
        }

        /** The page after the given one, or {@code null} when Atlan has no more or the page was empty. */
        @Nullable Mono<LineagePage> next(LineagePage page) {
            if (!page.hasMore() || page.assets().isEmpty()) {
                return null;
            }
            int from = page.from() + page.size();
            return Mono.defer(() -> fetch(from));
        }

        private Mono<LineagePage> fetch(int from) {
            AtlanRequest call = AtlanRequest.to(LIST).body(this.request.body(from, this.size)).build();
            return ReactiveLineage.this.http.exchange(call, LineageListResponse.class)
                .flatMap((response) -> ReactiveLineage.this.tags.toDisplayNames(response.assets())
                    .map((assets) -> new LineagePage(assets, response.hasMore(), from, this.size)));
        }

    }

}
