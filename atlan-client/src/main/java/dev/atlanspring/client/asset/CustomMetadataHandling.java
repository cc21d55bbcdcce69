package dev.atlanspring.client.asset;

/**
 * What a save does with the custom metadata ({@code businessAttributes}) of assets that already exist. Assets the
 * save creates always get the custom metadata they are sent with.
 */
public enum CustomMetadataHandling {

    /** Leave an existing asset's custom metadata as it is, whatever the save sends (Atlan's default). */
    IGNORE,
    /** Update the custom metadata attributes sent, keeping the others. */
    APPEND,
    /** Make the custom metadata sent the asset's only custom metadata. */
    REPLACE

}
