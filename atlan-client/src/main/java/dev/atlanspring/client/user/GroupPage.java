package dev.atlanspring.client.user;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the tenant's groups.
 *
 * @param totalRecord how many groups the tenant has
 * @param filterRecord how many groups match the request
 * @param records the groups of this page
 */
public record GroupPage(@Nullable Long totalRecord, @Nullable Long filterRecord,
        @Nullable List<AtlanGroup> records) {

    /**
     * Returns the groups of this page.
     * @return the groups, possibly empty
     */
    public List<AtlanGroup> groups() {
        return (this.records != null) ? this.records : List.of();
    }

}
