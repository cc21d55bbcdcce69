package dev.atlanspring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import dev.atlanspring.autoconfigure.ActuatorTestApplication.Answer;
import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.Failures;
import dev.atlanspring.client.LogCapture;
import dev.atlanspring.client.WireMockSupport;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.DeleteType;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.client.typedef.TypeDefCategory;
import dev.atlanspring.client.error.AtlanException;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the application of {@link ThreeTenantsTests} (one tenant fine, one whose key Atlan rejects, one unreachable)
 * and every operation, successful, failing and retried, with the client's logging at TRACE and the transport's at
 * DEBUG, against a server that echoes credentials back in its error bodies; then looks for each configured secret
 * ({@link ThreeTenantsTests#SECRETS}) everywhere it could leak: log lines and stack traces, exception messages,
 * {@code toString}s, the health details, the meters' names and tags, and the {@code atlan} endpoint. Each client
 * operation is called here: a new one is one more line.
 */
class SecretLeakTests extends ThreeTenantsTests {

    @RegisterExtension
    final LogCapture logs = new LogCapture(Map.of("dev.atlanspring", Level.TRACE,
            "org.springframework.web.reactive.function.client", Level.TRACE, "reactor.netty", Level.DEBUG));

    @Autowired
    AtlanProperties properties;

    @Autowired
    MeterRegistry meters;

    @Test
    void noSecretAppearsInLogsExceptionsHealthMetersOrTheEndpoint() {
        atlanEchoesCredentialsInItsErrors();
        warmUp();
        List<String> exposed = new ArrayList<>();
        AtlanClient client = this.clients.get("default");
        exposed.add(this.clients.toString());
        exposed.add(this.properties.toString());
        this.clients.asMap().values().forEach((each) -> {
            exposed.add(each.toString());
            exposed.add(each.settings().toString());
            exposed.add(each.reactive().toString());
        });

        // Every operation, then failures and retries.
        client.users().current();
        client.assets().get("flaky");
        client.assets().getByQualifiedName("Table", "q");
        client.assets().save(Asset.builder("Table", "q").attribute("note", "has key? no").build());
        client.assets().delete("g", DeleteType.SOFT);
        // Operations this server does not stub fail with a 404: then their error path is looked at too.
        exposed.add(outcome(() -> client.assets().search(Search.type("Table").tagged("PII")).firstPage()));
        exposed.add(outcome(() -> client.assets().updateAttributes("Table", "q", Map.of("note", "n"))));
        exposed.add(outcome(() -> client.assets().restore("Table", "q")));
        exposed.add(outcome(() -> client.typeDefs().list(TypeDefCategory.ENTITY)));
        exposed.add(outcome(() -> client.users().groups(0, 10)));
        exposed.add(Failures.of(() -> client.assets().get("unauthorized")));
        exposed.add(Failures.of(() -> client.assets().get("broken")));
        exposed.add(Failures.of(() -> this.clients.get("rejected").users().current()));
        exposed.add(Failures.of(() -> this.clients.get("unreachable").users().current()));
        exposed.add(Failures.of(() -> client.reactive().users().probe(Duration.ofMillis(1)).block()));

        Answer health = actuator("/actuator/health");
        Answer endpoint = actuator("/actuator/atlan");
        Answer metrics = actuator("/actuator/metrics");
        exposed.add(health.body());
        exposed.add(endpoint.body());
        exposed.add(metrics.body());
        this.meters.getMeters().forEach((meter) -> exposed.add(meter.getId().toString()));
        exposed.addAll(this.logs.texts());

        assertThat(this.logs.messages(Level.DEBUG)).as("one DEBUG line per attempt")
            .anySatisfy((line) -> assertThat(line).startsWith("GET /api/meta/entity/guid/{guid} -> 401 in"))
            .anySatisfy((line) -> assertThat(line).startsWith("GET /api/meta/entity/guid/{guid} -> 503 in"));
        assertThat(this.logs.messages(Level.TRACE)).as("bodies at TRACE")
            .anySatisfy((line) -> assertThat(line).contains("response body"));
        assertThat(this.logs.messages(Level.WARN)).as("a WARN per retry")
            .anySatisfy((line) -> assertThat(line)
                .startsWith("Retrying GET /api/meta/entity/guid/{guid} after HTTP 503"));
        assertThat(health.body()).contains("AuthenticationException", "Could not connect", "\"user\":\"jdoe\"");
        assertThat(endpoint.body()).contains("\"apiKey\":\"set\"");
        assertThat(this.meters.find("atlan.client.retries").meters()).isNotEmpty();
        assertThat(exposed).anySatisfy((text) -> assertThat(text).contains("Token ****** is invalid"));
        for (String secret : SECRETS.values()) {
            assertThat(exposed).noneSatisfy((text) -> assertThat(text).contains(secret));
        }
    }

    private static void atlanEchoesCredentialsInItsErrors() {
        String key = WireMockSupport.API_KEY;
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
        wireMock.stubFor(get("/api/service/users/current")
            .withHeader("Authorization", equalTo("Bearer " + REJECTED_KEY))
            .willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorMessage\": \"Token " + REJECTED_KEY + " is invalid\"}")));
        wireMock.stubFor(get(urlPathMatching("/api/meta/entity/guid/unauthorized")).willReturn(aResponse()
            .withStatus(401)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"errorMessage\": \"Token " + key + " is invalid; sent Authorization: Bearer " + key + "\"}")));
        wireMock.stubFor(get(urlPathMatching("/api/meta/entity/guid/broken")).willReturn(aResponse().withStatus(500)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><body>Proxy error for request with api_key=" + key + "</body></html>")));
        wireMock.stubFor(get(urlPathMatching("/api/meta/entity/guid/flaky")).inScenario("flaky")
            .willReturn(aResponse().withStatus(503).withBody("busy, key " + key))
            .willSetStateTo("recovered"));
        wireMock.stubFor(get(urlPathMatching("/api/meta/entity/guid/flaky")).inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(okJson("{\"entity\": {\"typeName\": \"Table\", \"guid\": \"flaky\"}}")));
        wireMock.stubFor(get(urlPathMatching("/api/meta/entity/uniqueAttribute/.*"))
            .willReturn(okJson("{\"entity\": {\"typeName\": \"Table\", \"guid\": \"g\"}}")));
        wireMock.stubFor(post("/api/meta/entity/bulk").willReturn(okJson("{\"mutatedEntities\": {}}")));
        wireMock.stubFor(any(urlPathMatching("/api/meta/entity/bulk")).atPriority(10)
            .willReturn(okJson("{\"mutatedEntities\": {\"DELETE\": []}}")));
    }

    /** What a call returned, or how it failed. */
    private static String outcome(java.util.function.Supplier<?> call) {
        try {
            return String.valueOf(call.get());
        }
        catch (AtlanException ex) {
            return Failures.of(() -> {
                throw ex;
            });
        }
    }

}
