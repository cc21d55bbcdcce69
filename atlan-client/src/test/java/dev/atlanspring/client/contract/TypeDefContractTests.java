package dev.atlanspring.client.contract;

import java.util.List;

import dev.atlanspring.client.typedef.AttributeDef;
import dev.atlanspring.client.typedef.EnumElementDef;
import dev.atlanspring.client.typedef.TypeDef;
import dev.atlanspring.client.typedef.TypeDefCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Type definitions of every category, in the shape of {@code atlanhq/atlan-python}
 * {@code tests/unit/data/typedefs.json} (651f66fb1), the struct also after {@code atlanhq/atlan-java}
 * {@code sdk/src/test/resources/__files/typedefs-structs.json} (452e44ca), and one read by name after
 * {@code tests/unit/data/typedef_responses/get_by_name.json} (b22a054b2).
 * The envelope is Atlas's {@code AtlasTypesDef}, served by {@code TypesREST.getAllTypeDefs}.
 */
class TypeDefContractTests extends ContractTests {

    private List<TypeDef> list(TypeDefCategory category, String fixture) {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/types/typedefs"))
            .withQueryParam("type", equalTo(category.queryValue()))
            .willReturn(ok(fixture)));
        return client.typeDefs().list(category);
    }

    @ParameterizedTest(name = "{0} definitions from {1} decode and encode to the same trees")
    @CsvSource({ "ENUM, typedefs-enum.json", "STRUCT, typedefs-struct.json",
            "CLASSIFICATION, typedefs-classification.json", "ENTITY, typedefs-entity.json",
            "RELATIONSHIP, typedefs-relationship.json", "BUSINESS_METADATA, typedefs-business-metadata.json",
            "BUSINESS_METADATA, typedefs-custom-metadata.json" })
    void everyCategoryDecodesAndEncodesToTheSameTrees(TypeDefCategory category, String fixture) {
        List<TypeDef> defs = list(category, fixture);

        JsonNode expected = tree(fixture).get(category.listKey());
        assertThat(defs).hasSize(expected.size()).allSatisfy((def) -> assertThat(def.category()).isEqualTo(category));
        assertThat(encoded(defs)).isEqualTo(expected);
    }

    @Test
    void anEnumListsItsValuesInOrder() {
        TypeDef priority = list(TypeDefCategory.ENUM, "typedefs-enum.json").get(0);

        assertThat(priority.name()).isEqualTo("OrderPriority");
        assertThat(priority.guid()).isEqualTo("1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a10");
        assertThat(priority.serviceType()).isEqualTo("atlan");
        assertThat(priority.version()).isEqualTo(7L);
        assertThat(priority.createTime()).isEqualTo(1700000000000L);
        assertThat(priority.elementDefs()).extracting(EnumElementDef::value).containsExactly("LOW", "MEDIUM", "HIGH");
        assertThat(priority.elementDefs()).extracting(EnumElementDef::ordinal).containsExactly(0, 1, 2);
        assertThat(priority.otherFields()).containsEntry("typeVersion", "1.0");
    }

    @Test
    void aStructsAttributesKeepTheSettingsTheClientDoesNotModel() {
        TypeDef window = list(TypeDefCategory.STRUCT, "typedefs-struct.json").get(0);

        AttributeDef start = window.attributeDefs().get(0);
        assertThat(start.name()).isEqualTo("windowStart");
        assertThat(start.typeName()).isEqualTo("date");
        assertThat(start.isOptional()).isTrue();
        assertThat(start.cardinality()).isEqualTo("SINGLE");
        assertThat(start.otherFields()).containsEntry("isDefaultValueNull", false)
            .containsEntry("searchWeight", -1)
            .containsEntry("skipScrubbing", true);
    }

    @Test
    void aTagHasAHashedNameAndTheDisplayNamePeopleSee() {
        TypeDef pii = list(TypeDefCategory.CLASSIFICATION, "typedefs-classification.json").get(0);

        assertThat(pii.name()).isEqualTo(PII_HASHED);
        assertThat(pii.displayName()).isEqualTo("PII");
        assertThat(pii.nameToShow()).isEqualTo("PII");
        assertThat(pii.options()).containsEntry("color", "Red").containsEntry("emoji", null);
        assertThat(pii.superTypes()).isEmpty();
        assertThat(pii.entityTypes()).isEmpty();
    }

    @Test
    void anEntityTypeKeepsItsRelationshipAndCustomMetadataAttributes() {
        TypeDef order = list(TypeDefCategory.ENTITY, "typedefs-entity.json").get(0);

        assertThat(order.superTypes()).containsExactly("Table");
        assertThat(order.attributeDefs()).extracting(AttributeDef::name).containsExactly("shopRegion");
        assertThat(order.otherFields()).containsKeys("relationshipAttributeDefs", "businessAttributeDefs",
                "typeVersion");
    }

    @Test
    void aRelationshipKeepsItsEnds() {
        TypeDef relationship = list(TypeDefCategory.RELATIONSHIP, "typedefs-relationship.json").get(0);

        assertThat(relationship.name()).isEqualTo("shop_store_shop_order");
        assertThat(relationship.otherFields()).containsEntry("relationshipCategory", "AGGREGATION")
            .containsEntry("propagateTags", "NONE")
            .containsKeys("endDef1", "endDef2", "relationshipLabel");
    }

    @Test
    void customMetadataHasAHashedNameAndAttributesWithDisplayNames() {
        TypeDef operations = list(TypeDefCategory.BUSINESS_METADATA, "typedefs-business-metadata.json").get(0);

        assertThat(operations.displayName()).isEqualTo("Operations");
        assertThat(operations.attributeDefs()).singleElement().satisfies((attribute) -> {
            assertThat(attribute.name()).isEqualTo("Lk2jH8gF5dS1aZ9xC7vB3n");
            assertThat(attribute.displayName()).isEqualTo("Runbook URL");
            assertThat(attribute.options()).containsEntry("customApplicableEntityTypes", "[\"Table\"]");
        });
    }

    @Test
    void aDefinitionReadByNameIsTheBareDefinition() {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/types/typedef/name/Region"))
            .willReturn(ok("typedef-by-name-enum.json")));

        TypeDef region = client.typeDefs().get("Region");

        assertThat(region.category()).isEqualTo(TypeDefCategory.ENUM);
        assertThat(region.elementDefs()).extracting(EnumElementDef::value).containsExactly("EMEA", "APAC");
        assertThat(encoded(region)).isEqualTo(tree("typedef-by-name-enum.json"));
    }

}
