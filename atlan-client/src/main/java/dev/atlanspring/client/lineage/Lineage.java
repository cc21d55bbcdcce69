package dev.atlanspring.client.lineage;

import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.atlanspring.client.CloseableIterator;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.http.LazyPages;
import org.jspecify.annotations.Nullable;

/**
 * Reads assets' lineage, blocking the calling thread while Atlan answers. Obtain it from
 * {@link dev.atlanspring.client.AtlanClient#lineage()}; it runs the same calls as {@link ReactiveLineage}:
 * <pre>{@code
 * try (Stream<Asset> downstream = atlan.lineage().list(LineageRequest.downstream(tableGuid).depth(2))) {
 *     downstream.forEach((asset) -> log.info("{} at depth {}", asset.name(), Lineage.depthOf(asset)));
 * }
 * }</pre>
 * To write lineage, build a process with {@link LineageProcess} and save it with
 * {@link dev.atlanspring.client.asset.Assets#save(Asset)}.
 */
public final class Lineage {

    private final ReactiveLineage reactive;

    /**
     * Creates the blocking face; the client does this for you.
     * @param reactive the reactive operations
     */
    public Lineage(ReactiveLineage reactive) {
        this.reactive = Objects.requireNonNull(reactive, "reactive");
    }

    /**
     * Reads the processes and assets upstream or downstream of an asset as a lazily paged stream: a page is asked
     * for only when the stream reaches it. Close the stream, with try-with-resources, so that stopping early asks
     * for no further page.
     * @param request what to read; copied, so changing it afterwards changes nothing
     * @return the assets and processes, breadth first
     * @throws dev.atlanspring.client.error.NotFoundException when there is no asset with the GUID (on the first
     * use of the stream)
     */
    public Stream<Asset> list(LineageRequest request) {
        CloseableIterator<Asset> iterator = iterator(request);
        return StreamSupport
            .stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
            .onClose(iterator::close);
    }

    /**
     * Reads the lineage as a lazily paged iterator; close it, with try-with-resources, when stopping early.
     * @param request what to read; copied
     * @return the iterator, breadth first
     */
    public CloseableIterator<Asset> iterator(LineageRequest request) {
        ReactiveLineage.Paging paging = this.reactive.paging(request);
        return LazyPages.iterator(paging::first, paging::next, ReactiveLineage.LineagePage::assets);
    }

    /**
     * Returns the depth Atlan found a lineage result at (see {@link ReactiveLineage#depthOf(Asset)}).
     * @param asset a result of {@link #list(LineageRequest)}
     * @return the depth, or {@code null} when the asset carries none
     */
    public static @Nullable Integer depthOf(Asset asset) {
        return ReactiveLineage.depthOf(asset);
    }

}
