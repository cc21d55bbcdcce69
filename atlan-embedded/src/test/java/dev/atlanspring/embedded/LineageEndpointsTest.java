package dev.atlanspring.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/meta/lineage/list} over the demo catalog's lineage, with the semantics of atlas-metastore's
 * {@code LineageREST.getLineageList}, {@code LineageListRequestValidator} and
 * {@code EntityLineageService.traverseEdgesUsingBFS} (depth counted in assets, levels, from/size, hasMore,
 * filters), and the response shape of pyatlan's recorded {@code tests/unit/data/lineage_responses/lineage_list.json}.
 */
class LineageEndpointsTest extends SeededServerTests {

    private static final String LIST = "/api/meta/lineage/list";

    private static String request(String guid, String direction, int depth, int from, int size) {
        return "{\"guid\":\"" + guid + "\",\"direction\":\"" + direction + "\",\"depth\":" + depth + ",\"from\":"
                + from + ",\"size\":" + size + "}";
    }

    private static List<String> guids(JsonNode body) {
        return body.get("entities").valueStream().map(e -> e.get("guid").asString()).toList();
    }

    @Test
    void downstreamOfOrderItemsIsTheProcessesAndAssetsLevelByLevel() {
        JsonNode body = client.post(LIST, request("5eed0700-0000-4000-8000-000000000002", "OUTPUT", 1000000, 0, 10))
            .json();
        assertThat(guids(body)).containsExactly(DemoCatalog.LOAD_ORDERS_PROCESS_GUID, DemoCatalog.ORDERS_TABLE_GUID,
                DemoCatalog.PUBLISH_ORDERS_DAILY_PROCESS_GUID, DemoCatalog.ORDERS_DAILY_VIEW_GUID);
        assertThat(body.get("entities").valueStream().map(e -> e.get("depth").asInt()).toList())
            .containsExactly(1, 1, 2, 2);
        assertThat(body.get("hasMore").asBoolean()).isFalse();
        assertThat(body.get("entityCount").asInt()).isEqualTo(4);
        JsonNode first = body.get("entities").get(0);
        assertThat(first.get("typeName").asString()).isEqualTo("Process");
        assertThat(first.get("attributes").get("qualifiedName").asString())
            .isEqualTo(DemoCatalog.LOAD_ORDERS_PROCESS_QUALIFIED_NAME);
        assertThat(first.get("displayText").asString()).isEqualTo(DemoCatalog.LOAD_ORDERS_PROCESS_NAME);
        assertThat(body.get("searchParameters").get("direction").asString()).isEqualTo("OUTPUT");
        assertThat(body.get("searchParameters").get("excludeMeanings").asBoolean()).isTrue();
    }

    @Test
    void depthCountsAssetsNotEdges() {
        JsonNode one = client.post(LIST, request(DemoCatalog.ORDERS_TABLE_GUID, "OUTPUT", 1, 0, 10)).json();
        assertThat(guids(one)).containsExactly(DemoCatalog.PUBLISH_ORDERS_DAILY_PROCESS_GUID,
                DemoCatalog.ORDERS_DAILY_VIEW_GUID);
        assertThat(one.get("hasMore").asBoolean()).isFalse();
        JsonNode upstream = client.post(LIST, request(DemoCatalog.ORDERS_DAILY_VIEW_GUID, "INPUT", 1, 0, 10)).json();
        assertThat(guids(upstream)).containsExactly(DemoCatalog.PUBLISH_ORDERS_DAILY_PROCESS_GUID,
                DemoCatalog.ORDERS_TABLE_GUID);
        // The last asset of the last level was read: no more pages, though the walk could go further up.
        assertThat(upstream.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void pagesWithFromAndSizeAndSaysWhetherThereIsMore() {
        String view = DemoCatalog.ORDERS_DAILY_VIEW_GUID;
        JsonNode first = client.post(LIST, request(view, "INPUT", 10, 0, 2)).json();
        JsonNode second = client.post(LIST, request(view, "INPUT", 10, 2, 2)).json();
        JsonNode third = client.post(LIST, request(view, "INPUT", 10, 4, 2)).json();
        assertThat(guids(first)).containsExactly(DemoCatalog.PUBLISH_ORDERS_DAILY_PROCESS_GUID,
                DemoCatalog.ORDERS_TABLE_GUID);
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        assertThat(guids(second)).containsExactly(DemoCatalog.LOAD_ORDERS_PROCESS_GUID,
                "5eed0700-0000-4000-8000-000000000002");
        assertThat(second.get("hasMore").asBoolean()).isTrue();
        assertThat(guids(third)).containsExactly(DemoCatalog.CUSTOMERS_TABLE_GUID);
        assertThat(third.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void entityFiltersChooseResultsAndTraversalFiltersStopTheWalk() {
        String results = "{\"guid\":\"" + DemoCatalog.ORDERS_DAILY_VIEW_GUID + "\",\"direction\":\"INPUT\","
                + "\"depth\":10,\"from\":0,\"size\":10,\"entityFilters\":{\"condition\":\"AND\",\"criterion\":"
                + "[{\"attributeName\":\"__typeName\",\"operator\":\"=\",\"attributeValue\":\"Table\"}]}}";
        assertThat(guids(client.post(LIST, results).json())).containsExactly(DemoCatalog.ORDERS_TABLE_GUID,
                "5eed0700-0000-4000-8000-000000000002", DemoCatalog.CUSTOMERS_TABLE_GUID);
        String walk = "{\"guid\":\"" + DemoCatalog.ORDERS_DAILY_VIEW_GUID + "\",\"direction\":\"INPUT\","
                + "\"depth\":10,\"from\":0,\"size\":10,\"entityTraversalFilters\":{\"condition\":\"AND\",\"criterion\":"
                + "[{\"attributeName\":\"name\",\"operator\":\"!=\",\"attributeValue\":\"ORDERS\"}]}}";
        assertThat(guids(client.post(LIST, walk).json()))
            .containsExactly(DemoCatalog.PUBLISH_ORDERS_DAILY_PROCESS_GUID);
    }

    @Test
    void columnLineageRunsThroughColumnProcesses() {
        String column = DemoCatalog.ORDERS_TABLE_QUALIFIED_NAME + "/ORDER_ID";
        String guid = client.get("/api/meta/entity/uniqueAttribute/type/Column?attr:qualifiedName="
                + AtlanTestClient.encode(column)).json().get("entity").get("guid").asString();
        JsonNode body = client.post(LIST, request(guid, "INPUT", 1, 0, 10)).json();
        assertThat(body.get("entities").valueStream().map(e -> e.get("typeName").asString()).toList())
            .containsExactly("ColumnProcess", "Column");
        assertThat(body.get("entities").get(0).get("guid").asString())
            .isEqualTo(DemoCatalog.ORDER_ID_COLUMN_PROCESS_GUID);
    }

    @Test
    void aProcessSavedOverHttpJoinsTheLineageAndADeletedOneLeavesIt() {
        String process = "{\"entities\":[{\"typeName\":\"Process\",\"guid\":\"-1\",\"attributes\":{"
                + "\"qualifiedName\":\"default/snowflake/1700000000/test-lineage-write\",\"name\":\"copy\"},"
                + "\"relationshipAttributes\":{\"inputs\":[{\"typeName\":\"View\",\"uniqueAttributes\":"
                + "{\"qualifiedName\":\"" + DemoCatalog.ORDERS_DAILY_VIEW_QUALIFIED_NAME + "\"}}],"
                + "\"outputs\":[{\"typeName\":\"Table\",\"guid\":\"" + DemoCatalog.CAMPAIGNS_TABLE_GUID + "\"}]}}]}";
        JsonNode saved = client.post("/api/meta/entity/bulk", process).json();
        String guid = saved.get("guidAssignments").get("-1").asString();
        JsonNode after = client.post(LIST, request(DemoCatalog.ORDERS_DAILY_VIEW_GUID, "OUTPUT", 1, 0, 10)).json();
        assertThat(guids(after)).containsExactly(guid, DemoCatalog.CAMPAIGNS_TABLE_GUID);
        assertThat(client.delete("/api/meta/entity/bulk?guid=" + guid).status()).isEqualTo(200);
        JsonNode gone = client.post(LIST, request(DemoCatalog.ORDERS_DAILY_VIEW_GUID, "OUTPUT", 1, 0, 10)).json();
        assertThat(gone.get("entities")).isEmpty();
        assertThat(gone.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void immediateNeighboursPutsTheStartFirstAndListsTheAssetsNextToEachResult() {
        String body = "{\"guid\":\"" + DemoCatalog.ORDERS_TABLE_GUID + "\",\"direction\":\"OUTPUT\",\"depth\":1,"
                + "\"from\":0,\"size\":10,\"immediateNeighbours\":true}";
        JsonNode response = client.post(LIST, body).json();
        JsonNode entities = response.get("entities");
        assertThat(guids(response)).containsExactly(DemoCatalog.ORDERS_TABLE_GUID,
                DemoCatalog.PUBLISH_ORDERS_DAILY_PROCESS_GUID, DemoCatalog.ORDERS_DAILY_VIEW_GUID);
        assertThat(entities.get(0).get("depth").asInt()).isZero();
        assertThat(entities.get(0).get("immediateDownstream").get(0).get("guid").asString())
            .isEqualTo(DemoCatalog.ORDERS_DAILY_VIEW_GUID);
        assertThat(entities.get(2).get("immediateUpstream").get(0).get("name").asString()).isEqualTo("ORDERS");
    }

    @Test
    void tagsAndTermsComeOnlyWhenNotExcluded() {
        String upstream = "{\"guid\":\"" + DemoCatalog.ORDERS_TABLE_GUID + "\",\"direction\":\"INPUT\",\"depth\":1,"
                + "\"from\":0,\"size\":10";
        JsonNode customers = client.post(LIST, upstream + "}").json().get("entities").get(2);
        assertThat(customers.get("guid").asString()).isEqualTo(DemoCatalog.CUSTOMERS_TABLE_GUID);
        assertThat(customers.has("classifications")).isFalse();
        assertThat(customers.get("meanings")).isEmpty();
        JsonNode withBoth = client.post(LIST, upstream + ",\"excludeClassifications\":false,\"excludeMeanings\":false}")
            .json().get("entities").get(2);
        assertThat(withBoth.get("classifications").get(0).get("typeName").asString())
            .isEqualTo(DemoCatalog.PII_TAG_NAME);
        assertThat(withBoth.get("meaningNames").get(0).asString()).isEqualTo("Customer");
    }

    @Test
    void badRequestsGetAtlasErrors() {
        AtlanTestClient.Reply noGuid = client.post(LIST, "{\"direction\":\"OUTPUT\",\"depth\":1,\"from\":0,\"size\":1}");
        assertThat(noGuid.status()).isEqualTo(400);
        assertThat(noGuid.json().get("errorCode").asString()).isEqualTo("ATLAS-400-00-029");
        assertThat(noGuid.json().get("errorMessage").asString()).isEqualTo("guid is required");
        AtlanTestClient.Reply noSize = client.post(LIST, "{\"guid\":\"g\",\"direction\":\"OUTPUT\",\"depth\":1,"
                + "\"from\":0}");
        assertThat(noSize.json().get("errorMessage").asString()).isEqualTo("The 'size' parameter is missing or invalid");
        AtlanTestClient.Reply both = client.post(LIST, request(DemoCatalog.ORDERS_TABLE_GUID, "BOTH", 1, 0, 1));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errorMessage").asString()).contains("INPUT").contains("OUTPUT");
        AtlanTestClient.Reply missing = client.post(LIST, request("deadbeef-0000-4000-8000-000000000000", "OUTPUT",
                1, 0, 1));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("errorCode").asString()).isEqualTo("ATLAS-404-00-005");
        AtlanTestClient.Reply term = client.post(LIST, request(DemoCatalog.REVENUE_TERM_GUID, "OUTPUT", 1, 0, 1));
        assertThat(term.status()).isEqualTo(404);
        assertThat(term.json().get("errorCode").asString()).isEqualTo("ATLAS-404-00-011");
    }
}
