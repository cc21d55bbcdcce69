package dev.atlanspring.client.user;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.atlanspring.client.json.OtherFields;
import org.jspecify.annotations.Nullable;

/**
 * One page of the tenant's users, as {@code GET /api/service/users} answers.
 *
 * @param totalRecord how many users the tenant has
 * @param filterRecord how many users match the request
 * @param records the users of this page
 * @param otherFields the fields Atlan sent that this record has no component for
 */
public record UserPage(@Nullable Long totalRecord, @Nullable Long filterRecord, @Nullable List<AtlanUser> records,
        @JsonAnySetter Map<String, @Nullable Object> otherFields) implements OtherFields {

    /**
     * Keeps the other fields unmodifiable and in order.
     */
    public UserPage {
        otherFields = OtherFields.copy(otherFields);
    }

    /**
     * Returns the users of this page.
     * @return the users, possibly empty
     */
    public List<AtlanUser> users() {
        return (this.records != null) ? this.records : List.of();
    }

}
