package dev.atlanspring.embedded;

import static dev.atlanspring.embedded.AtlanTestClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The documented constants must name what the seed really creates. */
class DemoCatalogTest extends SeededServerTests {


    private static JsonNode byQualifiedName(String typeName, String qualifiedName) {
        AtlanTestClient.Reply reply = client.get("/api/meta/entity/uniqueAttribute/type/" + typeName
                + "?attr:qualifiedName=" + encode(qualifiedName));
        assertThat(reply.status()).as(typeName + " " + qualifiedName).isEqualTo(200);
        return reply.json().get("entity");
    }

    @Test
    void everyDocumentedGuidBelongsToItsDocumentedQualifiedName() {
        Map<String, String[]> documented = Map.ofEntries(
                Map.entry(DemoCatalog.CONNECTION_GUID, new String[] {"Connection", DemoCatalog.CONNECTION_QUALIFIED_NAME}),
                Map.entry(DemoCatalog.DATABASE_GUID, new String[] {"Database", DemoCatalog.DATABASE_QUALIFIED_NAME}),
                Map.entry(DemoCatalog.SALES_SCHEMA_GUID, new String[] {"Schema", DemoCatalog.SALES_SCHEMA_QUALIFIED_NAME}),
                Map.entry(DemoCatalog.MARKETING_SCHEMA_GUID,
                        new String[] {"Schema", DemoCatalog.MARKETING_SCHEMA_QUALIFIED_NAME}),
                Map.entry(DemoCatalog.ORDERS_TABLE_GUID, new String[] {"Table", DemoCatalog.ORDERS_TABLE_QUALIFIED_NAME}),
                Map.entry(DemoCatalog.CUSTOMERS_TABLE_GUID,
                        new String[] {"Table", DemoCatalog.CUSTOMERS_TABLE_QUALIFIED_NAME}),
                Map.entry(DemoCatalog.PAYMENTS_TABLE_GUID, new String[] {"Table", DemoCatalog.PAYMENTS_TABLE_QUALIFIED_NAME}),
                Map.entry(DemoCatalog.CAMPAIGNS_TABLE_GUID,
                        new String[] {"Table", DemoCatalog.CAMPAIGNS_TABLE_QUALIFIED_NAME}),
                Map.entry(DemoCatalog.GLOSSARY_GUID, new String[] {"AtlasGlossary", DemoCatalog.GLOSSARY_QUALIFIED_NAME}),
                Map.entry(DemoCatalog.REVENUE_TERM_GUID,
                        new String[] {"AtlasGlossaryTerm", DemoCatalog.REVENUE_TERM_QUALIFIED_NAME}),
                Map.entry(DemoCatalog.CUSTOMER_TERM_GUID,
                        new String[] {"AtlasGlossaryTerm", DemoCatalog.CUSTOMER_TERM_QUALIFIED_NAME}),
                Map.entry(DemoCatalog.ORDER_TERM_GUID,
                        new String[] {"AtlasGlossaryTerm", DemoCatalog.ORDER_TERM_QUALIFIED_NAME}),
                Map.entry(DemoCatalog.CHURN_TERM_GUID,
                        new String[] {"AtlasGlossaryTerm", DemoCatalog.CHURN_TERM_QUALIFIED_NAME}),
                Map.entry(DemoCatalog.CAMPAIGN_TERM_GUID,
                        new String[] {"AtlasGlossaryTerm", DemoCatalog.CAMPAIGN_TERM_QUALIFIED_NAME}));

        documented.forEach((guid, typeAndName) ->
                assertThat(byQualifiedName(typeAndName[0], typeAndName[1]).get("guid").asString())
                        .as(typeAndName[1]).isEqualTo(guid));
    }

    @Test
    void theSeedCreatesTheDocumentedNumberOfAssets() {
        assertThat(atlan.assetCount()).isEqualTo(DemoCatalog.ASSET_COUNT);
        assertThat(client.search("{\"dsl\":{\"size\":0,\"query\":{\"term\":{\"__typeName\":\"AtlasGlossaryTerm\"}}}}")
                .get("approximateCount").asInt()).isEqualTo(DemoCatalog.TERM_COUNT);
    }

    @Test
    void theConnectionIsTheDocumentedSnowflakeOne() {
        JsonNode connection = byQualifiedName("Connection", DemoCatalog.CONNECTION_QUALIFIED_NAME);

        assertThat(connection.get("attributes").get("name").asString()).isEqualTo(DemoCatalog.CONNECTION_NAME);
        assertThat(connection.get("attributes").get("connectorName").asString()).isEqualTo("snowflake");
    }

    @Test
    void everyTableHasThreeToSixColumnsThatPointBackAtIt() {
        JsonNode tables = client.search("{\"dsl\":{\"size\":100,\"query\":{\"term\":{\"__typeName\":\"Table\"}}},"
                + "\"attributes\":[\"columnCount\",\"description\",\"rowCount\",\"schemaQualifiedName\"],"
                + "\"relationAttributes\":[\"columns\"]}").get("entities");

        assertThat(tables).hasSize(DemoCatalog.TABLE_COUNT);
        int columnTotal = 0;
        for (JsonNode table : tables) {
            JsonNode columns = table.get("relationshipAttributes").get("columns");
            assertThat(columns.size()).isBetween(3, 6).isEqualTo(table.get("attributes").get("columnCount").asInt());
            assertThat(table.get("attributes").get("description").asString()).endsWith(".");
            columnTotal += columns.size();
            JsonNode column = client.get("/api/meta/entity/guid/" + columns.get(0).get("guid").asString()).json()
                    .get("entity");
            assertThat(column.get("relationshipAttributes").get("table").get("guid").asString())
                    .isEqualTo(table.get("guid").asString());
            assertThat(column.get("attributes").get("tableQualifiedName").asString())
                    .isEqualTo(table.get("attributes").get("qualifiedName").asString());
            assertThat(column.get("attributes").get("order").asInt()).isEqualTo(1);
            assertThat(column.get("attributes").has("dataType")).isTrue();
        }
        assertThat(columnTotal).isEqualTo(DemoCatalog.COLUMN_COUNT);
    }

    @Test
    void everyTermIsAnchoredInTheDemoGlossary() {
        JsonNode terms = client.search("{\"dsl\":{\"size\":100,\"query\":{\"term\":{\"__typeName\":\"AtlasGlossaryTerm\"}}},"
                + "\"relationAttributes\":[\"anchor\"]}").get("entities");

        for (JsonNode term : terms) {
            assertThat(term.get("attributes").get("qualifiedName").asString())
                    .endsWith("@" + DemoCatalog.GLOSSARY_QUALIFIED_NAME);
            assertThat(term.get("relationshipAttributes").get("anchor").get("guid").asString())
                    .isEqualTo(DemoCatalog.GLOSSARY_GUID);
        }
    }

    @Test
    void twoServersSeedTheVerySameCatalog() {
        try (EmbeddedAtlan other = EmbeddedAtlan.start()) {
            String path = "/api/meta/entity/guid/" + DemoCatalog.CUSTOMERS_TABLE_GUID;
            JsonNode mine = client.get(path).json();
            JsonNode theirs = new AtlanTestClient(other).get(path).json();
            assertThat(theirs).isEqualTo(mine);
        }
    }
}
