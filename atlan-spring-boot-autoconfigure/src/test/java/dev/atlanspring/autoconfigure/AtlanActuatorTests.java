package dev.atlanspring.autoconfigure;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClients;
import dev.atlanspring.client.WireMockSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with one tenant, as an operator sees it through the actuator: the {@code atlan} health component
 * and the client's meters.
 */
@SpringBootTest(classes = ActuatorTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AtlanActuatorTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    private static final String CURRENT_USER = "/api/service/users/current";

    @DynamicPropertySource
    static void atlan(DynamicPropertyRegistry registry) {
        registry.add("atlan.base-url", () -> "http://127.0.0.1:" + wireMock.getPort());
        registry.add("atlan.api-key", () -> WireMockSupport.API_KEY);
        registry.add("atlan.retry.delay", () -> "1ms");
        registry.add("atlan.retry.jitter", () -> "0");
        for (String property : ActuatorTestApplication.ACTUATOR) {
            String[] pair = property.split("=", 2);
            registry.add(pair[0], () -> pair[1]);
        }
    }

    private static boolean warm;

    @LocalServerPort
    int port;

    @Autowired
    AtlanClients clients;

    @Autowired
    AtlanClient atlan;

    @BeforeEach
    void warmUp() {
        if (!warm) {
            ActuatorTestApplication.warmUp(this.clients);
            wireMock.resetRequests();
            warm = true;
        }
    }

    private JsonNode actuator(String path) {
        ActuatorTestApplication.Answer answer = ActuatorTestApplication.get(this.port, path);
        assertThat(answer.status()).as("status of %s: %s", path, answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void healthShowsTheTenantUpWithItsUserAndTwoProbesWithinTheTtlCostOneRequest() {
        wireMock.stubFor(get(CURRENT_USER).willReturn(okJson("{\"username\": \"jdoe\"}")));

        JsonNode first = actuator("/actuator/health");
        JsonNode second = actuator("/actuator/health");

        JsonNode atlan = first.path("components").path("atlan");
        assertThat(atlan.path("status").asString()).isEqualTo("UP");
        assertThat(atlan.path("details").path("tenant").asString()).isEqualTo("default");
        assertThat(atlan.path("details").path("baseUrl").asString())
            .isEqualTo("http://127.0.0.1:" + wireMock.getPort());
        assertThat(atlan.path("details").path("user").asString()).isEqualTo("jdoe");
        assertThat(atlan.path("details").path("latency").asString()).matches("\\d+ms");
        assertThat(second.path("components").path("atlan")).isEqualTo(atlan);
        assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo(CURRENT_USER)))).hasSize(1);
    }

    @Test
    void metricsShowEachCallWithItsRetriesAndEachAttemptByUriTemplate() {
        WireMockSupport.answerGetsInTurn(wireMock, aResponse().withStatus(503),
                okJson("{\"entity\": {\"typeName\": \"Table\", \"guid\": \"abc\"}}"));

        this.atlan.assets().get("abc");

        JsonNode calls = actuator("/actuator/metrics/atlan.client.requests?tag=atlan.operation:assets.get");
        assertThat(calls.path("measurements").get(0).path("value").asDouble()).isEqualTo(1.0);
        assertThat(tagValues(calls, "atlan.tenant")).containsExactly("default");
        assertThat(tagValues(calls, "outcome")).containsExactly("SUCCESS");
        JsonNode retries = actuator("/actuator/metrics/atlan.client.retries?tag=atlan.operation:assets.get");
        assertThat(retries.path("measurements").get(0).path("value").asDouble()).isEqualTo(1.0);
        assertThat(tagValues(retries, "reason")).containsExactly("503");
        JsonNode attempts = actuator("/actuator/metrics/http.client.requests?tag=uri:/api/meta/entity/guid/%7Bguid%7D");
        assertThat(attempts.path("measurements").get(0).path("value").asDouble()).isEqualTo(2.0);
        assertThat(wireMock.findAll(getRequestedFor(urlPathMatching("/api/meta/entity/guid/.*")))).hasSize(2);
    }

    private static List<String> tagValues(JsonNode metric, String tag) {
        for (JsonNode available : metric.path("availableTags")) {
            if (tag.equals(available.path("tag").asString())) {
                return available.path("values").valueStream().map(JsonNode::asString).toList();
            }
        }
        return List.of();
    }

}
