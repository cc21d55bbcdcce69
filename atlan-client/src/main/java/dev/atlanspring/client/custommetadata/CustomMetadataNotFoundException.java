package dev.atlanspring.client.custommetadata;

import java.util.Collection;

import dev.atlanspring.client.error.AtlanError;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.error.RequestInfo;

/**
 * No custom metadata set, or no attribute of a set, has the display name a call used, even after the client read
 * the tenant's custom metadata definitions again. Raised before any request that would carry the name is sent; the
 * message lists the names that do exist.
 */
public class CustomMetadataNotFoundException extends NotFoundException {

    private final String name;

    /**
     * Creates the exception.
     * @param what what was not found, such as {@code custom metadata set 'Data Qualty'}
     * @param name the display name that matched nothing
     * @param existing the display names that do exist there
     * @param tenant the tenant whose definitions were read
     */
    public CustomMetadataNotFoundException(String what, String name, Collection<String> existing, String tenant) {
        super("No " + what + " has the display name '" + name + "'", 0, AtlanError.EMPTY,
                new RequestInfo("GET /api/meta/types/typedefs", tenant, "none", 1),
                "Use one of " + existing + " (the names Atlan shows), or create it first.", null);
        this.name = name;
    }

    /**
     * Returns the display name that matched nothing.
     * @return the name as given
     */
    public String getName() {
        return this.name;
    }

}
