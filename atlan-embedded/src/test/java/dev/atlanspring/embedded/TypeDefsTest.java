package dev.atlanspring.embedded;

import static dev.atlanspring.embedded.AtlanTestClient.bulk;
import static dev.atlanspring.embedded.AtlanTestClient.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.atlanspring.embedded.AtlanTestClient.Reply;

class TypeDefsTest extends SeededServerTests {

    private static final List<String> CATEGORIES = List.of("enumDefs", "structDefs", "classificationDefs",
            "entityDefs", "relationshipDefs", "businessMetadataDefs");


    private static List<String> names(JsonNode defs) {
        List<String> names = new ArrayList<>();
        defs.forEach(def -> names.add(def.get("name").asString()));
        return names;
    }

    @Test
    void classificationDefsComeAloneWithTheOtherCategoriesEmpty() {
        JsonNode body = client.get("/api/meta/types/typedefs?type=classification").json();

        assertThat(body.propertyNames()).containsExactlyInAnyOrderElementsOf(CATEGORIES);
        assertThat(body.get("entityDefs")).isEmpty();
        assertThat(body.get("enumDefs")).isEmpty();
        JsonNode pii = body.get("classificationDefs").get(0);
        assertThat(pii.get("category").asString()).isEqualTo("CLASSIFICATION");
        assertThat(pii.get("name").asString()).isEqualTo(DemoCatalog.PII_TAG_NAME);
        assertThat(pii.get("displayName").asString()).isEqualTo(DemoCatalog.PII_TAG_DISPLAY_NAME);
        assertThat(pii.get("guid").asString()).isNotBlank();
        for (String list : List.of("attributeDefs", "superTypes", "entityTypes")) {
            assertThat(pii.get(list).isArray()).as(list).isTrue();
        }
        assertThat(names(body.get("classificationDefs")))
                .contains(DemoCatalog.PII_TAG_NAME, DemoCatalog.CONFIDENTIAL_TAG_NAME);
    }

    @Test
    void entityDefsCarryTheirSuperTypesAndAttributeDefs() {
        JsonNode body = client.get("/api/meta/types/typedefs?type=entity").json();

        assertThat(body.get("classificationDefs")).isEmpty();
        assertThat(names(body.get("entityDefs"))).contains("Referenceable", "Asset", "Catalog", "SQL", "Connection",
                "Database", "Schema", "Table", "Column", "AtlasGlossary", "AtlasGlossaryTerm");
        JsonNode table = client.get("/api/meta/types/typedef/name/Table").json();
        assertThat(table.get("category").asString()).isEqualTo("ENTITY");
        assertThat(table.get("superTypes").get(0).asString()).isEqualTo("SQL");
        JsonNode rowCount = null;
        for (JsonNode attribute : table.get("attributeDefs")) {
            if (attribute.get("name").asString().equals("rowCount")) {
                rowCount = attribute;
            }
        }
        assertThat(rowCount).isNotNull();
        assertThat(rowCount.get("typeName").asString()).isEqualTo("long");
        assertThat(rowCount.get("isOptional").asBoolean()).isTrue();
        assertThat(rowCount.get("cardinality").asString()).isEqualTo("SINGLE");
        JsonNode sql = client.get("/api/meta/types/typedef/name/SQL").json();
        assertThat(sql.get("subTypes").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("Database", "Schema", "Table", "View", "Column");
    }

    @Test
    void withoutATypeFilterEveryCategoryIsFilled() {
        JsonNode body = client.get("/api/meta/types/typedefs").json();

        assertThat(body.get("entityDefs")).isNotEmpty();
        assertThat(body.get("classificationDefs")).isNotEmpty();
        assertThat(body.get("enumDefs")).isNotEmpty();
    }

    @Test
    void anUnknownTypeFilterGets400() {
        assertThat(client.get("/api/meta/types/typedefs?type=everything").status()).isEqualTo(400);
    }

    @Test
    void aTagReadsByItsInternalName() {
        JsonNode def = client.get("/api/meta/types/typedef/name/" + DemoCatalog.CONFIDENTIAL_TAG_NAME).json();

        assertThat(def.get("displayName").asString()).isEqualTo(DemoCatalog.CONFIDENTIAL_TAG_DISPLAY_NAME);
    }

    @Test
    void anUnknownTypeNameGets404() {
        Reply reply = client.get("/api/meta/types/typedef/name/NoSuchType");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("errorCode").asString()).isEqualTo("ATLAS-404-00-001");
        assertThat(reply.json().get("errorMessage").asString()).isEqualTo("Given typename NoSuchType was invalid");
    }

    @Test
    void aTagCreatedByDisplayNameGetsAHashedNameAndCanBeUsedAtOnce() {
        String displayName = "Sensitive " + UUID.randomUUID();
        ObjectNode request = AtlanTestClient.object();
        request.putArray("classificationDefs").addObject()
                .put("displayName", displayName)
                .put("description", "Handle with care.");

        Reply reply = client.post("/api/meta/types/typedefs", request);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode created = reply.json().get("classificationDefs").get(0);
        String name = created.get("name").asString();
        assertThat(name).matches("[A-Za-z0-9]{22}");
        assertThat(created.get("displayName").asString()).isEqualTo(displayName);
        assertThat(created.get("category").asString()).isEqualTo("CLASSIFICATION");
        assertThat(reply.json().get("entityDefs")).isEmpty();
        assertThat(client.get("/api/meta/types/typedef/name/" + name).status()).isEqualTo(200);

        ObjectNode table = entity("-1", "Table", "test/" + UUID.randomUUID(), "TAGGED");
        table.putArray("classifications").addObject().put("typeName", name);
        assertThat(client.post("/api/meta/entity/bulk", bulk(table)).status()).isEqualTo(200);
        assertThat(client.search("{\"dsl\":{\"query\":{\"term\":{\"__traitNames\":\"" + name + "\"}}}}")
                .get("approximateCount").asLong()).isEqualTo(1);
    }

    @Test
    void aTagWithADisplayNameInUseGets409() {
        ObjectNode request = AtlanTestClient.object();
        request.putArray("classificationDefs").addObject().put("displayName", "pii");

        Reply reply = client.post("/api/meta/types/typedefs", request);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("errorCode").asString()).isEqualTo("ATLAS-409-00-001");
    }

    @Test
    void aTypedefRequestWithoutTagsGets400() {
        assertThat(client.post("/api/meta/types/typedefs", "{\"classificationDefs\":[]}").status()).isEqualTo(400);
        assertThat(client.post("/api/meta/types/typedefs", "{\"classificationDefs\":[{}]}").status()).isEqualTo(400);
        assertThat(client.post("/api/meta/types/typedefs",
                "{\"entityDefs\":[{\"name\":\"Mine\"}],\"classificationDefs\":[{\"displayName\":\"x\"}]}").status())
                .isEqualTo(400);
    }
}
