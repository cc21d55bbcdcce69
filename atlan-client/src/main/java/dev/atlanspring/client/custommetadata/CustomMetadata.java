package dev.atlanspring.client.custommetadata;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.atlanspring.client.asset.Asset;
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
     * Reads the custom metadata of an asset named by its type and qualified name, with typed values.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return set display name to (attribute display name to value)
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public Map<String, Map<String, @Nullable Object>> getByQualifiedName(String typeName, String qualifiedName) {
        return Blocking.get(this.reactive.getByQualifiedName(typeName, qualifiedName));
    }

    /**
     * Reads one set of the custom metadata of an asset named by its type and qualified name.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param setName the set's display name, such as {@code Data Quality}
     * @return attribute display name to value; empty when the asset has none of the set
     * @throws CustomMetadataNotFoundException when no set has the name
     */
    public Map<String, @Nullable Object> getByQualifiedName(String typeName, String qualifiedName, String setName) {
        return Blocking.get(this.reactive.getByQualifiedName(typeName, qualifiedName, setName));
    }

    /**
     * Translates the custom metadata of an asset already read (by GUID or qualified name) to display names and
     * typed values, without reading it again.
     * @param asset an asset as read from Atlan
     * @return set display name to (attribute display name to value)
     */
    public Map<String, Map<String, @Nullable Object>> of(Asset asset) {
        return Blocking.get(this.reactive.of(asset));
    }

    /**
     * Translates one set of the custom metadata of an asset already read, such as
     * {@code atlan.customMetadata().of(asset, "Data Quality")}.
     * @param asset an asset as read from Atlan
     * @param setName the set's display name
     * @return attribute display name to value; empty when the asset has none of the set
     * @throws CustomMetadataNotFoundException when no set has the name
     */
    public Map<String, @Nullable Object> of(Asset asset, String setName) {
        return Blocking.get(this.reactive.of(asset, setName));
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
     * Adds or updates some attributes of one set on an asset named by its type and qualified name, which is read
     * first for its GUID (Atlan's endpoint takes only a GUID).
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param setName the set's display name
     * @param values attribute display name to value; a {@code null} value removes that attribute
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset, before any write
     */
    public void updateByQualifiedName(String typeName, String qualifiedName, String setName, Map<String, ?> values) {
        Blocking.get(this.reactive.updateByQualifiedName(typeName, qualifiedName, setName, values)
            .thenReturn(Boolean.TRUE));
    }

    /**
     * Replaces one set on an asset named by its type and qualified name.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param setName the set's display name
     * @param values attribute display name to value
     */
    public void replaceByQualifiedName(String typeName, String qualifiedName, String setName, Map<String, ?> values) {
        Blocking.get(this.reactive.replaceByQualifiedName(typeName, qualifiedName, setName, values)
            .thenReturn(Boolean.TRUE));
    }

    /**
     * Removes one set from an asset named by its type and qualified name.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param setName the set's display name
     */
    public void removeByQualifiedName(String typeName, String qualifiedName, String setName) {
        Blocking.get(this.reactive.removeByQualifiedName(typeName, qualifiedName, setName).thenReturn(Boolean.TRUE));
    }

    /**
     * Returns the names under which search results carry a set's attributes, for
     * {@link dev.atlanspring.client.search.Search#attributes(java.util.Collection)}; translate each result with
     * {@link #of(Asset)}.
     * @param setName the set's display name
     * @return one {@code <set hash>.<attribute hash>} name per attribute that is not archived
     */
    public List<String> searchAttributes(String setName) {
        return Blocking.get(this.reactive.searchAttributes(setName));
    }

    /**
     * Returns the search index field of a custom metadata attribute (its hashed attribute name, as the SDKs'
     * {@code CustomMetadataField} queries it), for a {@link dev.atlanspring.client.search.Query} such as
     * {@code Query.term(field, true)}.
     * @param setName the set's display name
     * @param attributeName the attribute's display name
     * @return the field's name in Atlan's search index
     */
    public String searchField(String setName, String attributeName) {
        return Blocking.get(this.reactive.searchField(setName, attributeName));
    }

}
