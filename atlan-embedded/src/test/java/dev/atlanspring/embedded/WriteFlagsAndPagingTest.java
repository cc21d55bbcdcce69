package dev.atlanspring.embedded;

import static dev.atlanspring.embedded.AtlanTestClient.bulk;
import static dev.atlanspring.embedded.AtlanTestClient.encode;
import static dev.atlanspring.embedded.AtlanTestClient.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.atlanspring.embedded.AtlanTestClient.Reply;

/** The embedded Atlan's result window, partial updates, write flags, tag search field and generated tables. */
class WriteFlagsAndPagingTest extends SeededServerTests {

    private static final String QUERY = "\"query\":{\"term\":{\"__typeName.keyword\":\"Column\"}},"
            + "\"sort\":[{\"__guid\":\"asc\"}]";

    private static String unique(String name) {
        return "test/" + UUID.randomUUID() + "/" + name;
    }

    private static JsonNode entityOf(String qualifiedName) {
        Reply reply = client.get("/api/meta/entity/uniqueAttribute/type/Table?attr:qualifiedName=" + encode(qualifiedName));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("entity");
    }

    private static ObjectNode tagged(String qualifiedName, String tag) {
        ObjectNode table = entity("-1", "Table", qualifiedName, "T");
        table.putArray("classifications").addObject().put("typeName", tag);
        return table;
    }

    @Test
    void fromAndSizeBeyondTheResultWindowIs400AsInElasticsearchButSearchAfterGoesOn() {
        try (EmbeddedAtlan small = EmbeddedAtlan.builder().maxResultWindow(20).start()) {
            AtlanTestClient smallClient = new AtlanTestClient(small);

            Reply tooFar = smallClient.post("/api/meta/search/indexsearch", "{\"dsl\":{\"from\":15,\"size\":6," + QUERY + "}}");
            Reply edge = smallClient.post("/api/meta/search/indexsearch", "{\"dsl\":{\"from\":15,\"size\":5," + QUERY + "}}");
            Reply after = smallClient.post("/api/meta/search/indexsearch",
                    "{\"dsl\":{\"size\":20,\"search_after\":[\"8\"]," + QUERY + "}}");

            assertThat(tooFar.status()).isEqualTo(400);
            assertThat(tooFar.json().get("errorMessage").asString())
                    .startsWith("Result window is too large, from + size must be less than or equal to: [20] but was [21].");
            assertThat(edge.status()).isEqualTo(200);
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.json().get("entities").size()).as("past the window by search_after").isEqualTo(20);
        }
    }

    @Test
    void aPartialUpdateChangesOnlyTheAttributesSentAndReportsAPartialUpdate() {
        String qualifiedName = unique("PARTIAL");
        ObjectNode table = tagged(qualifiedName, DemoCatalog.PII_TAG_NAME);
        ((ObjectNode) table.get("attributes")).put("rowCount", 3);
        client.post("/api/meta/entity/bulk", bulk(table));
        ObjectNode update = AtlanTestClient.object();
        update.putObject("entity").put("typeName", "Table").putObject("attributes").put("description", "new");

        Reply reply = client.send("PUT", "/api/meta/entity/uniqueAttribute/type/Asset?attr:qualifiedName="
                + encode(qualifiedName), AtlanTestClient.JSON.writeValueAsString(update), "Bearer " + atlan.apiKey());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("mutatedEntities").get("PARTIAL_UPDATE").get(0).get("attributes")
                .get("qualifiedName").asString()).isEqualTo(qualifiedName);
        JsonNode stored = entityOf(qualifiedName);
        assertThat(stored.get("attributes").get("description").asString()).isEqualTo("new");
        assertThat(stored.get("attributes").get("rowCount").asInt()).isEqualTo(3);
        assertThat(stored.get("classifications")).hasSize(1);
        Reply missing = client.send("PUT", "/api/meta/entity/uniqueAttribute/type/Table?attr:qualifiedName=nowhere",
                AtlanTestClient.JSON.writeValueAsString(update), "Bearer " + atlan.apiKey());
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void tagFlagsIgnoreAppendOrReplaceTheTagsOfAnExistingEntity() {
        String qualifiedName = unique("FLAGS");
        client.post("/api/meta/entity/bulk", bulk(tagged(qualifiedName, DemoCatalog.PII_TAG_NAME)));

        client.post("/api/meta/entity/bulk?replaceTags=false&appendTags=false",
                bulk(tagged(qualifiedName, DemoCatalog.CONFIDENTIAL_TAG_NAME)));
        assertThat(entityOf(qualifiedName).get("classifications")).hasSize(1);
        client.post("/api/meta/entity/bulk?appendTags=true",
                bulk(tagged(qualifiedName, DemoCatalog.CONFIDENTIAL_TAG_NAME)));
        assertThat(entityOf(qualifiedName).get("classifications")).hasSize(2);
        client.post("/api/meta/entity/bulk?replaceClassifications=true",
                bulk(tagged(qualifiedName, DemoCatalog.CONFIDENTIAL_TAG_NAME)));

        JsonNode tags = entityOf(qualifiedName).get("classifications");
        assertThat(tags).hasSize(1);
        assertThat(tags.get(0).get("typeName").asString()).isEqualTo(DemoCatalog.CONFIDENTIAL_TAG_NAME);
    }

    @Test
    void classificationNamesHoldEveryTagOfAnEntity() {
        JsonNode found = client.search("{\"dsl\":{\"size\":100,\"query\":{\"bool\":{\"filter\":["
                + "{\"term\":{\"__classificationNames\":\"" + DemoCatalog.PII_TAG_NAME + "\"}},"
                + "{\"term\":{\"__typeName.keyword\":\"Table\"}}]}}}}");

        assertThat(found.get("approximateCount").asLong()).isEqualTo(2);
    }

    @Test
    void generatedTablesShareCreationTimesByTheThousand() {
        try (EmbeddedAtlan generated = EmbeddedAtlan.builder().seedDemoCatalog(false).generatedAssets(2_500).start()) {
            JsonNode page = new AtlanTestClient(generated).search("{\"dsl\":{\"from\":999,\"size\":2,"
                    + "\"sort\":[{\"__timestamp\":\"asc\"},{\"__guid\":\"asc\"}]}}");

            assertThat(generated.assetCount()).isEqualTo(2_500);
            assertThat(page.get("entities").get(0).get("createTime").asLong()).isEqualTo(DemoCatalog.SEED_TIME + 1);
            assertThat(page.get("entities").get(1).get("createTime").asLong()).isEqualTo(DemoCatalog.SEED_TIME + 2);
            assertThat(page.get("entities").get(0).get("attributes").get("qualifiedName").asString())
                    .startsWith(DemoCatalog.GENERATED_SCHEMA_QUALIFIED_NAME + "/TABLE_");
        }
    }
}
