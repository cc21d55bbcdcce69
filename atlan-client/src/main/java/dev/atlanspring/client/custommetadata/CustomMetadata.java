package dev.atlanspring.client.custommetadata;

import java.util.Map;
import java.util.Objects;

import dev.atlanspring.client.http.Blocking;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes an asset's custom metadata by display name, blocking the calling thread until Atlan answers.
 * Obtain it from {@link dev.atlanspring.client.AtlanClient#customMetadata()}; it runs the same calls as
 * {@link ReactiveCustomMetadata}.
 */
public final class CustomMetadata {

    private final ReactiveCustomMetadata reactive;

    /**
     * Creates the blocking face; the client does this for you.
     * @param reactive the reactive operations
     */
    public CustomMetadata(ReactiveCustomMetadata reactive) {
        this.reactive = Objects.requireNonNull(reactive, "reactive");
    }

    /**
     * Reads an asset's custom metadata by display names, with typed values.
     * @param guid the asset's GUID
     * @return set display name to (attribute display name to value)
     */
    public Map<String, Map<String, @Nullable Object>> get(String guid) {
        return Blocking.get(this.reactive.get(guid));
    }

    /**
     * Reads one set of an asset's custom metadata.
     * @param guid the asset's GUID
     * @param setName the set's display name, such as {@code Data Quality}
     * @return attribute display name to value; empty when the asset has none of the set
     * @throws CustomMetadataNotFoundException when no set has the name
     */
    public Map<String, @Nullable Object> get(String guid, String setName) {
        return Blocking.get(this.reactive.get(guid, setName));
    }

    /**
     * Adds or updates some attributes of one set on an asset; a {@code null} value removes that attribute.
     * @param guid the asset's GUID
     * @param setName the set's display name
     * @param values attribute display name to value
     * @throws CustomMetadataNotFoundException before any write when a name matches nothing
     */
    public void update(String guid, String setName, Map<String, ?> values) {
        Blocking.get(this.reactive.update(guid, setName, values).thenReturn(Boolean.TRUE));
    }

    /**
     * Replaces one set on an asset by these values, removing the set's attributes not given.
     * @param guid the asset's GUID
     * @param setName the set's display name
     * @param values attribute display name to value
     */
    public void replace(String guid, String setName, Map<String, ?> values) {
        Blocking.get(this.reactive.replace(guid, setName, values).thenReturn(Boolean.TRUE));
    }

    /**
     * Removes one set from an asset.
     * @param guid the asset's GUID
     * @param setName the set's display name
     */
    public void remove(String guid, String setName) {
        Blocking.get(this.reactive.remove(guid, setName).thenReturn(Boolean.TRUE));
    }

    /**
     * Returns the search field of a custom metadata attribute, for a {@link dev.atlanspring.client.search.Query}.
     * @param setName the set's display name
     * @param attributeName the attribute's display name
     * @return the field's name in Atlan's search index
     */
    public String searchField(String setName, String attributeName) {
        return Blocking.get(this.reactive.searchField(setName, attributeName));
    }

}
