package dev.atlanspring.client.asset;

/**
 * What a save does with the Atlan tags of assets that already exist. Assets the save creates always get the tags
 * they are sent with.
 */
public enum TagHandling {

    /** Leave an existing asset's tags as they are, whatever the save sends (Atlan's default). */
    IGNORE,
    /** Add the tags sent to an existing asset's tags, keeping the others. */
    APPEND,
    /** Make the tags sent an existing asset's only tags; sending none removes them all. */
    REPLACE

}
