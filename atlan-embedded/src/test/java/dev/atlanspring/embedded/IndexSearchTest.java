package dev.atlanspring.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.atlanspring.embedded.AtlanTestClient.Reply;

/** Searches the untouched demo catalog, whose counts are known: see {@link DemoCatalog}. */
class IndexSearchTest extends SeededServerTests {

    private static final String TABLES = "{\"term\":{\"__typeName.keyword\":\"Table\"}}";


    private static JsonNode search(String dsl) {
        return client.search("{\"dsl\":" + dsl + "}");
    }

    private static long count(String query) {
        return search("{\"size\":0,\"query\":" + query + "}").get("approximateCount").asLong();
    }

    /** The names of the tables matching a query, in name order. */
    private static List<String> tableNames(String query) {
        JsonNode body = search("{\"size\":100,\"query\":{\"bool\":{\"filter\":[" + TABLES + "," + query + "]}},"
                + "\"sort\":[{\"name.keyword\":{\"order\":\"asc\"}}]}");
        return names(body);
    }

    private static List<String> names(JsonNode body) {
        List<String> names = new ArrayList<>();
        if (body.has("entities")) {
            body.get("entities").forEach(e -> names.add(e.get("attributes").get("name").asString()));
        }
        return names;
    }

    @Test
    void matchAllCountsEveryAssetAndReturnsTenByDefault() {
        JsonNode body = search("{\"query\":{\"match_all\":{}},\"track_total_hits\":true}");

        assertThat(body.get("approximateCount").asLong()).isEqualTo(DemoCatalog.ASSET_COUNT);
        assertThat(body.get("entities")).hasSize(10);
    }

    @Test
    void aDslWithoutQueryMatchesEverything() {
        assertThat(search("{\"size\":0}").get("approximateCount").asLong()).isEqualTo(DemoCatalog.ASSET_COUNT);
    }

    @Test
    void termMatchesExactValuesWithOrWithoutKeywordSuffix() {
        assertThat(count(TABLES)).isEqualTo(DemoCatalog.TABLE_COUNT);
        assertThat(count("{\"term\":{\"__typeName\":\"Column\"}}")).isEqualTo(DemoCatalog.COLUMN_COUNT);
        assertThat(count("{\"term\":{\"name.keyword\":\"ORDERS\"}}")).isEqualTo(1);
        assertThat(count("{\"term\":{\"name.keyword\":\"orders\"}}")).isZero();
    }

    @Test
    void termInLongFormCanIgnoreCase() {
        assertThat(tableNames("{\"term\":{\"certificateStatus\":{\"value\":\"verified\",\"case_insensitive\":true}}}"))
                .containsExactly("CAMPAIGNS", "CUSTOMERS", "ORDERS", "PAYMENTS");
    }

    @Test
    void termMatchesNumbersAndAnyValueOfAList() {
        assertThat(tableNames("{\"term\":{\"rowCount\":240}}")).containsExactly("CAMPAIGNS");
        assertThat(tableNames("{\"term\":{\"ownerUsers\":\"demo\"}}")).hasSize(6);
    }

    @Test
    void termsMatchesAnyOfTheValues() {
        assertThat(count("{\"terms\":{\"__typeName.keyword\":[\"Schema\",\"Database\"]}}")).isEqualTo(3);
    }

    @Test
    void prefixMatchesTheStartOfAQualifiedName() {
        assertThat(count("{\"prefix\":{\"qualifiedName\":\"" + DemoCatalog.SALES_SCHEMA_QUALIFIED_NAME + "/\"}}"))
                .isEqualTo(6 + 30 + DemoCatalog.VIEW_COUNT);
        assertThat(count("{\"prefix\":{\"qualifiedName\":{\"value\":\"" + DemoCatalog.SALES_SCHEMA_QUALIFIED_NAME
                + "\"}}}")).isEqualTo(1 + 6 + 30 + DemoCatalog.VIEW_COUNT);
    }

    @Test
    void matchFindsWordsCaseInsensitively() {
        assertThat(tableNames("{\"match\":{\"description\":\"CUSTOMER\"}}")).containsExactly("CUSTOMERS", "ORDERS");
        assertThat(tableNames("{\"match\":{\"description\":\"payments shipments\"}}"))
                .containsExactly("PAYMENTS", "SHIPMENTS");
        assertThat(tableNames("{\"match\":{\"description\":{\"query\":\"payments received\",\"operator\":\"and\"}}}"))
                .containsExactly("PAYMENTS");
    }

    @Test
    void existsFindsOnlyAssetsThatHaveTheAttribute() {
        assertThat(count("{\"exists\":{\"field\":\"certificateStatus\"}}")).isEqualTo(6);
    }

    @Test
    void rangeComparesNumbersAndStrings() {
        assertThat(tableNames("{\"range\":{\"rowCount\":{\"gt\":240,\"lt\":320000}}}")).containsExactly("LEADS", "PRODUCTS");
        assertThat(tableNames("{\"range\":{\"rowCount\":{\"gte\":240,\"lte\":320000}}}")).hasSize(4);
        assertThat(tableNames("{\"range\":{\"rowCount\":{\"gte\":\"1000000\"}}}")).hasSize(6);
        assertThat(tableNames("{\"range\":{\"name.keyword\":{\"gte\":\"O\",\"lt\":\"P\"}}}"))
                .containsExactly("ORDERS", "ORDER_ITEMS");
        assertThat(count("{\"range\":{\"__timestamp\":{\"gte\":" + DemoCatalog.SEED_TIME + "}}}"))
                .isEqualTo(DemoCatalog.ASSET_COUNT);
    }

    @Test
    void wildcardMatchesStarAndQuestionMark() {
        assertThat(tableNames("{\"wildcard\":{\"name.keyword\":\"ORDER*\"}}")).containsExactly("ORDERS", "ORDER_ITEMS");
        assertThat(tableNames("{\"wildcard\":{\"name.keyword\":\"?????\"}}")).containsExactly("LEADS");
        assertThat(tableNames("{\"wildcard\":{\"name.keyword\":{\"value\":\"order*\",\"case_insensitive\":true}}}"))
                .hasSize(2);
        assertThat(tableNames("{\"wildcard\":{\"name.keyword\":{\"wildcard\":\"order*\"}}}")).isEmpty();
    }

    @Test
    void atlanInternalFieldsMapToTheEntity() {
        assertThat(count("{\"term\":{\"__guid\":\"" + DemoCatalog.ORDERS_TABLE_GUID + "\"}}")).isEqualTo(1);
        assertThat(count("{\"term\":{\"__state\":\"ACTIVE\"}}")).isEqualTo(DemoCatalog.ASSET_COUNT);
        assertThat(count("{\"term\":{\"__createdBy\":\"demo\"}}")).isEqualTo(DemoCatalog.ASSET_COUNT);
        assertThat(count("{\"term\":{\"__modifiedBy\":\"demo\"}}")).isEqualTo(DemoCatalog.ASSET_COUNT);
        assertThat(count("{\"term\":{\"__modificationTimestamp\":" + DemoCatalog.SEED_TIME + "}}"))
                .isEqualTo(DemoCatalog.ASSET_COUNT);
    }

    @Test
    void superTypeNamesFindEverySubType() {
        assertThat(count("{\"term\":{\"__superTypeNames.keyword\":\"SQL\"}}"))
                .isEqualTo(1 + 2 + DemoCatalog.TABLE_COUNT + DemoCatalog.VIEW_COUNT + DemoCatalog.COLUMN_COUNT);
        assertThat(count("{\"term\":{\"__superTypeNames\":\"Asset\"}}")).isEqualTo(DemoCatalog.ASSET_COUNT);
    }

    @Test
    void traitNamesFindAssetsByTheirHashedTagName() {
        assertThat(count("{\"term\":{\"__traitNames\":\"" + DemoCatalog.PII_TAG_NAME + "\"}}")).isEqualTo(4);
        assertThat(tableNames("{\"term\":{\"__traitNames\":\"" + DemoCatalog.CONFIDENTIAL_TAG_NAME + "\"}}"))
                .containsExactly("PAYMENTS");
    }

    @Test
    void meaningsFindAssetsByTermGuidOrQualifiedName() {
        assertThat(tableNames("{\"term\":{\"__meanings\":\"" + DemoCatalog.ORDER_TERM_GUID + "\"}}"))
                .containsExactly("ORDERS");
        assertThat(tableNames("{\"term\":{\"__meanings\":\"" + DemoCatalog.REVENUE_TERM_QUALIFIED_NAME + "\"}}"))
                .containsExactly("PAYMENTS");
    }

    @Test
    void boolCombinesMustFilterShouldAndMustNot() {
        assertThat(count("{\"bool\":{\"must\":" + TABLES + ",\"must_not\":[{\"term\":{\"__traitNames\":\""
                + DemoCatalog.PII_TAG_NAME + "\"}}]}}")).isEqualTo(8);
        assertThat(tableNames("{\"bool\":{\"should\":[{\"term\":{\"schemaName\":\"SALES\"}},"
                + "{\"term\":{\"certificateStatus\":\"VERIFIED\"}}],\"minimum_should_match\":2}}"))
                .containsExactly("CUSTOMERS", "ORDERS", "PAYMENTS");
        assertThat(count("{\"bool\":{\"should\":[{\"term\":{\"name\":\"ORDERS\"}},{\"term\":{\"name\":\"LEADS\"}}]}}"))
                .isEqualTo(2);
        assertThat(count("{\"bool\":{\"filter\":" + TABLES + ",\"should\":{\"term\":{\"name\":\"ORDERS\"}}}}"))
                .isEqualTo(DemoCatalog.TABLE_COUNT);
        assertThat(count("{\"bool\":{\"should\":[{\"term\":{\"name\":\"ORDERS\"}},{\"term\":{\"name\":\"LEADS\"}}],"
                + "\"minimum_should_match\":\"50%\"}}")).isEqualTo(2);
        assertThat(count("{\"bool\":{}}")).isEqualTo(DemoCatalog.ASSET_COUNT);
    }

    @Test
    void sortOrdersAscendingAndDescending() {
        String query = ",\"size\":3,\"query\":" + TABLES;
        assertThat(names(search("{\"sort\":[{\"rowCount\":{\"order\":\"asc\"}}]" + query + "}")))
                .containsExactly("CAMPAIGNS", "PRODUCTS", "LEADS");
        assertThat(names(search("{\"sort\":[{\"rowCount\":\"desc\"}]" + query + "}")))
                .containsExactly("EMAIL_EVENTS", "WEB_SESSIONS", "ORDER_ITEMS");
    }

    @Test
    void missingValuesSortLastInBothDirections() {
        String query = ",\"size\":100,\"query\":" + TABLES;
        List<String> ascending = names(search("{\"sort\":[{\"certificateStatus\":\"asc\"},{\"name.keyword\":\"asc\"}]"
                + query + "}"));
        List<String> descending = names(search("{\"sort\":[{\"certificateStatus\":\"desc\"},"
                + "{\"name.keyword\":\"asc\"}]" + query + "}"));

        assertThat(ascending).containsExactly("WEB_SESSIONS", "PRODUCTS", "CAMPAIGNS", "CUSTOMERS", "ORDERS",
                "PAYMENTS", "EMAIL_EVENTS", "LEADS", "ORDER_ITEMS", "SHIPMENTS");
        assertThat(descending.subList(6, 10)).containsExactly("EMAIL_EVENTS", "LEADS", "ORDER_ITEMS", "SHIPMENTS");
    }

    @Test
    void fromAndSizePageThroughEveryMatchExactlyOnce() {
        String sqlAssets = "{\"term\":{\"__superTypeNames\":\"SQL\"}}";
        List<String> seen = new ArrayList<>();
        for (int from = 0; ; from += 10) {
            JsonNode page = search("{\"from\":" + from + ",\"size\":10,\"query\":" + sqlAssets
                    + ",\"sort\":[{\"name.keyword\":\"asc\"},{\"__guid\":\"asc\"}]}");
            assertThat(page.get("approximateCount").asLong()).isEqualTo(63 + DemoCatalog.VIEW_COUNT);
            if (!page.has("entities")) {
                break;
            }
            page.get("entities").forEach(e -> seen.add(e.get("guid").asString()));
        }
        assertThat(seen).hasSize(63 + DemoCatalog.VIEW_COUNT).doesNotHaveDuplicates();
    }

    @Test
    void searchAfterPagesThroughEveryMatchExactlyOnceAcrossTiedNames() {
        String dsl = "\"size\":7,\"query\":{\"term\":{\"__typeName\":\"Column\"}},"
                + "\"sort\":[{\"name.keyword\":{\"order\":\"asc\"}},{\"__guid\":{\"order\":\"asc\"}}]";
        List<String> seen = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String after = "";
        while (true) {
            JsonNode page = search("{" + dsl + after + "}");
            if (!page.has("entities")) {
                break;
            }
            for (JsonNode entity : page.get("entities")) {
                seen.add(entity.get("guid").asString());
                names.add(entity.get("attributes").get("name").asString());
            }
            JsonNode last = page.get("entities").get(page.get("entities").size() - 1);
            after = ",\"search_after\":[\"" + last.get("attributes").get("name").asString() + "\",\""
                    + last.get("guid").asString() + "\"]";
        }
        assertThat(seen).hasSize(DemoCatalog.COLUMN_COUNT).doesNotHaveDuplicates();
        assertThat(names).isSorted();
        assertThat(new HashSet<>(names)).hasSizeLessThan(names.size());
    }

    @Test
    void aQueryAskedTheFirstTimeGivesTheSamePagesAsWhenAskedAgain() {
        // A query seen for the first time is answered from one scan; asked again, from its kept sorted matches.
        String unseen = "{\"bool\":{\"filter\":{\"term\":{\"__typeName\":\"Column\"}},\"must_not\":{\"term\":{\"name\":\""
                + UUID.randomUUID() + "\"}}}}";
        String sort = ",\"sort\":[{\"dataType\":\"desc\"},{\"name.keyword\":\"asc\"}]";
        String fromTwenty = "{\"from\":20,\"size\":10,\"query\":" + unseen + sort + "}";
        List<String> first = guids(search(fromTwenty));
        List<String> again = guids(search(fromTwenty));
        assertThat(first).hasSize(10).isEqualTo(again);

        String unseenToo = unseen.replace("Column", "Table");
        String after = "{\"size\":4,\"query\":" + unseenToo + ",\"sort\":[{\"rowCount\":\"asc\"}],\"search_after\":[5400]}";
        List<String> firstAfter = names(search(after));
        assertThat(firstAfter).containsExactly("LEADS", "CUSTOMERS", "SHIPMENTS", "ORDERS").isEqualTo(names(search(after)));
    }

    private static List<String> guids(JsonNode body) {
        List<String> guids = new ArrayList<>();
        body.get("entities").forEach(e -> guids.add(e.get("guid").asString()));
        return guids;
    }

    @Test
    void entitiesAreLeftOutWhenNothingMatches() {
        JsonNode body = search("{\"query\":{\"term\":{\"name\":\"NO_SUCH_TABLE\"}}}");

        assertThat(body.get("approximateCount").asLong()).isZero();
        assertThat(body.has("entities")).isFalse();
    }

    @Test
    void resultsHoldOnlyTheRequestedAttributes() {
        JsonNode body = client.search("{\"dsl\":{\"query\":{\"term\":{\"__guid\":\"" + DemoCatalog.ORDERS_TABLE_GUID
                + "\"}}},\"attributes\":[\"rowCount\",\"description\",\"noSuchAttribute\",\"columns\"],"
                + "\"relationAttributes\":[\"schema\"]}");
        JsonNode table = body.get("entities").get(0);

        Set<String> attributes = new HashSet<>(table.get("attributes").propertyNames());
        assertThat(attributes).containsExactlyInAnyOrder("qualifiedName", "name", "rowCount", "description", "columns");
        assertThat(table.get("attributes").get("columns")).hasSize(5);
        assertThat(table.get("relationshipAttributes").get("schema").get("guid").asString())
                .isEqualTo(DemoCatalog.SALES_SCHEMA_GUID);
        assertThat(table.get("relationshipAttributes").has("columns")).isFalse();
        assertThat(table.get("meanings").get(0).get("termGuid").asString()).isEqualTo(DemoCatalog.ORDER_TERM_GUID);
        for (String field : List.of("typeName", "guid", "status", "createTime", "updateTime", "createdBy",
                "updatedBy", "classifications", "labels")) {
            assertThat(table.has(field)).as(field).isTrue();
        }
    }

    @Test
    void anUnsupportedClauseGets400NamingItAndWhereItIs() {
        Reply reply = client.post("/api/meta/search/indexsearch",
                "{\"dsl\":{\"query\":{\"bool\":{\"must\":[" + TABLES + ",{\"nested\":{\"path\":\"x\"}}]}}}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errorMessage").asString()).contains("nested").contains("bool.must[1]");
    }

    @Test
    void malformedSearchesGet400() {
        for (String request : List.of(
                "{}",
                "{\"dsl\":{\"query\":{\"term\":{\"name\":{\"case_insensitive\":true}}}}}",
                "{\"dsl\":{\"query\":{\"term\":{\"name\":\"A\"},\"match_all\":{}}}}",
                "{\"dsl\":{\"query\":{\"range\":{\"rowCount\":{\"above\":1}}}}}",
                "{\"dsl\":{\"query\":{\"bool\":{\"musts\":[]}}}}",
                "{\"dsl\":{\"search_after\":[\"x\"]}}",
                "{\"dsl\":{\"sort\":[{\"name\":\"asc\"}],\"search_after\":[\"a\",\"b\"]}}",
                "{\"dsl\":{\"size\":-1}}",
                "{\"dsl\":{\"sort\":[{\"name\":\"sideways\"}]}}",
                "{\"dsl\":{\"aggs\":{\"types\":{\"histogram\":{\"field\":\"rowCount\"}}}}}",
                "{\"dsl\":{\"aggregations\":{\"types\":{\"terms\":{}}}}}",
                "{\"dsl\":{},\"attributes\":\"name\"}")) {
            Reply reply = client.post("/api/meta/search/indexsearch", request);
            assertThat(reply.status()).as(request).isEqualTo(400);
            assertThat(reply.json().get("errorCode").asString()).as(request).startsWith("ATLAS-400");
        }
    }

    @Test
    void searchSeesWritesMadeAfterAnEarlierIdenticalSearch() {
        try (EmbeddedAtlan own = EmbeddedAtlan.start()) {
            AtlanTestClient ownClient = new AtlanTestClient(own);
            String request = "{\"dsl\":{\"size\":0,\"query\":{\"bool\":{\"filter\":[" + TABLES
                    + ",{\"term\":{\"__state\":\"ACTIVE\"}}]}}}}";
            assertThat(ownClient.search(request).get("approximateCount").asLong()).isEqualTo(DemoCatalog.TABLE_COUNT);

            ownClient.delete("/api/meta/entity/bulk?guid=" + DemoCatalog.ORDERS_TABLE_GUID);

            assertThat(ownClient.search(request).get("approximateCount").asLong())
                    .isEqualTo(DemoCatalog.TABLE_COUNT - 1);
            assertThat(ownClient.search("{\"dsl\":{\"query\":{\"term\":{\"__state\":\"DELETED\"}}}}")
                    .get("entities").get(0).get("guid").asString()).isEqualTo(DemoCatalog.ORDERS_TABLE_GUID);
        }
    }

    /**
     * Atlan passes Elasticsearch's aggregations through (atlas-metastore AtlasElasticsearchQuery): terms buckets
     * most frequent first, metric values, and null for a metric no matching entity has.
     */
    @Test
    void aggregationsComeBackInElasticsearchsShapes() {
        JsonNode result = client.search("{\"dsl\":{\"size\":0,\"query\":{\"bool\":{\"filter\":[" + TABLES
                + "]}},\"aggregations\":{\"schemas\":{\"terms\":{\"field\":\"schemaName\",\"size\":1}},"
                + "\"biggest\":{\"max\":{\"field\":\"rowCount\"}},\"none\":{\"max\":{\"field\":\"noSuchNumber\"}},"
                + "\"tables\":{\"value_count\":{\"field\":\"__guid\"}}}}}");

        JsonNode aggregations = result.get("aggregations");
        JsonNode schemas = aggregations.get("schemas");
        assertThat(schemas.get("buckets")).hasSize(1);
        assertThat(schemas.get("buckets").get(0).get("key").asString()).isEqualTo("SALES");
        assertThat(schemas.get("buckets").get(0).get("doc_count").asLong()
                + schemas.get("sum_other_doc_count").asLong()).isEqualTo(DemoCatalog.TABLE_COUNT);
        assertThat(aggregations.get("biggest").get("value").asDouble()).isPositive();
        assertThat(aggregations.get("none").get("value").isNull()).isTrue();
        assertThat(aggregations.get("tables").get("value").asLong()).isEqualTo(DemoCatalog.TABLE_COUNT);
        assertThat(result.has("entities")).as("size 0 answers no entities key").isFalse();
    }
}
