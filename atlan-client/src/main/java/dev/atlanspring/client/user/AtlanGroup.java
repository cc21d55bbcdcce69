package dev.atlanspring.client.user;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.atlanspring.client.json.OtherFields;
import org.jspecify.annotations.Nullable;

/**
 * A group of the tenant's users.
 *
 * @param id the group's id
 * @param name the group's internal name, such as {@code data-engineers}
 * @param alias the name people see, such as {@code Data Engineers}
 * @param path the group's path, such as {@code /data-engineers}
 * @param attributes further attributes, each a list of strings as Atlan keeps them
 * @param userCount how many users belong to the group
 * @param personas the personas the group belongs to, as Atlan lists them
 * @param purposes the purposes the group belongs to, as Atlan lists them
 * @param otherFields the fields Atlan sent that this record has no component for
 */
public record AtlanGroup(@Nullable String id, @Nullable String name, @Nullable String alias, @Nullable String path,
        @Nullable Map<String, List<String>> attributes, @Nullable Long userCount,
        @Nullable List<Map<String, Object>> personas, @Nullable List<Map<String, Object>> purposes,
        @JsonAnySetter Map<String, @Nullable Object> otherFields) implements OtherFields {

    /**
     * Keeps the other fields unmodifiable and in order.
     */
    public AtlanGroup {
        otherFields = OtherFields.copy(otherFields);
    }

    /**
     * A group with no other fields.
     * @param id the group's id
     * @param name the group's internal name
     * @param alias the name people see
     * @param path the group's path
     * @param attributes further attributes
     * @param userCount how many users belong to the group
     * @param personas the personas the group belongs to
     * @param purposes the purposes the group belongs to
     */
    public AtlanGroup(@Nullable String id, @Nullable String name, @Nullable String alias, @Nullable String path,
            @Nullable Map<String, List<String>> attributes, @Nullable Long userCount,
            @Nullable List<Map<String, Object>> personas, @Nullable List<Map<String, Object>> purposes) {
        this(id, name, alias, path, attributes, userCount, personas, purposes, null);
    }

    /**
     * Returns the group's description.
     * @return the first {@code description} attribute, or {@code null}
     */
    public @Nullable String description() {
        if (this.attributes == null) {
            return null;
        }
        List<String> values = this.attributes.get("description");
        return (values != null && !values.isEmpty()) ? values.get(0) : null;
    }

    /**
     * Returns the name to show: the alias, or the name.
     * @return a display name
     */
    public String displayName() {
        return (this.alias != null && !this.alias.isBlank()) ? this.alias : String.valueOf(this.name);
    }

}
