package dev.atlanspring.client.user;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.atlanspring.client.json.OtherFields;
import org.jspecify.annotations.Nullable;

/**
 * A user of the tenant, such as the one an API key acts as. What Atlan sends beyond these components (login
 * events, workspace role, group count, {@code createdTimestamp}...) is kept in {@link #otherFields()}.
 *
 * @param id the user's id
 * @param username the user name
 * @param email the email address
 * @param firstName the first name
 * @param lastName the last name
 * @param enabled whether the user may sign in
 * @param attributes further attributes Atlan keeps for the user
 * @param personas the personas the user belongs to, as Atlan lists them
 * @param otherFields the fields Atlan sent that this record has no component for
 */
public record AtlanUser(@Nullable String id, @Nullable String username, @Nullable String email,
        @Nullable String firstName, @Nullable String lastName, @Nullable Boolean enabled,
        @Nullable Map<String, Object> attributes, @Nullable List<Map<String, Object>> personas,
        @JsonAnySetter Map<String, @Nullable Object> otherFields) implements OtherFields {

    /**
     * Keeps the other fields unmodifiable and in order.
     */
    public AtlanUser {
        otherFields = OtherFields.copy(otherFields);
    }

    /**
     * A user with no other fields.
     * @param id the user's id
     * @param username the user name
     * @param email the email address
     * @param firstName the first name
     * @param lastName the last name
     * @param enabled whether the user may sign in
     * @param attributes further attributes
     * @param personas the personas the user belongs to
     */
    public AtlanUser(@Nullable String id, @Nullable String username, @Nullable String email,
            @Nullable String firstName, @Nullable String lastName, @Nullable Boolean enabled,
            @Nullable Map<String, Object> attributes, @Nullable List<Map<String, Object>> personas) {
        this(id, username, email, firstName, lastName, enabled, attributes, personas, null);
    }

    /**
     * Returns the name to show: first and last name, or the user name.
     * @return a display name, never {@code null}
     */
    public String displayName() {
        String full = ((this.firstName != null) ? this.firstName : "") + " "
                + ((this.lastName != null) ? this.lastName : "");
        if (!full.isBlank()) {
            return full.trim();
        }
        return (this.username != null) ? this.username : String.valueOf(this.id);
    }

}
