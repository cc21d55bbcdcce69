package dev.atlanspring.client.asset;

/**
 * What a save does with the Atlan tags of assets that already exist. Assets the save creates always get the tags
 * they are sent with.
 */
public enum TagHandling {

    /** Leave an existing asset's tags as they are, whatever the save sends (Atlan's default). */
    IGNORE,
    /**
     * Add the tags sent to an existing asset's tags, keeping the others: sent as {@code appendTags=true} with the
     * tags under {@code addOrUpdateClassifications}, the only list Atlan reads in that mode.
     */
    APPEND,
    /**
     * Make the tags sent an existing asset's only tags ({@code replaceTags=true}); sending none removes them all.
     * Tags propagated to it from other assets are not its own and stay.
     */
    REPLACE

}
