package dev.atlanspring.client;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.atlanspring.client.error.ApiConnectionException;
import dev.atlanspring.client.error.AuthenticationException;
import dev.atlanspring.client.retry.RetrySettings;
import dev.atlanspring.client.user.AtlanUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * OAuth client credentials against WireMock: the token exchange, its caching by a clock the test moves, one
 * request for many concurrent calls, and the single refresh after a 401.
 */
class OAuthTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    private static final String TOKEN_PATH = "/api/service/oauth-clients/token";

    private static final String CLIENT_ID = "etl-jobs";

    /** Looked for everywhere it must not appear. */
    private static final String CLIENT_SECRET = "oauth-secret-9d3e51c7a4b2";

    private final MovableClock clock = new MovableClock();

    @BeforeEach
    void answerTheCurrentUserForTheFirstTokenOnly() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(aResponse().withStatus(401)));
        wireMock.stubFor(get("/api/service/users/current").withHeader("Authorization", equalTo("Bearer token-1"))
            .willReturn(okJson("{\"username\": \"etl-bot\"}")));
    }

    @Test
    void aHundredConcurrentCallsMakeOneTokenRequest() {
        issueTokens(token("token-1", 600).withFixedDelay(100));
        try (AtlanClient client = oauthClient().build()) {
            List<AtlanUser> users = Flux.range(0, 100)
                .flatMap((i) -> client.reactive().users().current(), 100)
                .collectList()
                .block(Duration.ofSeconds(30));

            assertThat(users).hasSize(100).allSatisfy((user) -> assertThat(user.username()).isEqualTo("etl-bot"));
        }
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH))
            .withRequestBody(equalToJson("{\"clientId\": \"" + CLIENT_ID + "\", \"clientSecret\": \""
                    + CLIENT_SECRET + "\"}"))
            .withHeader("Authorization", absent()));
        wireMock.verify(100, getRequestedFor(urlPathEqualTo("/api/service/users/current"))
            .withHeader("Authorization", equalTo("Bearer token-1")));
    }

    @Test
    void aTokenIsReusedUntilShortlyBeforeItExpiresThenRefreshedOnceForAllCallers() {
        issueTokens(token("token-1", 600), token("token-2", 600));
        wireMock.stubFor(get("/api/service/users/current").withHeader("Authorization", equalTo("Bearer token-2"))
            .willReturn(okJson("{\"username\": \"etl-bot\"}")));
        try (AtlanClient client = oauthClient().build()) {
            client.users().current();
            this.clock.advance(Duration.ofSeconds(500));
            client.users().current();
            assertThat(tokenRequests()).as("a token 100 s from expiry is still used").hasSize(1);

            this.clock.advance(Duration.ofSeconds(45));
            Flux.range(0, 20).flatMap((i) -> client.reactive().users().current()).blockLast(Duration.ofSeconds(30));
        }
        assertThat(tokenRequests()).as("a token 55 s from expiry is replaced, once").hasSize(2);
        wireMock.verify(20, getRequestedFor(urlPathEqualTo("/api/service/users/current"))
            .withHeader("Authorization", equalTo("Bearer token-2")));
    }

    @Test
    void a401RefreshesTheTokenOnceAndRepeatsTheCallWithoutUsingARetry() {
        issueTokens(token("token-0", 600), token("token-1", 600));
        try (AtlanClient client = oauthClient().retry(WireMockSupport.fastRetries(0, Duration.ofMillis(20),
                java.util.Set.of())).build()) {
            assertThat(client.users().current().username()).isEqualTo("etl-bot");
        }
        assertThat(tokenRequests()).hasSize(2);
        assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo("/api/service/users/current"))))
            .extracting((request) -> request.getHeader("Authorization"))
            .containsExactly("Bearer token-0", "Bearer token-1");
    }

    @Test
    void aTokenRejectedAgainAfterTheRefreshFailsWithAnAuthenticationException() {
        issueTokens(token("token-8", 600), token("token-9", 600));
        try (AtlanClient client = oauthClient().build()) {
            AuthenticationException ex = catchThrowableOfType(AuthenticationException.class,
                    () -> client.users().current());
            assertThat(ex.getStatus()).isEqualTo(401);
            assertThat(ex.getMessage()).contains("Atlan rejected an OAuth access token it issued");
        }
        assertThat(tokenRequests()).hasSize(2);
        assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo("/api/service/users/current")))).hasSize(2);
    }

    @Test
    void aBadSecretGivesAnAuthenticationExceptionWithoutTheSecret() {
        wireMock.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(401)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"errorCode\": \"ATLAS-401-00-002\", \"errorMessage\": \"Invalid client secret "
                    + CLIENT_SECRET + "\"}")));
        try (AtlanClient client = oauthClient().build()) {
            AuthenticationException ex = catchThrowableOfType(AuthenticationException.class,
                    () -> client.users().current());
            assertThat(ex.getMessage())
                .startsWith("Atlan rejected the OAuth client credentials of client etl-jobs: ATLAS-401-00-002 Invalid"
                        + " client secret ****** (HTTP 401, GET /api/service/users/current, tenant default")
                .contains("Check the OAuth client id and secret (atlan.oauth.client-id and atlan.oauth.client-secret)")
                .doesNotContain(CLIENT_SECRET);
        }
        assertThat(tokenRequests()).as("not retried").hasSize(1);
        assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo("/api/service/users/current")))).isEmpty();
    }

    @Test
    void aTokenRequestThatBreaksIsRetriedWithTheCall() {
        issueTokens(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), token("token-1", 600));
        try (AtlanClient client = oauthClient().build()) {
            assertThat(client.users().current().username()).isEqualTo("etl-bot");
        }
        assertThat(tokenRequests()).hasSize(2);
    }

    @Test
    void aTokenRequestThatKeepsBreakingSaysSoAndThatTheCallWasNotSent() {
        issueTokens(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        try (AtlanClient client = oauthClient().build()) {
            ApiConnectionException ex = catchThrowableOfType(ApiConnectionException.class,
                    () -> client.users().current());
            assertThat(ex.getProblem()).endsWith(" while getting an OAuth access token");
            assertThat(ex.isRequestSent()).isFalse();
            assertThat(ex.getAttempts()).isEqualTo(4);
        }
        assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo("/api/service/users/current")))).isEmpty();
    }

    @Test
    void aTokenRequestWithNoAnswerEndsInTheReadTimeoutSayingTheCallWasNotSent() {
        issueTokens(token("token-1", 600).withFixedDelay(3_000));
        try (AtlanClient client = oauthClient().readTimeout(Duration.ofMillis(300))
            .retry(WireMockSupport.fastRetries(0, Duration.ofMillis(20), RetrySettings.DEFAULT_STATUSES))
            .build()) {
            ApiConnectionException ex = catchThrowableOfType(ApiConnectionException.class,
                    () -> client.users().current());
            assertThat(ex.getProblem()).contains("within the read timeout of 300 ms")
                .endsWith(" while getting an OAuth access token");
            assertThat(ex.isRequestSent()).isFalse();
        }
        assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo("/api/service/users/current")))).isEmpty();
    }

    @Test
    void settingsShowTheClientIdButNeverTheSecret() {
        try (AtlanClient client = oauthClient().build()) {
            assertThat(client.settings().apiKey()).isNull();
            assertThat(client.settings().oauth().clientId()).isEqualTo(CLIENT_ID);
            assertThat(client.settings().toString()).contains("clientId=etl-jobs").doesNotContain(CLIENT_SECRET);
        }
    }

    @Test
    void anApiKeyAndOAuthCredentialsTogetherAreRefusedSayingToChooseOne() {
        AtlanClientBuilder both = WireMockSupport.builder(wireMock.getPort())
            .oauthClientCredentials(CLIENT_ID, CLIENT_SECRET);
        org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(both::settings)
            .withMessage("Both an API key and OAuth client credentials are set. Choose one: remove the API key"
                    + " (atlan.api-key) or the OAuth client credentials (atlan.oauth.client-id and"
                    + " atlan.oauth.client-secret).");
    }

    @Test
    void anOAuthClientIdWithoutASecretIsRefused() {
        AtlanClientBuilder half = oauthClient().oauthClientCredentials(CLIENT_ID, (String) null);
        org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(half::settings)
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(ClientSetting.OAUTH_CLIENT_SECRET));
    }

    private AtlanClientBuilder oauthClient() {
        return WireMockSupport.builder(wireMock.getPort())
            .apiKey((String) null)
            .oauthClientCredentials(CLIENT_ID, CLIENT_SECRET)
            .tokenClock(this.clock);
    }

    private static ResponseDefinitionBuilder token(String token, int expiresIn) {
        return okJson("{\"accessToken\": \"" + token + "\", \"expiresIn\": " + expiresIn + "}");
    }

    /** Answers the token requests with each token in turn, the last one from then on. */
    private static void issueTokens(ResponseDefinitionBuilder... tokens) {
        String state = Scenario.STARTED;
        for (int i = 0; i < tokens.length; i++) {
            String next = (i == tokens.length - 1) ? state : "token " + (i + 1);
            wireMock.stubFor(post(TOKEN_PATH).inScenario("tokens")
                .whenScenarioStateIs(state)
                .willReturn(tokens[i])
                .willSetStateTo(next));
            state = next;
        }
    }

    private static List<LoggedRequest> tokenRequests() {
        return wireMock.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    }

}
