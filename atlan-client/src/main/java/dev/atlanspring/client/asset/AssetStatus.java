package dev.atlanspring.client.asset;

/**
 * The life-cycle state of an asset in Atlan.
 */
public enum AssetStatus {

    /** The asset is live. */
    ACTIVE,
    /** The asset was soft-deleted: it can still be read and restored. */
    DELETED,
    /** The asset was removed for good. */
    PURGED

}
