package dev.atlanspring.client.contract;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AtlanTag;
import dev.atlanspring.client.search.Aggregation;
import dev.atlanspring.client.search.AggregationResults;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.client.search.SearchField;
import dev.atlanspring.client.search.SearchResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Index search, in the shapes Atlan answers with: {@code index-search.json} mirrors {@code atlanhq/atlan-python}
 * {@code tests/unit/data/search_responses/index_search_paging.json}, {@code index-search-aggregation-metric-empty.json}
 * mirrors {@code aggregations_null_value.json} (zero hits: no {@code entities} key at all), both at 7ae54e1, and
 * {@code index-search-aggregation-terms.json} follows {@code atlanhq/atlas-metastore}
 * {@code docs/api/search-indexsearch.md} §5 with Elasticsearch's own terms output, passed through by
 * {@code AtlasElasticsearchQuery.getResultFromResponse} (L651-655).
 */
class SearchContractTests extends ContractTests {

    private static final String INDEX_SEARCH = "/api/meta/search/indexsearch";

    @BeforeEach
    void serveTheTags() {
        serveTagDefinitions();
    }

    private static void serveSearch(String fixture) {
        wireMock.stubFor(post(urlPathEqualTo(INDEX_SEARCH)).willReturn(ok(fixture)));
    }

    @Test
    void aPageOfTablesReadsFieldByFieldWithTagsUnderTheirDisplayNames() {
        serveSearch("index-search.json");

        SearchResult result = client.assets().search(Search.type("Table").pageSize(2));

        assertThat(result.approximateCount()).isEqualTo(2);
        List<Asset> page = result.firstPage();
        assertThat(page).extracting(Asset::guid)
            .containsExactly("0c7e2f1a-5b3d-4e8f-9a6b-1d2c3e4f5a60", "4a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c61");
        assertThat(page).extracting(Asset::name).containsExactly("orders", "customers");
        Asset orders = page.get(0);
        assertThat(orders.classifications()).extracting(AtlanTag::typeName).containsExactly("PII");
        assertThat(orders.otherFields()).containsEntry("displayText", "orders")
            .containsEntry("classificationNames", List.of(PII_HASHED))
            .containsEntry("isIncomplete", false);
        assertThat(result.aggregations().isEmpty()).isTrue();
    }

    @Test
    void everyEntityOfThePageDecodesAndEncodesToTheSameTree() {
        for (JsonNode entity : tree("index-search.json").get("entities")) {
            assertThat(encoded(JSON.treeToValue(entity, Asset.class))).isEqualTo(entity);
        }
    }

    @Test
    void theEntitiesTheClientReturnsDifferFromAtlansOnlyByTheTranslatedTagName() {
        serveSearch("index-search.json");

        List<Asset> page = client.assets().search(Search.type("Table").pageSize(2)).firstPage();

        JsonNode entities = tree("index-search.json").get("entities");
        ((ObjectNode) entities.get(0).get("classifications").get(0)).put("typeName", "PII");
        assertThat(page.stream().map(ContractTests::encoded).toList()).containsExactlyElementsOf(entities);
    }

    @Test
    void aTermsAggregationIsSentInsideTheDslAndItsBucketsRead() {
        serveSearch("index-search-aggregation-terms.json");

        SearchResult result = client.assets()
            .search(Search.all().pageSize(1).aggregate("by_type", Aggregation.terms(SearchField.TYPE_NAME, 10)));
        AggregationResults aggregations = result.aggregations();

        JsonNode dsl = onlyBodySentTo("POST", INDEX_SEARCH).get("dsl");
        assertThat(dsl.get("aggregations")).isEqualTo(JSON.readTree("""
                {"by_type": {"terms": {"field": "__typeName.keyword", "size": 10}}}
                """));
        assertThat(aggregations.names()).containsExactly("by_type");
        assertThat(aggregations.buckets("by_type")).extracting(AggregationResults.Bucket::key)
            .containsExactly("Column", "Table", "Schema");
        assertThat(aggregations.buckets("by_type")).extracting(AggregationResults.Bucket::docCount)
            .containsExactly(41L, 12L, 4L);
        assertThat(aggregations.get("by_type").get("sum_other_doc_count").asInt()).isZero();
        assertThat(aggregations.asJson()).isEqualTo(tree("index-search-aggregation-terms.json").get("aggregations"));
        assertThat(result.approximateCount()).isEqualTo(57);
        assertThat(result.firstPage()).extracting(Asset::name).containsExactly("customers");
    }

    @Test
    void aMetricAggregationOverNoHitsHasANullValueAndTheMissingEntitiesMeanNoAssets() {
        serveSearch("index-search-aggregation-metric-empty.json");

        SearchResult result = client.assets()
            .search(Search.type("Column")
                .filter(Query.prefix(SearchField.QUALIFIED_NAME, "default/postgres/1700000000/sales_db/archive"))
                .aggregate("latest_update", Aggregation.max("__modificationTimestamp")));

        assertThat(result.approximateCount()).isZero();
        assertThat(result.firstPage()).isEmpty();
        try (Stream<Asset> all = result.stream()) {
            assertThat(all).isEmpty();
        }
        assertThat(result.aggregations().names()).containsExactly("latest_update");
        assertThat(result.aggregations().value("latest_update")).isNull();
        assertThat(result.aggregations().get("latest_update").get("value").isNull()).isTrue();
        assertThat(result.aggregations().buckets("latest_update")).isEmpty();
        assertThat(result.aggregations().value("no_such_aggregation")).isNull();
    }

    @Test
    void theReactiveFaceReadsTheSameAggregations() {
        serveSearch("index-search-aggregation-terms.json");

        AggregationResults aggregations = client.reactive()
            .assets()
            .search(Search.all().aggregate("by_type", Map.of("terms", Map.of("field", "__typeName.keyword"))))
            .aggregations()
            .block();

        assertThat(aggregations.buckets("by_type")).hasSize(3);
        assertThat(onlyBodySentTo("POST", INDEX_SEARCH).get("dsl").get("aggregations"))
            .isEqualTo(JSON.readTree("{\"by_type\": {\"terms\": {\"field\": \"__typeName.keyword\"}}}"));
    }

}
