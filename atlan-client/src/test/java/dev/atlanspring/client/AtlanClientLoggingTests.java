package dev.atlanspring.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.error.ApiConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What an operator reads with {@code logging.level.dev.atlanspring=DEBUG}: one line per attempt with method, URI
 * template, status, duration, tenant, attempt and request id; a WARN per retry; and, at TRACE only, the bodies,
 * truncated and with secrets masked.
 */
class AtlanClientLoggingTests extends WireMockClientTests {

    private static final String ENTITY = "{\"entity\": {\"typeName\": \"Table\", \"guid\": \"abc\"}}";

    /** Method and URI template, status, duration, the failure if any, then tenant, attempt and request id. */
    private static final Pattern ATTEMPT = Pattern.compile("GET /api/meta/entity/guid/\\{guid} -> (\\S+) in \\d+ ms"
            + "(?:: \\w+)? \\(tenant default, attempt (\\d), request ([0-9a-f-]{36})\\)");

    @RegisterExtension
    final LogCapture logs = new LogCapture(Map.of("dev.atlanspring", Level.DEBUG));

    @Test
    void everyAttemptIsOneDebugLineWithMethodTemplateStatusDurationTenantAttemptAndRequestId() {
        WireMockSupport.answerGetsInTurn(wireMock, aResponse().withStatus(503), okJson(ENTITY));

        this.client.assets().get("abc");

        List<String> lines = this.logs.messages(Level.DEBUG);
        assertThat(lines).hasSize(2);
        Matcher first = matched(lines.get(0));
        Matcher second = matched(lines.get(1));
        assertThat(List.of(first.group(1), first.group(2))).containsExactly("503", "1");
        assertThat(List.of(second.group(1), second.group(2))).containsExactly("200", "2");
        assertThat(second.group(3)).isEqualTo(first.group(3))
            .isEqualTo(wireMock.getAllServeEvents().get(0).getRequest().getHeader("X-Atlan-Request-Id"));
        assertThat(this.logs.messages(Level.WARN)).singleElement()
            .asString()
            .startsWith("Retrying GET /api/meta/entity/guid/{guid} after HTTP 503 (attempt 1 failed")
            .contains("request " + first.group(3));
    }

    @Test
    void anAttemptThatGotNoAnswerIsOneDebugLineNamingTheFailure() {
        try (AtlanClient refused = WireMockSupport.builder(WireMockSupport.closedPort())
            .retry(WireMockSupport.fastRetries(1, Duration.ofMillis(5), Set.of()))
            .build()) {
            assertThatExceptionOfType(ApiConnectionException.class).isThrownBy(() -> refused.assets().get("abc"));
        }

        assertThat(this.logs.messages(Level.DEBUG)).hasSize(2)
            .allSatisfy((line) -> assertThat(matched(line).group(1)).isEqualTo("failed"))
            .allSatisfy((line) -> assertThat(line).contains(": ApiConnectionException (tenant default, attempt"));
    }

    @Test
    void anAttemptCutShortByTheHealthTimeoutIsLoggedAsCancelled() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{}").withFixedDelay(2000)));

        assertThatExceptionOfType(ApiConnectionException.class)
            .isThrownBy(() -> this.client.reactive().users().probe(Duration.ofMillis(200)).block())
            .withMessageContaining("no answer within 200 ms");

        assertThat(this.logs.messages(Level.DEBUG)).singleElement()
            .asString()
            .matches("GET /api/service/users/current -> cancelled after \\d+ ms \\(tenant default, attempt 1,"
                    + " request [0-9a-f-]{36}\\)");
    }

    @Test
    void bodiesAreNotLoggedAtDebug() {
        wireMock.stubFor(post(urlPathEqualTo("/api/meta/entity/bulk")).willReturn(okJson("{\"mutatedEntities\": {}}")));

        this.client.assets().save(Asset.builder("Table", "q").name("orders").build());

        assertThat(this.logs.messages(Level.DEBUG)).singleElement()
            .asString()
            .startsWith("POST /api/meta/entity/bulk -> 200");
        assertThat(this.logs.messages(Level.TRACE)).isEmpty();
    }

    @Test
    void traceAddsBothBodiesTruncatedWithSecretsMasked() {
        this.logs.setLevel(Level.TRACE);
        String longText = "x".repeat(5_000);
        wireMock.stubFor(post(urlPathEqualTo("/api/meta/entity/bulk")).willReturn(okJson(
                "{\"mutatedEntities\": {}, \"echo\": \"Authorization: Bearer " + WireMockSupport.API_KEY + "\"}")));

        this.client.assets().save(Asset.builder("Table", "q").name("orders").attribute("description", longText)
            .attribute("password", "hunter2-db-password").build());

        List<String> bodies = this.logs.messages(Level.TRACE);
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0)).startsWith("POST /api/meta/entity/bulk request body (request ")
            .contains("orders")
            .endsWith(" bytes)")
            .hasSizeLessThan(2_200)
            .doesNotContain("hunter2-db-password");
        assertThat(bodies.get(1)).startsWith("POST /api/meta/entity/bulk response body (request ")
            .contains("Authorization: ******")
            .doesNotContain(WireMockSupport.API_KEY);
    }

    @Test
    void aKeyStraddlingTheTraceCutIsMaskedBeforeTheBodyIsCut() {
        this.logs.setLevel(Level.TRACE);
        String prefix = "{\"mutatedEntities\": {}, \"echo\": \"";
        String padding = "x".repeat(1_990 - prefix.length());
        wireMock.stubFor(post(urlPathEqualTo("/api/meta/entity/bulk"))
            .willReturn(okJson(prefix + padding + WireMockSupport.API_KEY + "\"}")));

        this.client.assets().save(Asset.builder("Table", "q").name("orders").build());

        String response = this.logs.messages(Level.TRACE).get(1);
        assertThat(response).contains(padding + "******").doesNotContain(WireMockSupport.API_KEY.substring(0, 8));
    }

    private static Matcher matched(String line) {
        Matcher matcher = ATTEMPT.matcher(line);
        assertThat(matcher.matches()).as("'%s' matches %s", line, ATTEMPT).isTrue();
        return matcher;
    }

}
