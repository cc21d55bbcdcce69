package dev.atlanspring.client.user;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.atlanspring.client.json.OtherFields;
import org.jspecify.annotations.Nullable;

/**
 * One page of the tenant's groups.
 *
 * @param totalRecord how many groups the tenant has
 * @param filterRecord how many groups match the request
 * @param records the groups of this page
 * @param otherFields the fields Atlan sent that this record has no component for
 */
public record GroupPage(@Nullable Long totalRecord, @Nullable Long filterRecord,
        @Nullable List<AtlanGroup> records, @JsonAnySetter Map<String, @Nullable Object> otherFields)
        implements OtherFields {

    /**
     * Keeps the other fields unmodifiable and in order.
     */
    public GroupPage {
        otherFields = OtherFields.copy(otherFields);
    }

    /**
     * A page with no other fields.
     * @param totalRecord how many groups the tenant has
     * @param filterRecord how many groups match the request
     * @param records the groups of this page
     */
    public GroupPage(@Nullable Long totalRecord, @Nullable Long filterRecord, @Nullable List<AtlanGroup> records) {
        this(totalRecord, filterRecord, records, null);
    }

    /**
     * Returns the groups of this page.
     * @return the groups, possibly empty
     */
    public List<AtlanGroup> groups() {
        return (this.records != null) ? this.records : List.of();
    }

}
