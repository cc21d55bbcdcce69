package dev.atlanspring.embedded;

import static dev.atlanspring.embedded.AtlanTestClient.bulk;
import static dev.atlanspring.embedded.AtlanTestClient.encode;
import static dev.atlanspring.embedded.AtlanTestClient.entity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.atlanspring.embedded.AtlanTestClient.Reply;

class EntityEndpointsTest extends SeededServerTests {


    /** Every test writes under its own qualifiedName prefix, so tests sharing the server do not meet. */
    private static String unique(String name) {
        return "test/" + UUID.randomUUID() + "/" + name;
    }

    private static JsonNode entityByGuid(String guid) {
        Reply reply = client.get("/api/meta/entity/guid/" + guid);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("entity");
    }

    private static String create(String typeName, String qualifiedName, String name) {
        Reply reply = client.post("/api/meta/entity/bulk", bulk(entity("-1", typeName, qualifiedName, name)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("guidAssignments").get("-1").asString();
    }

    @Test
    void aSeededTableReadsByGuidWithItsRelationshipsTagsAndTerms() {
        Reply reply = client.get("/api/meta/entity/guid/" + DemoCatalog.CUSTOMERS_TABLE_GUID);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("referredEntities").isObject()).isTrue();
        JsonNode table = body.get("entity");
        assertThat(table.get("typeName").asString()).isEqualTo("Table");
        assertThat(table.get("guid").asString()).isEqualTo(DemoCatalog.CUSTOMERS_TABLE_GUID);
        assertThat(table.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(table.get("attributes").get("qualifiedName").asString())
                .isEqualTo(DemoCatalog.CUSTOMERS_TABLE_QUALIFIED_NAME);
        assertThat(table.get("attributes").get("schemaName").asString()).isEqualTo("SALES");
        assertThat(table.get("relationshipAttributes").get("schema").get("guid").asString())
                .isEqualTo(DemoCatalog.SALES_SCHEMA_GUID);
        assertThat(table.get("relationshipAttributes").get("columns")).hasSize(6);
        assertThat(table.get("classifications").get(0).get("typeName").asString()).isEqualTo(DemoCatalog.PII_TAG_NAME);
        assertThat(table.get("meanings").get(0).get("termGuid").asString()).isEqualTo(DemoCatalog.CUSTOMER_TERM_GUID);
        assertThat(table.get("createTime").asLong()).isEqualTo(DemoCatalog.SEED_TIME);
        assertThat(table.get("createdBy").asString()).isEqualTo(DemoCatalog.DEMO_USERNAME);
        assertThat(table.get("version").isIntegralNumber()).isTrue();
    }

    @Test
    void ignoreRelationshipsLeavesTheRelationshipsOut() {
        JsonNode table = client.get("/api/meta/entity/guid/" + DemoCatalog.ORDERS_TABLE_GUID
                + "?minExtInfo=true&ignoreRelationships=true").json().get("entity");

        assertThat(table.has("relationshipAttributes")).isFalse();
        assertThat(table.get("attributes").get("name").asString()).isEqualTo("ORDERS");
    }

    @Test
    void aTermReadsByAQualifiedNameWithAtSign() {
        Reply reply = client.get("/api/meta/entity/uniqueAttribute/type/AtlasGlossaryTerm?attr:qualifiedName="
                + encode(DemoCatalog.REVENUE_TERM_QUALIFIED_NAME));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode term = reply.json().get("entity");
        assertThat(term.get("guid").asString()).isEqualTo(DemoCatalog.REVENUE_TERM_GUID);
        assertThat(term.get("relationshipAttributes").get("anchor").get("guid").asString())
                .isEqualTo(DemoCatalog.GLOSSARY_GUID);
    }

    @Test
    void aTableReadsByAQualifiedNameWithSlashesEncodedOrNot() {
        String path = "/api/meta/entity/uniqueAttribute/type/Table?attr:qualifiedName=";

        assertThat(client.get(path + encode(DemoCatalog.ORDERS_TABLE_QUALIFIED_NAME)).json()
                .get("entity").get("guid").asString()).isEqualTo(DemoCatalog.ORDERS_TABLE_GUID);
        assertThat(client.get(path + DemoCatalog.ORDERS_TABLE_QUALIFIED_NAME).json()
                .get("entity").get("guid").asString()).isEqualTo(DemoCatalog.ORDERS_TABLE_GUID);
    }

    @Test
    void aSuperTypeFindsItsSubTypesEntityByQualifiedName() {
        Reply reply = client.get("/api/meta/entity/uniqueAttribute/type/Asset?attr:qualifiedName="
                + encode(DemoCatalog.ORDERS_TABLE_QUALIFIED_NAME));

        assertThat(reply.json().get("entity").get("typeName").asString()).isEqualTo("Table");
    }

    @Test
    void aQualifiedNameWithPlusAndSpaceIsDecodedExactly() {
        String qualifiedName = unique("odd name+plus@x/y");
        String guid = create("Table", qualifiedName, "odd");

        Reply reply = client.get("/api/meta/entity/uniqueAttribute/type/Table?attr:qualifiedName=" + encode(qualifiedName));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("entity").get("guid").asString()).isEqualTo(guid);
    }

    @Test
    void anUnknownGuidGets404NamingTheGuid() {
        Reply reply = client.get("/api/meta/entity/guid/abc");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("errorCode").asString()).isEqualTo("ATLAS-404-00-005");
        assertThat(reply.json().get("errorMessage").asString()).isEqualTo("Given instance guid abc is invalid/not found");
    }

    @Test
    void anUnknownQualifiedNameGets404InAtlasWords() {
        Reply reply = client.get("/api/meta/entity/uniqueAttribute/type/Table?attr:qualifiedName=" + encode("no/such"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("errorCode").asString()).isEqualTo("ATLAS-404-00-009");
        assertThat(reply.json().get("errorMessage").asString())
                .isEqualTo("Instance Table with unique attribute {qualifiedName=no/such} does not exist");
    }

    @Test
    void aMissingQualifiedNameParameterGets400() {
        assertThat(client.get("/api/meta/entity/uniqueAttribute/type/Table").status()).isEqualTo(400);
    }

    @Test
    void bulkUpsertCreatesAnEntityAndMapsThePlaceholderToItsGuid() {
        String qualifiedName = unique("NEW_TABLE");
        ObjectNode table = entity("-1", "Table", qualifiedName, "NEW_TABLE");
        ((ObjectNode) table.get("attributes")).put("rowCount", 42);

        Reply reply = client.post("/api/meta/entity/bulk?replaceClassifications=false&replaceBusinessAttributes=true"
                + "&overwriteBusinessAttributes=false", bulk(table));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        String guid = body.get("guidAssignments").get("-1").asString();
        assertThat(UUID.fromString(guid)).isNotNull();
        JsonNode created = body.get("mutatedEntities").get("CREATE").get(0);
        assertThat(created.get("guid").asString()).isEqualTo(guid);
        assertThat(created.get("typeName").asString()).isEqualTo("Table");
        assertThat(created.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(created.get("displayText").asString()).isEqualTo("NEW_TABLE");
        assertThat(created.get("attributes").get("qualifiedName").asString()).isEqualTo(qualifiedName);
        assertThat(body.get("mutatedEntities").has("UPDATE")).isFalse();

        JsonNode stored = entityByGuid(guid);
        assertThat(stored.get("attributes").get("rowCount").asLong()).isEqualTo(42);
        assertThat(stored.get("createdBy").asString()).isEqualTo(DemoCatalog.DEMO_USERNAME);
        assertThat(stored.get("createTime").asLong()).isPositive();
    }

    @Test
    void bulkUpsertOfAKnownQualifiedNameUpdatesKeepingTheGuidAndMergingAttributes() {
        String qualifiedName = unique("MERGED");
        ObjectNode first = entity("-1", "Table", qualifiedName, "MERGED");
        ((ObjectNode) first.get("attributes")).put("description", "first").put("rowCount", 1);
        String guid = client.post("/api/meta/entity/bulk", bulk(first)).json().get("guidAssignments").get("-1").asString();
        long firstVersion = entityByGuid(guid).get("version").asLong();

        ObjectNode second = entity("-7", "Table", qualifiedName, "MERGED");
        ((ObjectNode) second.get("attributes")).put("description", "second");
        JsonNode body = client.post("/api/meta/entity/bulk", bulk(second)).json();

        assertThat(body.get("guidAssignments").get("-7").asString()).isEqualTo(guid);
        assertThat(body.get("mutatedEntities").has("CREATE")).isFalse();
        assertThat(body.get("mutatedEntities").get("UPDATE").get(0).get("guid").asString()).isEqualTo(guid);
        JsonNode stored = entityByGuid(guid);
        assertThat(stored.get("attributes").get("description").asString()).isEqualTo("second");
        assertThat(stored.get("attributes").get("rowCount").asLong()).isEqualTo(1);
        assertThat(stored.get("version").asLong()).isGreaterThan(firstVersion);
    }

    @Test
    void anUpsertThatChangesNothingReportsNoMutation() {
        String qualifiedName = unique("SAME");
        create("Table", qualifiedName, "SAME");

        JsonNode body = client.post("/api/meta/entity/bulk", bulk(entity("-1", "Table", qualifiedName, "SAME"))).json();

        assertThat(body.has("mutatedEntities")).isFalse();
        assertThat(body.get("guidAssignments").has("-1")).isTrue();
    }

    @Test
    void anUpdateByGuidCanRenameAndWithReplaceTagsClassify() {
        String guid = create("Table", unique("BY_GUID"), "BY_GUID");
        ObjectNode update = entity(guid, "Table", unique("RENAMED"), "RENAMED");
        update.putArray("classifications").addObject().put("typeName", DemoCatalog.CONFIDENTIAL_TAG_NAME);
        update.putArray("labels").add("demo");

        JsonNode body = client.post("/api/meta/entity/bulk?replaceTags=true", bulk(update)).json();

        assertThat(body.has("guidAssignments")).isFalse();
        JsonNode stored = entityByGuid(guid);
        assertThat(stored.get("attributes").get("name").asString()).isEqualTo("RENAMED");
        assertThat(stored.get("classifications").get(0).get("entityGuid").asString()).isEqualTo(guid);
        assertThat(stored.get("labels").get(0).asString()).isEqualTo("demo");
    }

    @Test
    void placeholdersInReferencesResolveToTheGuidsCreatedInTheSameRequest() {
        String schemaName = unique("SCHEMA");
        ObjectNode schema = entity("-1", "Schema", schemaName, "SCHEMA");
        ObjectNode table = entity("-2", "Table", schemaName + "/T", "T");
        table.putObject("relationshipAttributes").putObject("schema").put("guid", "-1").put("typeName", "Schema");
        ObjectNode column = entity("-3", "Column", schemaName + "/T/C", "C");
        column.putObject("relationshipAttributes").putObject("table").put("typeName", "Table")
                .putObject("uniqueAttributes").put("qualifiedName", schemaName + "/T");

        JsonNode body = client.post("/api/meta/entity/bulk", bulk(schema, table, column)).json();

        assertThat(body.get("mutatedEntities").get("CREATE")).hasSize(3);
        String schemaGuid = body.get("guidAssignments").get("-1").asString();
        String tableGuid = body.get("guidAssignments").get("-2").asString();
        JsonNode schemaRef = entityByGuid(tableGuid).get("relationshipAttributes").get("schema");
        assertThat(schemaRef.get("guid").asString()).isEqualTo(schemaGuid);
        assertThat(schemaRef.get("displayText").asString()).isEqualTo("SCHEMA");
        JsonNode tableRef = entityByGuid(body.get("guidAssignments").get("-3").asString())
                .get("relationshipAttributes").get("table");
        assertThat(tableRef.get("guid").asString()).isEqualTo(tableGuid);
    }

    @Test
    void anEntityWithoutQualifiedNameGets400NamingItsIndexAndNothingIsWritten() {
        String qualifiedName = unique("NOT_WRITTEN");
        ObjectNode broken = AtlanTestClient.object().put("typeName", "Table");
        broken.putObject("attributes").put("name", "no qualifiedName");

        Reply reply = client.post("/api/meta/entity/bulk", bulk(entity("-1", "Table", qualifiedName, "X"), broken));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errorMessage").asString()).contains("entities[1]").contains("qualifiedName");
        assertThat(client.get("/api/meta/entity/uniqueAttribute/type/Table?attr:qualifiedName="
                + encode(qualifiedName)).status()).isEqualTo(404);
    }

    @Test
    void anEntityWithoutTypeNameGets400NamingItsIndex() {
        ObjectNode broken = AtlanTestClient.object();
        broken.putObject("attributes").put("qualifiedName", unique("X"));

        Reply reply = client.post("/api/meta/entity/bulk", bulk(broken));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errorMessage").asString()).contains("entities[0]").contains("typeName");
    }

    @Test
    void noEntitiesGets400() {
        assertThat(client.post("/api/meta/entity/bulk", "{\"entities\":[]}").status()).isEqualTo(400);
        assertThat(client.post("/api/meta/entity/bulk", "{}").status()).isEqualTo(400);
    }

    @Test
    void anUnknownTagGets404() {
        ObjectNode table = entity("-1", "Table", unique("T"), "T");
        table.putArray("classifications").addObject().put("typeName", "PII");

        Reply reply = client.post("/api/meta/entity/bulk", bulk(table));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("errorCode").asString()).isEqualTo("ATLAS-404-00-008");
    }

    @Test
    void softDeleteKeepsTheAssetReadableAsDeleted() {
        String guid = create("Table", unique("SOFT"), "SOFT");

        Reply reply = client.delete("/api/meta/entity/bulk?guid=" + guid);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode deleted = reply.json().get("mutatedEntities").get("DELETE").get(0);
        assertThat(deleted.get("guid").asString()).isEqualTo(guid);
        assertThat(deleted.get("status").asString()).isEqualTo("DELETED");
        assertThat(entityByGuid(guid).get("status").asString()).isEqualTo("DELETED");
    }

    @Test
    void softDeletingAnAlreadyDeletedAssetIsANoOp() {
        String guid = create("Table", unique("TWICE"), "TWICE");
        client.delete("/api/meta/entity/bulk?guid=" + guid + "&deleteType=SOFT");

        JsonNode body = client.delete("/api/meta/entity/bulk?guid=" + guid + "&deleteType=SOFT").json();

        assertThat(body.has("mutatedEntities")).isFalse();
    }

    @Test
    void postingActiveRestoresASoftDeletedAsset() {
        String qualifiedName = unique("RESTORED");
        String guid = create("Table", qualifiedName, "RESTORED");
        client.delete("/api/meta/entity/bulk?guid=" + guid);
        ObjectNode restore = entity("-1", "Table", qualifiedName, "RESTORED").put("status", "ACTIVE");

        JsonNode body = client.post("/api/meta/entity/bulk", bulk(restore)).json();

        assertThat(body.get("mutatedEntities").get("UPDATE").get(0).get("guid").asString()).isEqualTo(guid);
        assertThat(entityByGuid(guid).get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void hardAndPurgeDeletesRemoveTheAssets() {
        String hard = create("Table", unique("HARD"), "HARD");
        String purged = create("Table", unique("PURGED"), "PURGED");

        JsonNode hardBody = client.delete("/api/meta/entity/bulk?guid=" + hard + "&deleteType=HARD").json();
        JsonNode purgeBody = client.delete("/api/meta/entity/bulk?deleteType=PURGE&guid=" + purged).json();

        assertThat(hardBody.get("mutatedEntities").get("DELETE").get(0).get("guid").asString()).isEqualTo(hard);
        assertThat(purgeBody.get("mutatedEntities").get("DELETE").get(0).get("guid").asString()).isEqualTo(purged);
        assertThat(client.get("/api/meta/entity/guid/" + hard).status()).isEqualTo(404);
        assertThat(client.get("/api/meta/entity/guid/" + purged).status()).isEqualTo(404);
    }

    @Test
    void deletingSeveralGuidsAtOnceDeletesThemAll() {
        String one = create("Table", unique("ONE"), "ONE");
        String two = create("Table", unique("TWO"), "TWO");

        JsonNode body = client.delete("/api/meta/entity/bulk?guid=" + one + "&guid=" + two).json();

        assertThat(body.get("mutatedEntities").get("DELETE")).hasSize(2);
    }

    /** AtlasEntityStoreV2.deleteByIds: an unknown GUID is skipped, not an error; nothing deleted answers {}. */
    @Test
    void deletingAnUnknownGuidIsSkippedWith200() {
        String guid = create("Table", unique("GONE"), "GONE");

        Reply both = client.delete("/api/meta/entity/bulk?guid=" + guid + "&guid=no-such-guid");
        Reply unknown = client.delete("/api/meta/entity/bulk?guid=no-such-guid");
        Reply again = client.delete("/api/meta/entity/bulk?guid=" + guid);

        assertThat(both.status()).isEqualTo(200);
        assertThat(both.json().get("mutatedEntities").get("DELETE")).hasSize(1);
        assertThat(both.json().get("mutatedEntities").get("DELETE").get(0).get("guid").asString()).isEqualTo(guid);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().isEmpty()).as(unknown.body()).isTrue();
        assertThat(again.json().isEmpty()).as("an already soft-deleted entity is skipped").isTrue();
    }

    @Test
    void deletingWithoutGuidOrWithAnUnknownDeleteTypeGets400() {
        String guid = create("Table", unique("T"), "T");

        assertThat(client.delete("/api/meta/entity/bulk").status()).isEqualTo(400);
        Reply reply = client.delete("/api/meta/entity/bulk?guid=" + guid + "&deleteType=SHRED");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errorMessage").asString()).contains("deleteType");
    }

    @Test
    void loadStoresEntitiesWithoutHttpKeepingTheirGuids() {
        int before = atlan.assetCount();
        List<ObjectNode> entities = new ArrayList<>();
        String guid = UUID.randomUUID().toString();
        entities.add(entity(guid, "Table", unique("LOADED"), "LOADED"));
        entities.add(entity(null, "Column", unique("LOADED/C"), "C"));

        atlan.load(entities);

        assertThat(atlan.assetCount()).isEqualTo(before + 2);
        assertThat(entityByGuid(guid).get("attributes").get("name").asString()).isEqualTo("LOADED");
    }

    @Test
    void loadRejectsAnInvalidEntity() {
        ObjectNode broken = AtlanTestClient.object().put("typeName", "Table");

        assertThatThrownBy(() -> atlan.load(List.of(broken)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qualifiedName");
    }
}
