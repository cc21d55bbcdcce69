package dev.atlanspring.client.contract;

import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.error.InvalidRequestException;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.lineage.Lineage;
import dev.atlanspring.client.lineage.LineageFilter;
import dev.atlanspring.client.lineage.LineageRequest;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The lineage list API, {@code POST /api/meta/lineage/list}, in the shapes Atlan uses: the request body carries
 * atlas-metastore {@code LineageListRequest}'s fields ({@code guid}, {@code size}, {@code from}, {@code depth},
 * {@code direction} as {@code INPUT}/{@code OUTPUT}, the {@code FilterCriteria} filters, {@code attributes}, the
 * exclude flags), as pyatlan's {@code FluentLineage.request} builds it; {@code lineage-list-page1.json} and
 * {@code lineage-list-page2.json} mirror pyatlan's recorded {@code tests/unit/data/lineage_responses/lineage_list.json}
 * (7ae54e1); paging follows pyatlan's {@code LineageListResults} ({@code from} grows by {@code size} while
 * {@code hasMore}, and an empty page ends it). The errors are {@code LineageListRequestValidator}'s and
 * {@code AtlasErrorCode.INSTANCE_GUID_NOT_FOUND}.
 */
class LineageContractTests extends ContractTests {

    private static final String LIST = "/api/meta/lineage/list";

    private static final String START = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a00";

    private static void servePages() {
        wireMock.stubFor(post(urlPathEqualTo(LIST)).withRequestBody(matchingJsonPath("$.from", equalToJson("0")))
            .willReturn(ok("lineage-list-page1.json")));
        wireMock.stubFor(post(urlPathEqualTo(LIST)).withRequestBody(matchingJsonPath("$.from", equalToJson("2")))
            .willReturn(ok("lineage-list-page2.json")));
    }

    private static List<JsonNode> bodiesSent() {
        return wireMock.getAllServeEvents()
            .stream()
            .map((event) -> event.getRequest())
            .filter((request) -> request.getUrl().equals(LIST))
            .map((request) -> JSON.readTree(request.getBodyAsString()))
            .sorted((a, b) -> Integer.compare(a.get("from").asInt(), b.get("from").asInt()))
            .toList();
    }

    @Test
    void pagesByFromAndSizeWhileAtlanHasMoreAndKeepsEachResultsDepth() {
        servePages();

        List<Asset> lineage;
        try (Stream<Asset> stream = client.lineage()
            .list(LineageRequest.downstream(START).pageSize(2).attributes("certificateStatus"))) {
            lineage = stream.toList();
        }

        assertThat(lineage).extracting(Asset::typeName).containsExactly("Process", "Table", "View");
        assertThat(lineage).extracting(Lineage::depthOf).containsExactly(1, 1, 2);
        Asset process = lineage.get(0);
        assertThat(process.guid()).isEqualTo("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01");
        assertThat(process.qualifiedName())
            .isEqualTo("default/snowflake/1712345678/5d41402abc4b2a76b9719d911017c592");
        assertThat(process.name()).isEqualTo("nightly orders load");
        assertThat(process.attribute("certificateStatus", String.class)).isEqualTo("VERIFIED");
        assertThat(process.createdBy()).isEqualTo("service-account-apikey-5a7c");
        assertThat(process.createTime()).hasToString("2024-04-05T19:34:38.901Z");
        assertThat(process.otherFields()).containsEntry("displayText", "nightly orders load")
            .containsEntry("isIncomplete", false)
            .containsEntry("depth", 1);
        List<JsonNode> sent = bodiesSent();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).isEqualTo(JSON.readTree("""
                {"guid":"6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a00","size":2,"from":0,"depth":1000000,
                 "direction":"OUTPUT","attributes":["certificateStatus"],"excludeMeanings":true,
                 "excludeClassifications":true,"immediateNeighbours":false}"""));
        assertThat(sent.get(1).get("from").asInt()).isEqualTo(2);
        assertThat(sent.get(1).get("size").asInt()).isEqualTo(2);
    }

    @Test
    void filtersAndFlagsAreSentAsLineageListRequestNamesThem() {
        wireMock.stubFor(post(urlPathEqualTo(LIST)).willReturn(ok("lineage-list-page2.json")));

        LineageRequest request = LineageRequest.upstream(START)
            .depth(3)
            .pageSize(50)
            .whereResults(LineageFilter.eq("__typeName", "Table"), LineageFilter.startsWith("name", "ORD"))
            .whereAssets(LineageRequest.Condition.OR, LineageFilter.neq("certificateStatus", "DEPRECATED"),
                    LineageFilter.notNull("ownerUsers"))
            .whereRelationships(LineageRequest.Condition.AND, LineageFilter.eq("__state", "ACTIVE"))
            .relationAttributes("schema")
            .includeMeanings(true)
            .includeAtlanTags(true)
            .immediateNeighbours(true);
        StepVerifier.create(client.reactive().lineage().list(request)).expectNextCount(1).verifyComplete();

        assertThat(onlyBodySentTo("POST", LIST)).isEqualTo(JSON.readTree("""
                {"guid":"6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a00","size":50,"from":0,"depth":3,"direction":"INPUT",
                 "entityFilters":{"condition":"AND","criterion":[
                   {"attributeName":"__typeName","operator":"=","attributeValue":"Table"},
                   {"attributeName":"name","operator":"startsWith","attributeValue":"ORD"}]},
                 "entityTraversalFilters":{"condition":"OR","criterion":[
                   {"attributeName":"certificateStatus","operator":"!=","attributeValue":"DEPRECATED"},
                   {"attributeName":"ownerUsers","operator":"notNull"}]},
                 "relationshipTraversalFilters":{"condition":"AND","criterion":[
                   {"attributeName":"__state","operator":"=","attributeValue":"ACTIVE"}]},
                 "relationAttributes":["schema"],"excludeMeanings":false,"excludeClassifications":false,
                 "immediateNeighbours":true}"""));
    }

    @Test
    void anEmptyPageEndsTheListEvenWhenAtlanSaysThereIsMore() {
        wireMock.stubFor(post(urlPathEqualTo(LIST)).willReturn(ok("lineage-list-empty-has-more.json")));

        try (Stream<Asset> stream = client.lineage().list(LineageRequest.upstream(START).depth(3))) {
            assertThat(stream).isEmpty();
        }
        assertThat(bodiesSent()).hasSize(1);
    }

    @Test
    void nothingIsAskedUntilTheFirstResultIsWantedAndStoppingEarlyAsksForNoMore() {
        servePages();

        Stream<Asset> stream = client.lineage().list(LineageRequest.downstream(START).pageSize(2));
        assertThat(bodiesSent()).isEmpty();
        try (stream) {
            assertThat(stream.limit(2)).hasSize(2);
        }
        assertThat(bodiesSent()).hasSize(1);
    }

    @Test
    void aPageThatFailedWithA503IsAskedForAgain() {
        wireMock.stubFor(post(urlPathEqualTo(LIST)).inScenario("busy")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
        wireMock.stubFor(post(urlPathEqualTo(LIST)).inScenario("busy")
            .whenScenarioStateIs("recovered")
            .willReturn(ok("lineage-list-page2.json")));

        try (Stream<Asset> stream = client.lineage().list(LineageRequest.downstream(START))) {
            assertThat(stream).extracting(Asset::name).containsExactly("ORDERS_BY_DAY");
        }
        wireMock.verify(2, postRequestedFor(urlPathEqualTo(LIST)));
    }

    @Test
    void anUnknownGuidIsANotFoundException() {
        wireMock.stubFor(post(urlPathEqualTo(LIST)).willReturn(answer(404, "error-404-guid-not-found.json")));

        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> {
            try (Stream<Asset> stream = client.lineage().list(LineageRequest.downstream(START))) {
                stream.findFirst();
            }
        }).withMessageContaining("ATLAS-404-00-005").withMessageContaining("POST /api/meta/lineage/list");
        StepVerifier.create(client.reactive().lineage().list(LineageRequest.downstream(START)))
            .expectError(NotFoundException.class)
            .verify();
    }

    @Test
    void aRequestAtlanRejectsIsAnInvalidRequestException() {
        wireMock.stubFor(post(urlPathEqualTo(LIST)).willReturn(answer(400, "error-400-lineage-size-missing.json")));

        assertThatExceptionOfType(InvalidRequestException.class)
            .isThrownBy(() -> client.lineage().list(LineageRequest.downstream(START)).findFirst())
            .withMessageContaining("The 'size' parameter is missing or invalid");
    }

    @Test
    void badRequestsFailBeforeAnythingIsSent() {
        assertThatIllegalArgumentException().isThrownBy(() -> LineageRequest.downstream(" "))
            .withMessageContaining("GUID");
        assertThatIllegalArgumentException().isThrownBy(() -> LineageRequest.upstream(START).depth(-1))
            .withMessageContaining("from 0 to 1073741823");
        assertThatIllegalArgumentException().isThrownBy(() -> LineageRequest.upstream(START).pageSize(0))
            .withMessageContaining("at least 1");
        assertThatIllegalArgumentException().isThrownBy(() -> LineageRequest.upstream(START).whereResults())
            .withMessageContaining("No lineage filters");
        assertThatIllegalArgumentException().isThrownBy(() -> LineageFilter.eq(" ", "x"))
            .withMessageContaining("attribute");
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

}
