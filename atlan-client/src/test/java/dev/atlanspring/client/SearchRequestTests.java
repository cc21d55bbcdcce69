package dev.atlanspring.client;

import java.util.List;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetStatus;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.client.search.SearchField;
import dev.atlanspring.client.search.SearchResult;
import dev.atlanspring.client.search.SortOrder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each feature of the search builder: the exact index search request it sends, and what the user reads back.
 */
class SearchRequestTests extends WireMockClientTests {

    private static final String SEARCH = "/api/meta/search/indexsearch";

    private static final String ACTIVE = "{\"term\": {\"__state\": \"ACTIVE\"}}";

    private static final String PAGING = "\"sort\": [{\"__timestamp\": {\"order\": \"asc\"}}, {\"__guid\": {\"order\": \"asc\"}}],"
            + " \"track_total_hits\": true";

    @Test
    void aTypeSearchFiltersActiveAssetsOfTheTypeAndPagesByCreationTimeThenGuid() {
        sends(Search.type("Table"), """
                {"dsl": {"from": 0, "size": 300,
                  "query": {"bool": {"filter": [%s, {"term": {"__typeName.keyword": "Table"}}]}},
                  %s}}
                """.formatted(ACTIVE, PAGING));
    }

    @Test
    void severalTypesAndSuperTypesBecomeTermsFilters() {
        sends(Search.type("Table", "View").superTypes("SQL", "Catalog"), """
                {"dsl": {"from": 0, "size": 300,
                  "query": {"bool": {"filter": [%s,
                    {"terms": {"__typeName.keyword": ["Table", "View"]}},
                    {"terms": {"__superTypeNames.keyword": ["SQL", "Catalog"]}}]}},
                  %s}}
                """.formatted(ACTIVE, PAGING));
    }

    @Test
    void deletedAssetsAreIncludedOnlyWhenAskedFor() {
        sends(Search.superType("Asset").status(AssetStatus.ACTIVE, AssetStatus.DELETED), """
                {"dsl": {"from": 0, "size": 300,
                  "query": {"bool": {"filter": [{"terms": {"__state": ["ACTIVE", "DELETED"]}},
                    {"term": {"__superTypeNames.keyword": "Asset"}}]}},
                  %s}}
                """.formatted(PAGING));
        sends(Search.all().anyStatus(), """
                {"dsl": {"from": 0, "size": 300, "query": {"match_all": {}}, %s}}
                """.formatted(PAGING));
    }

    @Test
    void exactClausesWriteTheirShortAndLongForms() {
        sends(Search.all().filter(Query.term("certificateStatus", "VERIFIED"),
                Query.termIgnoringCase("name.keyword", "orders"), Query.terms("rowCount", 1, 2L),
                Query.prefix(SearchField.QUALIFIED_NAME, "default/snowflake/"), Query.exists("description"),
                Query.wildcard("name.keyword", "ORD?R*")), """
                {"dsl": {"from": 0, "size": 300,
                  "query": {"bool": {"filter": [%s,
                    {"term": {"certificateStatus": "VERIFIED"}},
                    {"term": {"name.keyword": {"value": "orders", "case_insensitive": true}}},
                    {"terms": {"rowCount": [1, 2]}},
                    {"prefix": {"qualifiedName": "default/snowflake/"}},
                    {"exists": {"field": "description"}},
                    {"wildcard": {"name.keyword": "ORD?R*"}}]}},
                  %s}}
                """.formatted(ACTIVE, PAGING));
    }

    @Test
    void fullTextAndRangeClausesWriteOperatorsAndOnlyTheBoundsSet() {
        sends(Search.all().must(Query.match("description", "customer orders"),
                Query.matchAllWords("userDescription", "net revenue")).filter(
                        Query.range("rowCount").gte(1000).lt(5000), Query.range(SearchField.CREATE_TIME).gt(1L).lte(9L)),
                """
                {"dsl": {"from": 0, "size": 300,
                  "query": {"bool": {
                    "must": [{"match": {"description": "customer orders"}},
                             {"match": {"userDescription": {"query": "net revenue", "operator": "and"}}}],
                    "filter": [%s, {"range": {"rowCount": {"gte": 1000, "lt": 5000}}},
                               {"range": {"__timestamp": {"gt": 1, "lte": 9}}}]}},
                  %s}}
                """.formatted(ACTIVE, PAGING));
    }

    @Test
    void shouldAndMustNotClausesNestWithAMinimumToMatch() {
        sends(Search.type("Column")
            .should(Query.term("dataType", "VARCHAR"), Query.term("dataType", "TEXT"))
            .minimumShouldMatch(1)
            .mustNot(Query.bool().filter(Query.term("isNullable", true)).mustNot(Query.exists("order"))), """
                {"dsl": {"from": 0, "size": 300,
                  "query": {"bool": {
                    "filter": [%s, {"term": {"__typeName.keyword": "Column"}}],
                    "should": [{"term": {"dataType": "VARCHAR"}}, {"term": {"dataType": "TEXT"}}],
                    "must_not": [{"bool": {"filter": [{"term": {"isNullable": true}}],
                                           "must_not": [{"exists": {"field": "order"}}]}}],
                    "minimum_should_match": 1}},
                  %s}}
                """.formatted(ACTIVE, PAGING));
    }

    @Test
    void attributesRelationshipsSortAndPageSizeAreSentWithTheGuidAsTheFinalSort() {
        sends(Search.type("Table")
            .attributes("rowCount", "certificateStatus")
            .relationAttributes("schema")
            .sort(SearchField.NAME, SortOrder.DESC)
            .pageSize(50), """
                {"dsl": {"from": 0, "size": 50,
                  "query": {"bool": {"filter": [%s, {"term": {"__typeName.keyword": "Table"}}]}},
                  "sort": [{"name.keyword": {"order": "desc"}}, {"__guid": {"order": "asc"}}],
                  "track_total_hits": true},
                 "attributes": ["rowCount", "certificateStatus"],
                 "relationAttributes": ["schema"]}
                """.formatted(ACTIVE));
    }

    @Test
    void theClientsPageSizeAppliesWhenTheSearchSetsNone() {
        try (AtlanClient bigPages = WireMockSupport.builder(wireMock.getPort()).searchPageSize(1000).build()) {
            wireMock.stubFor(post(SEARCH).willReturn(okJson("{\"approximateCount\": 0}")));
            bigPages.assets().search(Search.type("Table")).firstPage();
        }
        wireMock.verify(postRequestedFor(urlPathEqualTo(SEARCH))
            .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.dsl.size",
                    equalTo("1000"))));
    }

    @Test
    void taggedSendsTheHashedNameOfTheTagAndResultsShowDisplayNames() {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/types/typedefs")).willReturn(okJson("""
                {"classificationDefs": [
                  {"category": "CLASSIFICATION", "name": "Wq8ZDbXw2fcLp3QHrm9Ysn", "displayName": "PII"},
                  {"category": "CLASSIFICATION", "name": "Kd3mPq7RtX2vNw9LsY4bZe", "displayName": "Confidential"}]}
                """)));
        wireMock.stubFor(post(SEARCH).willReturn(okJson("""
                {"approximateCount": 1, "entities": [
                  {"typeName": "Table", "guid": "g-1", "status": "ACTIVE",
                   "attributes": {"qualifiedName": "q/CUSTOMERS", "name": "CUSTOMERS", "rowCount": 320000},
                   "classifications": [{"typeName": "Wq8ZDbXw2fcLp3QHrm9Ysn", "entityGuid": "g-1"}],
                   "createTime": 1700000000000}]}
                """)));

        SearchResult result = this.client.assets()
            .search(Search.type("Table").tagged("PII").filter(Query.term(SearchField.ALL_TAGS, "Confidential")));

        assertThat(result.approximateCount()).isEqualTo(1);
        List<Asset> page = result.firstPage();
        assertThat(page).extracting(Asset::name).containsExactly("CUSTOMERS");
        assertThat(page.get(0).attribute("rowCount", Long.class)).isEqualTo(320_000L);
        assertThat(page.get(0).classifications()).extracting((tag) -> tag.typeName()).containsExactly("PII");
        wireMock.verify(postRequestedFor(urlPathEqualTo(SEARCH)).withRequestBody(equalToJson("""
                {"dsl": {"from": 0, "size": 300,
                  "query": {"bool": {"filter": [%s, {"term": {"__typeName.keyword": "Table"}},
                    {"terms": {"__traitNames": ["Wq8ZDbXw2fcLp3QHrm9Ysn"]}},
                    {"term": {"__classificationNames": "Kd3mPq7RtX2vNw9LsY4bZe"}}]}},
                  %s}}
                """.formatted(ACTIVE, PAGING))));
        wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/meta/types/typedefs"))
            .withQueryParam("type", equalTo("classification")));
    }

    @Test
    void aSearchWithoutTagsNeverReadsTheTagDefinitions() {
        sends(Search.type("Table"), null);

        wireMock.verify(0, getRequestedFor(urlPathEqualTo("/api/meta/types/typedefs")));
    }

    @Test
    void nothingIsSentUntilTheResultIsUsedAndTheFirstPageIsAskedForOnce() {
        wireMock.stubFor(post(SEARCH).willReturn(okJson("{\"approximateCount\": 0}")));

        SearchResult result = this.client.assets().search(Search.type("Table"));

        wireMock.verify(0, postRequestedFor(urlPathEqualTo(SEARCH)));
        assertThat(result.approximateCount()).isZero();
        assertThat(result.firstPage()).isEmpty();
        assertThat(result.reactive().approximateCount().block()).isZero();
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(SEARCH)));
    }

    /** Runs the search's first page and checks the body sent, unless {@code expectedJson} is null. */
    private void sends(Search search, String expectedJson) {
        wireMock.resetRequests();
        wireMock.stubFor(post(SEARCH).willReturn(okJson("{\"approximateCount\": 0}")));

        this.client.assets().search(search).firstPage();

        if (expectedJson != null) {
            wireMock.verify(postRequestedFor(urlPathEqualTo(SEARCH)).withRequestBody(equalToJson(expectedJson)));
        }
    }

}
