package dev.atlanspring.client.asset;

/**
 * How much of an asset to read. Each option makes the answer smaller and faster. Both are always sent, as
 * {@code ignoreRelationships} and {@code minExtInfo}.
 *
 * @param ignoreRelationships leave out the relationship attributes (references to other assets)
 * @param minimalExtInfo leave out the details of the assets the asset refers to ({@code referredEntities})
 */
public record GetOptions(boolean ignoreRelationships, boolean minimalExtInfo) {

    /**
     * What a read asks for unless told otherwise, as the official SDKs do ({@code minExtInfo=false},
     * {@code ignoreRelationships=true}): the asset without its relationships, which for a table with hundreds of
     * columns would make the answer huge.
     */
    public static final GetOptions DEFAULT = new GetOptions(true, false);

    /** Everything: relationships and referred assets included, as Atlan answers when asked nothing. */
    public static final GetOptions WITH_RELATIONSHIPS = new GetOptions(false, false);

    /** Only the asset itself: no relationships, no referred assets. */
    public static final GetOptions MINIMAL = new GetOptions(true, true);

    /**
     * Returns these options with relationships left out or in.
     * @param ignore {@code true} to leave them out
     * @return the options
     */
    public GetOptions withIgnoreRelationships(boolean ignore) {
        return new GetOptions(ignore, this.minimalExtInfo);
    }

    /**
     * Returns these options with the referred assets' details left out or in.
     * @param minimal {@code true} to leave them out
     * @return the options
     */
    public GetOptions withMinimalExtInfo(boolean minimal) {
        return new GetOptions(this.ignoreRelationships, minimal);
    }

}
