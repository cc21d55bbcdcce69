package dev.atlanspring.client;

import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetRef;
import dev.atlanspring.client.asset.AssetStatus;
import dev.atlanspring.client.asset.DeleteType;
import dev.atlanspring.client.asset.MutationResult;
import dev.atlanspring.client.user.AtlanUser;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation against WireMock: the request that leaves (method, path, query, headers, body) and the result
 * the user gets.
 */
class AtlanClientOperationsTests extends WireMockClientTests {

    private static final String ORDERS = """
            {"referredEntities": {}, "entity": {
              "typeName": "Table", "guid": "6f0a5c1e-0000-4000-8000-000000000001", "status": "ACTIVE",
              "attributes": {"qualifiedName": "default/snowflake/1700000000/ANALYTICS/SALES/ORDERS", "name": "ORDERS"},
              "createTime": 1700000000000, "version": 3}}
            """;

    @Test
    void getReadsTheAssetByGuidWithEveryHeader() {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/entity/guid/6f0a5c1e-0000-4000-8000-000000000001"))
            .willReturn(okJson(ORDERS)));

        Asset asset = this.client.assets().get("6f0a5c1e-0000-4000-8000-000000000001");

        assertThat(asset.typeName()).isEqualTo("Table");
        assertThat(asset.name()).isEqualTo("ORDERS");
        assertThat(asset.status()).isEqualTo(AssetStatus.ACTIVE);
        assertThat(asset.version()).isEqualTo(3L);
        // pyatlan's get_by_guid defaults (pyatlan/client/asset.py): minExtInfo=false, ignoreRelationships=true.
        wireMock.verify(sentByTheClient(
                getRequestedFor(urlPathEqualTo("/api/meta/entity/guid/6f0a5c1e-0000-4000-8000-000000000001")))
            .withQueryParam("ignoreRelationships", havingExactly("true"))
            .withQueryParam("minExtInfo", havingExactly("false")));
    }

    @Test
    void getByQualifiedNameSendsTheTypeInThePathAndTheQualifiedNameStrictlyEncoded() {
        String qualifiedName = "default/snowflake/1700000000/ANALYTICS/SALES/ORDERS+V2 @x&y=z";
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table")).willReturn(okJson(ORDERS)));

        Asset asset = this.client.assets().getByQualifiedName("Table", qualifiedName);

        assertThat(asset.guid()).isEqualTo("6f0a5c1e-0000-4000-8000-000000000001");
        wireMock.verify(sentByTheClient(getRequestedFor(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table")))
            .withQueryParam("attr:qualifiedName", havingExactly(qualifiedName)));
    }

    @Test
    void saveUpsertsInBulkAndReportsCreatedUpdatedAndAssignedGuids() {
        wireMock.stubFor(post(urlPathEqualTo("/api/meta/entity/bulk")).willReturn(okJson("""
                {"mutatedEntities": {
                   "CREATE": [{"typeName": "AtlasGlossaryTerm", "guid": "new-guid", "status": "ACTIVE",
                               "attributes": {"qualifiedName": "t1@g", "name": "Revenue"}}],
                   "UPDATE": [{"typeName": "Table", "guid": "6f0a5c1e", "status": "ACTIVE",
                               "attributes": {"qualifiedName": "q/ORDERS", "name": "ORDERS"}}]},
                 "guidAssignments": {"-1": "new-guid"}}
                """)));
        Asset term = Asset.builder("AtlasGlossaryTerm", "t1@g")
            .name("Revenue")
            .relationshipAttribute("anchor", AssetRef.byGuid("AtlasGlossary", "g-1"))
            .build();
        Asset table = Asset.builder("Table", "q/ORDERS").guid("6f0a5c1e").attribute("description", "All orders").build();

        MutationResult result = this.client.assets().save(List.of(term, table));

        assertThat(result.created()).extracting(Asset::guid).containsExactly("new-guid");
        assertThat(result.created().get(0).name()).isEqualTo("Revenue");
        assertThat(result.updated()).extracting(Asset::qualifiedName).containsExactly("q/ORDERS");
        assertThat(result.deleted()).isEmpty();
        assertThat(result.assignedGuid("-1")).isEqualTo("new-guid");
        wireMock.verify(sentByTheClient(postRequestedFor(urlPathEqualTo("/api/meta/entity/bulk")))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson("""
                    {"entities": [
                      {"typeName": "AtlasGlossaryTerm", "guid": "-1",
                       "attributes": {"qualifiedName": "t1@g", "name": "Revenue"},
                       "relationshipAttributes": {"anchor": {"typeName": "AtlasGlossary", "guid": "g-1"}}},
                      {"typeName": "Table", "guid": "6f0a5c1e",
                       "attributes": {"qualifiedName": "q/ORDERS", "description": "All orders"}}
                    ]}
                    """)));
    }

    @Test
    void deleteSendsEveryGuidAndTheDeleteType() {
        wireMock.stubFor(delete(urlPathEqualTo("/api/meta/entity/bulk")).willReturn(okJson("""
                {"mutatedEntities": {"DELETE": [
                  {"typeName": "Table", "guid": "a", "status": "DELETED", "attributes": {"qualifiedName": "qa"}},
                  {"typeName": "Table", "guid": "b", "status": "DELETED", "attributes": {"qualifiedName": "qb"}}]}}
                """)));

        MutationResult result = this.client.assets().delete(List.of("a", "b"), DeleteType.HARD);

        assertThat(result.deleted()).extracting(Asset::guid).containsExactly("a", "b");
        assertThat(result.deleted()).extracting(Asset::status).containsOnly(AssetStatus.DELETED);
        wireMock.verify(sentByTheClient(deleteRequestedFor(urlPathEqualTo("/api/meta/entity/bulk")))
            .withQueryParam("guid", havingExactly("a", "b"))
            .withQueryParam("deleteType", equalTo("HARD")));
    }

    @Test
    void currentUserReadsWhomTheKeyActsAs() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("""
                {"id": "u-1", "username": "jdoe", "email": "jdoe@acme.com", "firstName": "Jane", "lastName": "Doe",
                 "enabled": true, "personas": [{"id": "p-1"}], "someNewField": 1}
                """)));

        AtlanUser user = this.client.users().current();

        assertThat(user.username()).isEqualTo("jdoe");
        assertThat(user.email()).isEqualTo("jdoe@acme.com");
        assertThat(user.displayName()).isEqualTo("Jane Doe");
        assertThat(user.enabled()).isTrue();
        wireMock.verify(sentByTheClient(getRequestedFor(urlPathEqualTo("/api/service/users/current"))));
    }

    @Test
    void everyCallGetsItsOwnRequestId() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));

        this.client.users().current();
        this.client.reactive().users().current().block();

        List<String> ids = wireMock.findAll(getRequestedFor(urlPathEqualTo("/api/service/users/current")))
            .stream()
            .map((request) -> request.getHeader("X-Atlan-Request-Id"))
            .toList();
        assertThat(ids).hasSize(2).doesNotHaveDuplicates().allSatisfy((id) -> UUID.fromString(id));
    }

    @Test
    void reactiveFaceSendsNothingUntilSubscribed() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));

        var pending = this.client.reactive().users().current();

        assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo("/api/service/users/current")))).isEmpty();
        assertThat(pending.block().username()).isEqualTo("jdoe");
        assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo("/api/service/users/current")))).hasSize(1);
    }

    @Test
    void baseUrlWithAPathPrefixAndTrailingSlashKeepsThePrefix() {
        wireMock.stubFor(get("/atlan/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
        try (AtlanClient prefixed = AtlanClient.builder()
            .baseUrl("http://127.0.0.1:" + wireMock.getPort() + "/atlan/")
            .apiKey(WireMockSupport.API_KEY)
            .build()) {
            assertThat(prefixed.users().current().username()).isEqualTo("jdoe");
        }
        List<LoggedRequest> requests = wireMock.findAll(getRequestedFor(urlPathEqualTo("/atlan/api/service/users/current")));
        assertThat(requests).hasSize(1);
    }

    @Test
    void successWithABodyThatIsNotJsonIsAnApiExceptionWithAnExcerpt() {
        wireMock.stubFor(get("/api/service/users/current")
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>Sign in to Acme SSO</h1></body></html>")));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.client.users().current())
            .isInstanceOf(dev.atlanspring.client.error.ApiException.class)
            .hasMessageContaining("not the expected JSON of AtlanUser: Sign in to Acme SSO")
            .hasMessageContaining("GET /api/service/users/current");
    }

    /** The headers every request carries: the key, the SDK's identity and a request id. */
    @Test
    void aCustomizedWebClientBuilderAddsItsHeadersButKeepsTheSdkIdentityAndEachHeaderIsSentOnce() {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/entity/guid/6f0a5c1e-0000-4000-8000-000000000001"))
            .willReturn(okJson(ORDERS)));
        WebClient.Builder customized = WebClient.builder()
            .defaultHeader("X-Team", "data-platform")
            .defaultHeader("User-Agent", "my-service/1.0")
            .defaultHeader("Accept", "text/html");

        try (AtlanClient custom = WireMockSupport.builder(wireMock.getPort()).webClientBuilder(customized).build()) {
            custom.assets().get("6f0a5c1e-0000-4000-8000-000000000001");
        }

        wireMock.verify(sentByTheClient(
                getRequestedFor(urlPathEqualTo("/api/meta/entity/guid/6f0a5c1e-0000-4000-8000-000000000001")))
            .withHeader("X-Team", equalTo("data-platform")));
        LoggedRequest sent = wireMock.findAll(getRequestedFor(urlPathEqualTo(
                "/api/meta/entity/guid/6f0a5c1e-0000-4000-8000-000000000001"))).get(0);
        for (String header : List.of("User-Agent", "Accept", "Authorization", "x-atlan-agent", "x-atlan-agent-id",
                "x-atlan-client-origin", "X-Atlan-Request-Id")) {
            assertThat(sent.getHeaders().getHeader(header).values()).as(header).hasSize(1);
        }
    }

    private static RequestPatternBuilder sentByTheClient(RequestPatternBuilder request) {
        return request.withHeader("Authorization", equalTo("Bearer " + WireMockSupport.API_KEY))
            .withHeader("User-Agent", matching("atlan-spring-boot-starter/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"))
            .withHeader("x-atlan-agent", equalTo("sdk"))
            .withHeader("x-atlan-agent-id", equalTo("java"))
            .withHeader("x-atlan-client-origin", equalTo("product_sdk"))
            .withHeader("Accept", equalTo("application/json"))
            .withHeader("X-Atlan-Request-Id", matching("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

}
