package dev.atlanspring.client.asset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import dev.atlanspring.client.AtlanClientSettings;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.client.search.SearchField;
import org.jspecify.annotations.Nullable;

/**
 * Queues assets and saves them in bulk requests of at most a maximum size: whenever the queue reaches it, on
 * {@link #flush()}, and on {@link #close()}. It keeps what became of every asset: {@link #created()},
 * {@link #updated()}, {@link #restored()} (soft-deleted assets saved as active), {@link #unchanged()} (saved, but
 * Atlan found nothing to change) and {@link #failures()}.
 * <pre>{@code
 * try (AssetBatch batch = atlan.assets().batch().maxSize(100).captureFailures(true).build()) {
 *     rows.forEach((row) -> batch.add(toAsset(row)));
 * }
 * }</pre>
 * When a flush fails:
 * <ul>
 * <li>with failure capture on, every asset of the failed request is listed in {@link #failures()} with the
 * exception and the asset Atlan named as failing ({@link BatchFailure#failedAsset()}), and the batch goes on;</li>
 * <li>with it off (the default), the {@link AtlanException} is thrown and the assets of the failed request stay
 * queued, in order, so that the next flush (or close) tries them again; {@link #pending()} lists them, and
 * {@link #discardPending()} gives them up deliberately. The exception's {@link AtlanException#getEntityGuid()}
 * names the failing asset: its GUID, or for an asset queued without one, the placeholder {@code -n} of the
 * n-th pending asset.</li>
 * </ul>
 * So no asset is ever lost silently: each is reported saved, listed as failed, or still pending. Thread-safe:
 * every method holds the batch's lock, so adding waits while a flush is in flight.
 */
public final class AssetBatch implements AutoCloseable {

    /** The maximum size unless set: a bulk request Atlan handles comfortably. */
    public static final int DEFAULT_MAX_SIZE = 100;

    private final Assets assets;

    private final int maxSize;

    private final SaveOptions options;

    private final boolean captureFailures;

    private final List<Asset> queue = new ArrayList<>();

    private final List<Asset> created = new ArrayList<>();

    private final List<Asset> updated = new ArrayList<>();

    private final List<Asset> restored = new ArrayList<>();

    private final List<Asset> unchanged = new ArrayList<>();

    private final List<BatchFailure> failures = new ArrayList<>();

    private AssetBatch(Builder builder) {
        this.assets = builder.assets;
        this.maxSize = builder.maxSize;
        this.options = builder.options;
        this.captureFailures = builder.captureFailures;
    }

    static Builder builder(Assets assets) {
        return new Builder(assets);
    }

    /**
     * Queues an asset, and saves the queue when it reaches the maximum size.
     * @param asset an asset with a type name and a qualified name
     * @throws IllegalArgumentException when the asset cannot be saved; it is not queued
     * @throws AtlanException when a flush fails and failure capture is off; the asset stays queued
     */
    public synchronized void add(Asset asset) {
        Objects.requireNonNull(asset, "asset");
        if (ReactiveAssets.isBlank(asset.typeName()) || ReactiveAssets.isBlank(asset.qualifiedName())) {
            throw new IllegalArgumentException("The asset " + asset + " has no type name or qualified name; Atlan"
                    + " upserts by both, so set them with Asset.builder(typeName, qualifiedName).");
        }
        this.queue.add(asset);
        while (this.queue.size() >= this.maxSize) {
            flushOne();
        }
    }

    /**
     * Queues assets, saving whenever the queue reaches the maximum size.
     * @param assets the assets
     */
    public synchronized void addAll(Collection<Asset> assets) {
        assets.forEach(this::add);
    }

    /**
     * Saves every queued asset, in requests of at most the maximum size.
     * @throws AtlanException when a request fails and failure capture is off; its assets and those after them
     * stay queued
     */
    public synchronized void flush() {
        while (!this.queue.isEmpty()) {
            flushOne();
        }
    }

    /**
     * Saves every queued asset; see {@link #flush()}.
     */
    @Override
    public void close() {
        flush();
    }

    private void flushOne() {
        int size = Math.min(this.maxSize, this.queue.size());
        List<Asset> chunk = List.copyOf(this.queue.subList(0, size));
        List<Asset> sent = withPlaceholders(chunk);
        try {
            Set<String> deleted = softDeletedAmong(chunk);
            MutationResult result = this.assets.save(sent, this.options);
            this.queue.subList(0, size).clear();
            record(chunk, result, deleted);
        }
        catch (AtlanException ex) {
            if (!this.captureFailures) {
                throw ex;
            }
            this.queue.subList(0, size).clear();
            Asset failed = namedBy(ex, chunk, sent);
            chunk.forEach((asset) -> this.failures.add(new BatchFailure(asset, ex, failed)));
        }
    }

    /**
     * Gives every asset without a GUID the placeholder {@code -1}, {@code -2}, ... by its position, as a save
     * would, but here, so that the placeholder Atlan names in a failure can be traced back to the queued asset.
     */
    private static List<Asset> withPlaceholders(List<Asset> chunk) {
        List<Asset> sent = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            Asset asset = chunk.get(i);
            sent.add(ReactiveAssets.isBlank(asset.guid()) ? asset.toBuilder().guid("-" + (i + 1)).build() : asset);
        }
        return sent;
    }

    /** The queued asset Atlan named (by the GUID or placeholder it was sent with) as the one that failed. */
    private static @Nullable Asset namedBy(AtlanException ex, List<Asset> chunk, List<Asset> sent) {
        String guid = ex.getEntityGuid();
        if (guid == null) {
            return null;
        }
        for (int i = 0; i < sent.size(); i++) {
            if (guid.equals(sent.get(i).guid())) {
                return chunk.get(i);
            }
        }
        return null;
    }

    /** Which assets sent as active are soft-deleted now, so that saving them restores them. */
    private Set<String> softDeletedAmong(List<Asset> chunk) {
        List<String> candidates = chunk.stream()
            .filter((asset) -> asset.status() == AssetStatus.ACTIVE)
            .map(Asset::qualifiedName)
            .distinct()
            .toList();
        if (candidates.isEmpty()) {
            return Set.of();
        }
        Search search = Search.all()
            .status(AssetStatus.DELETED)
            .filter(Query.terms(SearchField.QUALIFIED_NAME, candidates))
            .pageSize(Math.min(AtlanClientSettings.MAX_SEARCH_PAGE_SIZE, candidates.size()));
        Set<String> deleted = new HashSet<>();
        try (Stream<Asset> found = this.assets.search(search).stream()) {
            found.forEach((asset) -> deleted.add(key(asset)));
        }
        return deleted;
    }

    private void record(List<Asset> chunk, MutationResult result, Set<String> deletedBefore) {
        Map<String, Asset> reported = new HashMap<>();
        for (Asset asset : result.created()) {
            reported.put(key(asset), asset);
            this.created.add(asset);
        }
        for (Asset asset : Stream.concat(result.updated().stream(), result.partiallyUpdated().stream()).toList()) {
            reported.put(key(asset), asset);
            (deletedBefore.contains(key(asset)) ? this.restored : this.updated).add(asset);
        }
        Set<String> seen = new HashSet<>();
        for (Asset asset : chunk) {
            String key = key(asset);
            if (!reported.containsKey(key) && seen.add(key)) {
                this.unchanged.add(asset);
            }
        }
    }

    private static String key(Asset asset) {
        return asset.typeName() + '\u0000' + asset.qualifiedName();
    }

    /**
     * Returns the assets Atlan created, as it reported them (with their GUIDs).
     * @return the created assets, in order
     */
    public synchronized List<Asset> created() {
        return List.copyOf(this.created);
    }

    /**
     * Returns the existing assets Atlan updated, as it reported them.
     * @return the updated assets, in order
     */
    public synchronized List<Asset> updated() {
        return List.copyOf(this.updated);
    }

    /**
     * Returns the soft-deleted assets that were saved with {@link AssetStatus#ACTIVE} and so restored.
     * @return the restored assets, in order
     */
    public synchronized List<Asset> restored() {
        return List.copyOf(this.restored);
    }

    /**
     * Returns the assets saved without effect, because Atlan already held them exactly so.
     * @return the unchanged assets as queued, in order
     */
    public synchronized List<Asset> unchanged() {
        return List.copyOf(this.unchanged);
    }

    /**
     * Returns the assets whose flush failed, each with the exception (only with failure capture on).
     * @return the failures, in order
     */
    public synchronized List<BatchFailure> failures() {
        return List.copyOf(this.failures);
    }

    /**
     * Returns the assets queued and not yet saved: those added since the last flush, and with failure capture
     * off, those of a failed flush.
     * @return the queued assets, in order
     */
    public synchronized List<Asset> pending() {
        return List.copyOf(this.queue);
    }

    /**
     * Gives up the queued assets without saving them.
     * @return the assets given up, in order
     */
    public synchronized List<Asset> discardPending() {
        List<Asset> discarded = List.copyOf(this.queue);
        this.queue.clear();
        return discarded;
    }

    @Override
    public synchronized String toString() {
        return "AssetBatch[maxSize=" + this.maxSize + ", pending=" + this.queue.size() + ", created="
                + this.created.size() + ", updated=" + this.updated.size() + ", restored=" + this.restored.size()
                + ", unchanged=" + this.unchanged.size() + ", failures=" + this.failures.size() + "]";
    }

    /**
     * Configures an {@link AssetBatch}; get one from {@link Assets#batch()}.
     */
    public static final class Builder {

        private final Assets assets;

        private int maxSize = DEFAULT_MAX_SIZE;

        private SaveOptions options = SaveOptions.DEFAULT;

        private boolean captureFailures;

        private Builder(Assets assets) {
            this.assets = Objects.requireNonNull(assets, "assets");
        }

        /**
         * Sets how many assets one request saves at most; the queue is saved when it reaches this size.
         * @param maxSize at least 1; 100 unless set
         * @return this builder
         */
        public Builder maxSize(int maxSize) {
            if (maxSize < 1) {
                throw new IllegalArgumentException("The batch's max size must be at least 1 but is " + maxSize + ".");
            }
            this.maxSize = maxSize;
            return this;
        }

        /**
         * Sets how every save treats the tags and custom metadata of existing assets.
         * @param options the options; {@link SaveOptions#DEFAULT} unless set
         * @return this builder
         */
        public Builder saveOptions(SaveOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Sets whether a failed flush is recorded in {@link AssetBatch#failures()} and the batch goes on, rather
         * than thrown.
         * @param captureFailures {@code true} to record failures; {@code false} unless set
         * @return this builder
         */
        public Builder captureFailures(boolean captureFailures) {
            this.captureFailures = captureFailures;
            return this;
        }

        /**
         * Creates the batch.
         * @return an empty batch
         */
        public AssetBatch build() {
            return new AssetBatch(this);
        }

    }

}
