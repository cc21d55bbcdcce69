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

    /** atlas-metastore AtlasEntityComparator: with no tag flag, an existing entity's tag lists are not read. */
    @Test
    void withoutATagFlagTheTagsSentForAnExistingEntityAreIgnored() {
        String qualifiedName = unique("NO_FLAG");
        client.post("/api/meta/entity/bulk", bulk(tagged(qualifiedName, DemoCatalog.PII_TAG_NAME)));

        client.post("/api/meta/entity/bulk", bulk(tagged(qualifiedName, DemoCatalog.CONFIDENTIAL_TAG_NAME)));
        client.post("/api/meta/entity/bulk?replaceTags=false&appendTags=false",
                bulk(tagged(qualifiedName, DemoCatalog.CONFIDENTIAL_TAG_NAME)));

        JsonNode tags = entityOf(qualifiedName).get("classifications");
        assertThat(tags).hasSize(1);
        assertThat(tags.get(0).get("typeName").asString()).isEqualTo(DemoCatalog.PII_TAG_NAME);
    }

    /**
     * AtlasEntityComparator, append branch: only addOrUpdateClassifications and removeClassifications are read;
     * a plain classifications list is ignored, which is the bug of a client that appends through it.
     */
    @Test
    void appendTagsReadsOnlyTheAddAndRemoveLists() {
        String qualifiedName = unique("APPEND");
        client.post("/api/meta/entity/bulk", bulk(tagged(qualifiedName, DemoCatalog.PII_TAG_NAME)));

        Reply ignored = client.post("/api/meta/entity/bulk?appendTags=true",
                bulk(tagged(qualifiedName, DemoCatalog.CONFIDENTIAL_TAG_NAME)));
        assertThat(ignored.status()).isEqualTo(200);
        assertThat(entityOf(qualifiedName).get("classifications")).hasSize(1);

        ObjectNode add = entity("-1", "Table", qualifiedName, "T");
        add.putArray("addOrUpdateClassifications").addObject().put("typeName", DemoCatalog.CONFIDENTIAL_TAG_NAME);
        client.post("/api/meta/entity/bulk?appendTags=true", bulk(add));
        assertThat(names(entityOf(qualifiedName))).containsExactlyInAnyOrder(DemoCatalog.PII_TAG_NAME,
                DemoCatalog.CONFIDENTIAL_TAG_NAME);

        ObjectNode remove = entity("-1", "Table", qualifiedName, "T");
        remove.putArray("removeClassifications").addObject().put("typeName", DemoCatalog.PII_TAG_NAME);
        client.post("/api/meta/entity/bulk?appendTags=true", bulk(remove));
        assertThat(names(entityOf(qualifiedName))).containsExactly(DemoCatalog.CONFIDENTIAL_TAG_NAME);
    }

    /** EntityGraphMapper.mapAttributesAndClassifications: on create, appendTags takes addOrUpdateClassifications. */
    @Test
    void appendTagsOnANewEntityAddsTheAddList() {
        String qualifiedName = unique("APPEND_NEW");
        ObjectNode table = entity("-1", "Table", qualifiedName, "T");
        table.putArray("addOrUpdateClassifications").addObject().put("typeName", DemoCatalog.PII_TAG_NAME);

        client.post("/api/meta/entity/bulk?appendTags=true", bulk(table));

        assertThat(names(entityOf(qualifiedName))).containsExactly(DemoCatalog.PII_TAG_NAME);
    }

    @Test
    void replaceFlagsMakeTheSentTagsTheOnlyOnes() {
        String qualifiedName = unique("REPLACE");
        client.post("/api/meta/entity/bulk", bulk(tagged(qualifiedName, DemoCatalog.PII_TAG_NAME)));

        client.post("/api/meta/entity/bulk?replaceTags=true",
                bulk(tagged(qualifiedName, DemoCatalog.CONFIDENTIAL_TAG_NAME)));
        assertThat(names(entityOf(qualifiedName))).containsExactly(DemoCatalog.CONFIDENTIAL_TAG_NAME);
        client.post("/api/meta/entity/bulk?replaceClassifications=true",
                bulk(tagged(qualifiedName, DemoCatalog.PII_TAG_NAME)));
        assertThat(names(entityOf(qualifiedName))).containsExactly(DemoCatalog.PII_TAG_NAME);
    }

    /** EntityREST.createOrUpdate: more than one tag flag is a 400 ATLAS-400-00-029. */
    @Test
    void twoTagFlagsAtOnceAreABadRequest() {
        Reply reply = client.post("/api/meta/entity/bulk?replaceTags=true&appendTags=true",
                bulk(tagged(unique("TWO_FLAGS"), DemoCatalog.PII_TAG_NAME)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errorCode").asString()).isEqualTo("ATLAS-400-00-029");
        assertThat(reply.json().get("errorMessage").asString())
            .isEqualTo("Only one of [replaceClassifications, replaceTags, appendTags] can be true");
    }

    /**
     * EntityGraphMapper.addClassificationsV2 with AtlasConfiguration.CLASSIFICATION_PROPAGATION_DEFAULT (true): a
     * tag sent without its flags propagates; one sent with them keeps them, and an update that leaves a flag out
     * keeps the tag's value (normalizeClassificationFlagsForUpdate).
     */
    @Test
    void aTagSentWithoutPropagationFlagsPropagatesAsAtlanDefaultsIt() {
        String qualifiedName = unique("PROPAGATE");
        client.post("/api/meta/entity/bulk", bulk(tagged(qualifiedName, DemoCatalog.PII_TAG_NAME)));
        JsonNode defaulted = entityOf(qualifiedName).get("classifications").get(0);
        assertThat(defaulted.get("propagate").asBoolean()).isTrue();
        assertThat(defaulted.get("removePropagationsOnEntityDelete").asBoolean()).isTrue();
        assertThat(defaulted.get("restrictPropagationThroughLineage").asBoolean()).isFalse();
        assertThat(defaulted.get("restrictPropagationThroughHierarchy").asBoolean()).isFalse();

        ObjectNode explicit = entity("-1", "Table", qualifiedName, "T");
        explicit.putArray("addOrUpdateClassifications").addObject().put("typeName", DemoCatalog.PII_TAG_NAME)
            .put("propagate", false).put("restrictPropagationThroughLineage", true);
        client.post("/api/meta/entity/bulk?appendTags=true", bulk(explicit));
        JsonNode updated = entityOf(qualifiedName).get("classifications").get(0);
        assertThat(updated.get("propagate").asBoolean()).isFalse();
        assertThat(updated.get("restrictPropagationThroughLineage").asBoolean()).isTrue();
        assertThat(updated.get("removePropagationsOnEntityDelete").asBoolean()).isTrue();
    }

    /** AtlasBaseExceptionMapper puts entityGuid, the placeholder the client sent, on a failed bulk save. */
    @Test
    void aBulkSaveFailureNamesTheFailingEntityByItsPlaceholder() {
        ObjectNode good = entity("-1", "Table", unique("GOOD"), "GOOD");
        ObjectNode bad = tagged(unique("BAD"), "NoSuchTag0000000000000");
        bad.put("guid", "-2");

        Reply reply = client.post("/api/meta/entity/bulk", bulk(good, bad));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("entityGuid").asString()).isEqualTo("-2");
    }

    private static java.util.List<String> names(JsonNode entity) {
        java.util.List<String> names = new java.util.ArrayList<>();
        entity.get("classifications").forEach(tag -> names.add(tag.get("typeName").asString()));
        return names;
    }

    @Test
    void classificationNamesHoldEveryTagOfAnEntity() {
        // A server of its own: the other tests here tag tables of the shared one.
        try (EmbeddedAtlan fresh = EmbeddedAtlan.start()) {
            JsonNode found = new AtlanTestClient(fresh).search("{\"dsl\":{\"size\":100,\"query\":{\"bool\":{"
                    + "\"filter\":[{\"term\":{\"__classificationNames\":\"" + DemoCatalog.PII_TAG_NAME + "\"}},"
                    + "{\"term\":{\"__typeName.keyword\":\"Table\"}}]}}}}");

            assertThat(found.get("approximateCount").asLong()).isEqualTo(2);
        }
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
