package dev.atlanspring.client.asset;

import java.util.Objects;

import dev.atlanspring.client.error.AtlanException;

/**
 * An asset an {@link AssetBatch} could not save, with the reason: the failure of the request that carried it.
 *
 * @param asset the asset as it was queued
 * @param failure why its flush failed
 */
public record BatchFailure(Asset asset, AtlanException failure) {

    /**
     * Checks the parts.
     */
    public BatchFailure {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(failure, "failure");
    }

}
