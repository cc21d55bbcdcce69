package dev.atlanspring.client.asset;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A reference to another asset, for a relationship attribute such as a glossary term's {@code anchor} or a
 * table's {@code schema}. Atlan resolves it by GUID when one is given, otherwise by type and qualified name.
 *
 * @param typeName the referenced asset's type
 * @param guid its GUID, or {@code null} to resolve it by qualified name
 * @param qualifiedName its qualified name, or {@code null} when the GUID is given
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssetRef(@JsonProperty("typeName") String typeName, @JsonProperty("guid") @Nullable String guid,
        @JsonIgnore @Nullable String qualifiedName) {

    /**
     * Checks that the reference can be resolved.
     */
    public AssetRef {
        if (typeName == null || typeName.isBlank()) {
            throw new IllegalArgumentException("An asset reference needs a type name, such as 'AtlasGlossary'.");
        }
        if ((guid == null || guid.isBlank()) && (qualifiedName == null || qualifiedName.isBlank())) {
            throw new IllegalArgumentException(
                    "An asset reference needs a GUID or a qualified name; give one of them.");
        }
    }

    /**
     * Refers to an asset by GUID.
     * @param typeName the asset's type
     * @param guid its GUID
     * @return the reference
     */
    public static AssetRef byGuid(String typeName, String guid) {
        return new AssetRef(typeName, guid, null);
    }

    /**
     * Refers to an asset by qualified name.
     * @param typeName the asset's type
     * @param qualifiedName its qualified name
     * @return the reference
     */
    public static AssetRef byQualifiedName(String typeName, String qualifiedName) {
        return new AssetRef(typeName, null, qualifiedName);
    }

    @JsonProperty("uniqueAttributes")
    @Nullable Map<String, String> uniqueAttributes() {
        return (this.qualifiedName != null) ? Map.of("qualifiedName", this.qualifiedName) : null;
    }

}
