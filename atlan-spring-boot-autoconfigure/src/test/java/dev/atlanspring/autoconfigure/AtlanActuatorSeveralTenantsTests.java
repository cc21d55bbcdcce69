package dev.atlanspring.autoconfigure;

import java.util.List;

import dev.atlanspring.client.WireMockSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with three tenants (one fine, one whose key Atlan rejects, one that cannot be reached), as an
 * operator sees it: the {@code atlan} health component keyed by tenant, the probe groups, and {@code /actuator/atlan}.
 * The health check's timeout is 2 s and nothing is cached, so each probe asks again.
 */
class AtlanActuatorSeveralTenantsTests extends ThreeTenantsTests {

    private static final String CURRENT_USER = "/api/service/users/current";

    @BeforeEach
    void atlanKnowsOneKeyAndRejectsTheOther() {
        wireMock.stubFor(get(CURRENT_USER).willReturn(okJson("{\"username\": \"jdoe\"}")));
        wireMock.stubFor(get(CURRENT_USER).withHeader("Authorization", equalTo("Bearer " + REJECTED_KEY))
            .willReturn(aResponse().withStatus(401)));
        warmUp();
    }

    @Test
    void healthHasOneComponentPerTenantEachUpOrDownWithItsReason() {
        ActuatorTestApplication.Answer answer = actuator("/actuator/health/atlan");

        assertThat(answer.status()).isEqualTo(503);
        JsonNode tenants = answer.json().path("components");
        assertThat(tenants.propertyNames()).containsExactlyInAnyOrder("default", "rejected", "unreachable");
        assertThat(tenants.at("/default/status").asString()).isEqualTo("UP");
        assertThat(tenants.at("/default/details/user").asString()).isEqualTo("jdoe");
        assertThat(tenants.at("/rejected/status").asString()).isEqualTo("DOWN");
        assertThat(tenants.at("/rejected/details/tenant").asString()).isEqualTo("rejected");
        assertThat(tenants.at("/rejected/details/exception").asString()).isEqualTo("AuthenticationException");
        assertThat(tenants.at("/rejected/details/message").asString())
            .startsWith("Atlan rejected the credentials (HTTP 401, GET /api/service/users/current, tenant rejected")
            .contains("Check that the API key is valid");
        assertThat(tenants.at("/unreachable/status").asString()).isEqualTo("DOWN");
        assertThat(tenants.at("/unreachable/details/exception").asString()).isEqualTo("ApiConnectionException");
        assertThat(tenants.at("/unreachable/details/message").asString())
            .contains("127.0.0.1:" + CLOSED_PORT);
        assertThat(answer.body()).doesNotContain(WireMockSupport.API_KEY, REJECTED_KEY, UNREACHABLE_KEY, PROXY_PASSWORD);
    }

    @Test
    void aTenantAnsweringAfterTheTimeoutIsDownSayingSo() {
        wireMock.stubFor(get(CURRENT_USER).willReturn(okJson("{\"username\": \"jdoe\"}").withFixedDelay(5_000)));

        ActuatorTestApplication.Answer answer = actuator("/actuator/health/atlan/default");

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.json().at("/details/exception").asString()).isEqualTo("ApiConnectionException");
        assertThat(answer.json().at("/details/message").asString())
            .startsWith("Timed out waiting for 127.0.0.1:" + wireMock.getPort() + ": no answer within 2000 ms");
    }

    @Test
    void anAtlanOutageLeavesLivenessUpAndTakesDownTheReadinessThatIncludesIt() {
        ActuatorTestApplication.Answer liveness = actuator("/actuator/health/liveness");
        ActuatorTestApplication.Answer readiness = actuator("/actuator/health/readiness");

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().path("status").asString()).isEqualTo("UP");
        assertThat(liveness.body()).doesNotContain("atlan");
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.json().path("components").propertyNames()).containsExactlyInAnyOrder("readinessState",
                "atlan");
    }

    @Test
    void atlanEndpointListsEachTenantWithItsSettingsAndHealthButNoKey() {
        ActuatorTestApplication.Answer answer = actuator("/actuator/atlan");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode tenants = answer.json().path("tenants");
        assertThat(tenants.propertyNames()).containsExactly("default", "rejected", "unreachable");
        JsonNode first = tenants.path("default");
        assertThat(first.path("baseUrl").asString()).isEqualTo("http://127.0.0.1:" + wireMock.getPort());
        assertThat(first.path("apiKey").asString()).isEqualTo("set");
        assertThat(first.path("connectTimeout").asString()).isEqualTo("30s");
        assertThat(first.path("readTimeout").asString()).isEqualTo("120s");
        assertThat(first.path("maxConnections").asInt()).isEqualTo(50);
        assertThat(first.path("maxResponseSize").asString()).isEqualTo("64MB");
        assertThat(first.at("/retry/enabled").asBoolean()).isTrue();
        assertThat(first.at("/retry/maxRetries").asInt()).isEqualTo(3);
        assertThat(first.at("/retry/delay").asString()).isEqualTo("1ms");
        assertThat(first.at("/retry/maxDelay").asString()).isEqualTo("10s");
        assertThat(first.at("/retry/statuses").valueStream().map(JsonNode::asInt).toList())
            .isEqualTo(List.of(403, 429, 500, 502, 503, 504));
        assertThat(first.path("proxy").asString())
            .isEqualTo("http://jdoe:******@127.0.0.1:" + PROXY.port() + " (from atlan.proxy.url)");
        assertThat(first.path("oauthClientId").asString()).isEqualTo("not set");
        assertThat(first.path("tls").asString()).isEqualTo("default");
        assertThat(tenants.at("/unreachable/proxy").asString()).as("non-proxy-hosts *").isEqualTo("none");
        assertThat(tenants.at("/unreachable/apiKey").asString()).isEqualTo("not set");
        assertThat(tenants.at("/unreachable/oauthClientId").asString()).isEqualTo("unreachable-client");
        assertThat(first.at("/health/status").asString()).isEqualTo("UP");
        assertThat(first.at("/health/details/user").asString()).isEqualTo("jdoe");
        assertThat(first.at("/health/checkedAt").asString()).isNotBlank();
        assertThat(tenants.at("/rejected/health/status").asString()).isEqualTo("DOWN");
        assertThat(tenants.at("/unreachable/health/details/exception").asString()).isEqualTo("ApiConnectionException");
        assertThat(answer.body()).doesNotContain(WireMockSupport.API_KEY, REJECTED_KEY, UNREACHABLE_KEY, PROXY_PASSWORD);
    }

    @Test
    void atlanEndpointDescribesOneTenantByNameAndAnswers404ForAnUnknownOne() {
        ActuatorTestApplication.Answer rejected = actuator("/actuator/atlan/rejected");
        ActuatorTestApplication.Answer unknown = actuator("/actuator/atlan/nowhere");

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().at("/health/details/exception").asString()).isEqualTo("AuthenticationException");
        assertThat(unknown.status()).isEqualTo(404);
    }

}
