package dev.atlanspring.client.error;

/**
 * No Atlan tag has the display name a call used, even after the client read the tenant's tags again. Raised
 * before any request that would carry the name is sent.
 */
public class AtlanTagNotFoundException extends NotFoundException {

    /** The display name that matched no tag. */
    private final String tagName;

    /**
     * Creates the exception.
     * @param tagName the display name that matched no tag
     * @param tenant the tenant whose tags were read
     */
    public AtlanTagNotFoundException(String tagName, String tenant) {
        super("No Atlan tag has the display name '" + tagName + "'", 0, AtlanError.EMPTY,
                new RequestInfo("GET /api/meta/types/typedefs", tenant, "none", 1),
                "Use the name the tag shows in Atlan (list them with typeDefs().list(TypeDefCategory.CLASSIFICATION)),"
                        + " or create the tag first.",
                null);
        this.tagName = tagName;
    }

    /**
     * Returns the display name that matched no tag.
     * @return the name as given
     */
    public String getTagName() {
        return this.tagName;
    }

}
