package dev.atlanspring.client.asset;

import java.util.Objects;

import dev.atlanspring.client.error.AtlanException;
import org.jspecify.annotations.Nullable;

/**
 * An asset an {@link AssetBatch} could not save, with the reason: the failure of the request that carried it.
 * Atlan fails a bulk save as a whole but names the asset that made it fail (by GUID, or by the placeholder GUID a
 * new asset was sent with); that asset is {@link #failedAsset()}, the same for every failure of the request, so
 * that the one to fix can be told from those that merely travelled with it.
 *
 * @param asset the asset as it was queued
 * @param failure why its flush failed
 * @param failedAsset the asset of the same request that Atlan named as failing, as it was queued, or
 * {@code null} when Atlan named none (or one not in the request)
 */
public record BatchFailure(Asset asset, AtlanException failure, @Nullable Asset failedAsset) {

    /**
     * Checks the parts.
     */
    public BatchFailure {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(failure, "failure");
    }

    /**
     * A failure for which Atlan named no asset.
     * @param asset the asset as it was queued
     * @param failure why its flush failed
     */
    public BatchFailure(Asset asset, AtlanException failure) {
        this(asset, failure, null);
    }

    /**
     * Tells whether this asset is the one Atlan named as the cause of the failure.
     * @return {@code true} for the failing asset, {@code false} for the others of its request and when Atlan named
     * none
     */
    public boolean isFailedAsset() {
        return this.failedAsset == this.asset;
    }

}
