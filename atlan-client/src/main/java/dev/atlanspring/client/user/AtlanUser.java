package dev.atlanspring.client.user;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A user of the tenant, such as the one an API key acts as.
 *
 * @param id the user's id
 * @param username the user name
 * @param email the email address
 * @param firstName the first name
 * @param lastName the last name
 * @param enabled whether the user may sign in
 * @param attributes further attributes Atlan keeps for the user
 * @param personas the personas the user belongs to, as Atlan lists them
 */
public record AtlanUser(@Nullable String id, @Nullable String username, @Nullable String email,
        @Nullable String firstName, @Nullable String lastName, @Nullable Boolean enabled,
        @Nullable Map<String, Object> attributes, @Nullable List<Map<String, Object>> personas) {

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
