package dev.atlanspring.client.typedef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.atlanspring.client.json.OtherFields;
import org.jspecify.annotations.Nullable;

/**
 * Atlan's typedefs envelope: one list per category, as {@code /api/meta/types/typedefs} reads and writes it
 * (Atlas's {@code AtlasTypesDef}).
 */
record TypeDefsEnvelope(@Nullable List<TypeDef> enumDefs, @Nullable List<TypeDef> structDefs,
        @Nullable List<TypeDef> classificationDefs, @Nullable List<TypeDef> entityDefs,
        @Nullable List<TypeDef> relationshipDefs, @Nullable List<TypeDef> businessMetadataDefs,
        @JsonAnySetter Map<String, @Nullable Object> otherFields) implements OtherFields {

    TypeDefsEnvelope {
        otherFields = OtherFields.copy(otherFields);
    }

    static TypeDefsEnvelope of(TypeDef def) {
        TypeDefCategory category = (def.category() != null) ? def.category() : TypeDefCategory.ENTITY;
        List<TypeDef> one = List.of(def);
        return new TypeDefsEnvelope((category == TypeDefCategory.ENUM) ? one : List.of(),
                (category == TypeDefCategory.STRUCT) ? one : List.of(),
                (category == TypeDefCategory.CLASSIFICATION) ? one : List.of(),
                (category == TypeDefCategory.ENTITY) ? one : List.of(),
                (category == TypeDefCategory.RELATIONSHIP) ? one : List.of(),
                (category == TypeDefCategory.BUSINESS_METADATA) ? one : List.of(), null);
    }

    List<TypeDef> of(TypeDefCategory category) {
        List<TypeDef> defs = switch (category) {
            case ENTITY -> this.entityDefs;
            case CLASSIFICATION -> this.classificationDefs;
            case ENUM -> this.enumDefs;
            case STRUCT -> this.structDefs;
            case RELATIONSHIP -> this.relationshipDefs;
            case BUSINESS_METADATA -> this.businessMetadataDefs;
        };
        return (defs != null) ? List.copyOf(defs) : List.of();
    }

    List<TypeDef> all() {
        List<TypeDef> all = new ArrayList<>();
        for (TypeDefCategory category : TypeDefCategory.values()) {
            all.addAll(of(category));
        }
        return all;
    }

}
