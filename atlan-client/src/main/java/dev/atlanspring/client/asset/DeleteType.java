package dev.atlanspring.client.asset;

/**
 * How {@code delete} removes assets.
 */
public enum DeleteType {

    /** Marks the assets {@link AssetStatus#DELETED}; they can be read and restored afterwards. */
    SOFT,
    /** Removes the assets; they cannot be restored. */
    HARD,
    /** Removes the assets and every trace of them, audit history included. */
    PURGE

}
