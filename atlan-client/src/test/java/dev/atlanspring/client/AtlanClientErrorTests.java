package dev.atlanspring.client;

import java.time.Duration;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.atlanspring.client.error.ApiConnectionException;
import dev.atlanspring.client.error.ApiException;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.error.AuthenticationException;
import dev.atlanspring.client.error.ConflictException;
import dev.atlanspring.client.error.ErrorCause;
import dev.atlanspring.client.error.InvalidRequestException;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.error.PermissionException;
import dev.atlanspring.client.error.RateLimitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One test per row of the status-to-exception table, and what each exception tells the user.
 */
class AtlanClientErrorTests extends WireMockClientTests {

    private void answer(int status, String body) {
        wireMock.stubFor(get(urlPathMatching("/api/meta/entity/guid/.*"))
            .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    private AtlanException getFails() {
        return catchThrowableOfType(AtlanException.class, () -> this.client.assets().get("abc"));
    }

    @Test
    void notFoundCarriesAtlansCodeMessageAndWhereItHappened() {
        answer(404, """
                {"errorCode": "ATLAS-404-00-005", "errorMessage": "Given instance guid abc is invalid/not found",
                 "errorCause": "no such entity", "errorId": "e-42", "doc": "https://docs.atlan.com/x"}
                """);

        AtlanException ex = getFails();

        assertThat(ex).isInstanceOf(NotFoundException.class);
        assertThat(ex.getStatus()).isEqualTo(404);
        assertThat(ex.getErrorCode()).isEqualTo("ATLAS-404-00-005");
        assertThat(ex.getErrorMessage()).isEqualTo("Given instance guid abc is invalid/not found");
        assertThat(ex.getError().errorId()).isEqualTo("e-42");
        assertThat(ex.getError().errorCause()).isEqualTo("no such entity");
        assertThat(ex.getOperation()).isEqualTo("GET /api/meta/entity/guid/{guid}");
        assertThat(ex.getTenant()).isEqualTo("default");
        assertThat(ex.getAttempts()).isEqualTo(1);
        String requestId = wireMock.findAll(getRequestedFor(urlPathEqualTo("/api/meta/entity/guid/abc")))
            .get(0)
            .getHeader("X-Atlan-Request-Id");
        assertThat(ex.getRequestId()).isEqualTo(requestId);
        assertThat(ex.getMessage()).isEqualTo("ATLAS-404-00-005 Given instance guid abc is invalid/not found"
                + " (HTTP 404, GET /api/meta/entity/guid/{guid}, tenant default, request " + requestId + ")."
                + " Check the GUID, type name or qualified name, and that the base URL points at the tenant.")
            .doesNotContain("\n");
    }

    @Test
    void badRequestListsAtlansCauses() {
        answer(400, """
                {"errorCode": "ATLAS-400-00-029", "errorMessage": "Invalid parameters",
                 "causes": [{"errorType": "BadRequest", "errorMessage": "name is required", "location": "name"}]}
                """);

        AtlanException ex = getFails();

        assertThat(ex).isInstanceOf(InvalidRequestException.class);
        assertThat(ex.getCauses()).containsExactly(new ErrorCause("BadRequest", "name is required", "name"));
        assertThat(ex.getMessage()).startsWith("ATLAS-400-00-029 Invalid parameters (HTTP 400,");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "400, InvalidRequestException", "401, AuthenticationException", "403, PermissionException",
            "404, NotFoundException", "409, ConflictException", "429, RateLimitException", "500, ApiException",
            "502, ApiException", "503, ApiException", "504, ApiException", "418, ApiException",
            "302, ApiException" })
    void statusMapsToItsExceptionType(int status, String type) {
        answer(status, "{\"code\": " + status + ", \"message\": \"status " + status + "\"}");

        AtlanException ex = getFails();

        assertThat(ex.getClass().getSimpleName()).isEqualTo(type);
        assertThat(ex.getStatus()).isEqualTo(status);
        assertThat(ex.getErrorCode()).isEqualTo(String.valueOf(status));
        assertThat(ex.getErrorMessage()).isEqualTo("status " + status);
        assertThat(ex.getMessage()).contains("(HTTP " + status + ", GET /api/meta/entity/guid/{guid}, tenant default");
        assertThat(ex.getProblem()).isEqualTo(status + " status " + status);
    }

    @Test
    void statusErrorShapeIsRead() {
        answer(403, "{\"status\": \"FORBIDDEN\", \"error\": \"Persona does not allow update\"}");

        AtlanException ex = getFails();

        assertThat(ex).isInstanceOf(PermissionException.class);
        assertThat(ex.getErrorCode()).isEqualTo("FORBIDDEN");
        assertThat(ex.getErrorMessage()).isEqualTo("Persona does not allow update");
        assertThat(ex.getMessage()).contains("personas");
    }

    @Test
    void unauthorizedWithAnEmptyBodyStillSaysWhatToCheck() {
        wireMock.stubFor(get(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(401)));

        AtlanException ex = getFails();

        assertThat(ex).isInstanceOf(AuthenticationException.class);
        assertThat(ex.getErrorCode()).isNull();
        assertThat(ex.getMessage()).startsWith("Atlan rejected the credentials (HTTP 401,")
            .endsWith("Check that the API key is valid and has not expired or been revoked.");
    }

    @Test
    void badGatewayWithAnHtmlPageGivesAShortExcerpt() {
        wireMock.stubFor(get(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(502)
            .withHeader("Content-Type", "text/html")
            .withBody("<html>\n<head><title>502 Bad Gateway</title><style>body{color:red}</style></head>\n"
                    + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>"
                    + "x".repeat(1000) + "</body></html>")));

        AtlanException ex = getFails();

        assertThat(ex).isInstanceOf(ApiException.class);
        assertThat(ex.getError().bodyExcerpt()).startsWith("502 Bad Gateway nginx xxx").hasSize(203);
        assertThat(ex.getMessage()).startsWith("502 Bad Gateway nginx")
            .doesNotContain("<html>", "color:red", "\n");
    }

    @Test
    void rateLimitKeepsTheRetryAfterItWasGiven() {
        wireMock.stubFor(get(urlPathMatching("/api/.*"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

        AtlanException ex = getFails();

        assertThat(ex).isInstanceOf(RateLimitException.class);
        assertThat(((RateLimitException) ex).getRetryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(ex.getMessage()).contains("wait 7000 ms");
    }

    @Test
    void refusedConnectionIsAnApiConnectionExceptionWithTheCauseKept() {
        int closedPort = WireMockSupport.closedPort();
        try (AtlanClient refused = WireMockSupport.client(closedPort)) {
            AtlanException ex = catchThrowableOfType(AtlanException.class, () -> refused.users().current());

            assertThat(ex).isInstanceOf(ApiConnectionException.class);
            assertThat(ex.getStatus()).isZero();
            assertThat(ex.getMessage()).startsWith("Could not connect to 127.0.0.1:" + closedPort)
                .contains("GET /api/service/users/current, tenant default")
                .endsWith("Check that the base URL is right and that the tenant is reachable from this host"
                        + " (network, proxy, firewall).");
            assertThat(ex.getCause()).isNotNull();
        }
    }

    @Test
    void resetConnectionIsAnApiConnectionException() {
        wireMock.stubFor(get(urlPathMatching("/api/.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(getFails()).isInstanceOf(ApiConnectionException.class);
    }

    @Test
    void slowAnswerIsAReadTimeout() {
        wireMock.stubFor(get(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(200).withFixedDelay(1500)));
        try (AtlanClient impatient = WireMockSupport.builder(wireMock.getPort())
            .readTimeout(Duration.ofMillis(200))
            .build()) {
            AtlanException ex = catchThrowableOfType(AtlanException.class, () -> impatient.assets().get("abc"));

            assertThat(ex).isInstanceOf(ApiConnectionException.class);
            assertThat(ex.getMessage()).contains("within the read timeout of 200 ms").contains("atlan.read-timeout");
        }
    }

    @Test
    void responseOverTheSizeLimitSaysWhichSettingToRaise() {
        answer(200, "{\"entity\": {\"typeName\": \"Table\", \"attributes\": {\"description\": \""
                + "x".repeat(4096) + "\"}}}");
        try (AtlanClient small = WireMockSupport.builder(wireMock.getPort())
            .maxResponseSize(org.springframework.util.unit.DataSize.ofKilobytes(1))
            .build()) {
            AtlanException ex = catchThrowableOfType(AtlanException.class, () -> small.assets().get("abc"));

            assertThat(ex).isInstanceOf(ApiException.class);
            assertThat(ex.getStatus()).isEqualTo(200);
            assertThat(ex.getMessage()).contains("larger than the max response size of 1024B")
                .contains("atlan.max-response-size");
        }
    }

    @Test
    void reactiveFaceFailsWithTheSameException() {
        answer(404, "{\"errorCode\": \"ATLAS-404-00-005\", \"errorMessage\": \"not found\"}");

        reactor.test.StepVerifier.create(this.client.reactive().assets().get("abc"))
            .expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("ATLAS-404-00-005 not found"))
            .verify(Duration.ofSeconds(5));
    }

    @Test
    void retryAfterAsAnHttpDateIsReadAsAWait() {
        wireMock.stubFor(get(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(429)
            .withHeader("Retry-After", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(30)))));

        RateLimitException ex = (RateLimitException) getFails();

        assertThat(ex.getRetryAfter()).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(31));
    }

}
