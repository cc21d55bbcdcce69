package dev.atlanspring.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.MutationResult;
import dev.atlanspring.client.error.ApiConnectionException;
import dev.atlanspring.client.error.ApiException;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.error.AuthenticationException;
import dev.atlanspring.client.error.PermissionException;
import dev.atlanspring.client.error.RateLimitException;
import dev.atlanspring.client.http.AtlanRequest;
import dev.atlanspring.client.http.Operation;
import dev.atlanspring.client.retry.RetrySettings;
import dev.atlanspring.client.retry.RetryableFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.Retryable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The fault matrix: for each fault, what the caller gets, how many requests Atlan (WireMock) received, and that
 * every attempt of a call carried the same request id. Waits are milliseconds.
 */
class RetryTests extends WireMockClientTests {

    private static final String ENTITY = "{\"entity\": {\"typeName\": \"Table\", \"guid\": \"abc\"}}";

    private static final RequestPatternBuilder ANY = anyRequestedFor(anyUrl());

    private void answerEveryGet(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        wireMock.stubFor(get(urlPathMatching("/api/.*")).willReturn(response));
    }

    /** Answers the GETs with each response in turn, the last one from then on. */
    private void answerInTurn(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... responses) {
        WireMockSupport.answerGetsInTurn(wireMock, responses);
    }

    private AtlanException getFails(AtlanClient atlan) {
        return catchThrowableOfType(AtlanException.class, () -> atlan.assets().get("abc"));
    }

    /** Asserts how many requests arrived, and that they are all attempts of one call. */
    private static List<LoggedRequest> assertOneCallOf(int attempts) {
        List<LoggedRequest> requests = wireMock.findAll(ANY);
        assertThat(requests).hasSize(attempts);
        assertThat(requests).extracting((request) -> request.getHeader("X-Atlan-Request-Id"))
            .doesNotContainNull()
            .containsOnly(requests.get(0).getHeader("X-Atlan-Request-Id"));
        return requests;
    }

    @Test
    void refusedConnectionIsRetriedThenFailsReportingFourAttempts() {
        int closedPort = WireMockSupport.closedPort();
        RecordingListener listener = new RecordingListener();
        try (AtlanClient refused = WireMockSupport.builder(closedPort).retryListener(listener).build()) {
            AtlanException ex = getFails(refused);

            assertThat(ex).isInstanceOf(ApiConnectionException.class);
            assertThat(((ApiConnectionException) ex).isRequestSent()).isFalse();
            assertThat(ex.getAttempts()).isEqualTo(4);
            assertThat(ex.getMessage()).contains(", 4 attempts, request ");
            assertThat(listener.events).containsExactly("beforeRetry 1", "onRetryFailure", "beforeRetry 2",
                    "onRetryFailure", "beforeRetry 3", "onRetryFailure", "onRetryPolicyExhaustion");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK",
            "RANDOM_DATA_THEN_CLOSE" })
    void brokenConnectionIsRetriedUntilExhaustedThenIsAnApiConnectionException(Fault fault) {
        answerEveryGet(aResponse().withFault(fault));

        AtlanException ex = getFails(this.client);

        assertThat(ex).isInstanceOf(ApiConnectionException.class);
        assertThat(ex.getAttempts()).isEqualTo(4);
        assertThat(ex.getCause()).isNotNull();
        assertOneCallOf(4);
    }

    @Test
    void readTimeoutIsRetriedUntilExhausted() {
        answerEveryGet(okJson(ENTITY).withFixedDelay(1000));
        try (AtlanClient impatient = WireMockSupport.builder(wireMock.getPort())
            .readTimeout(Duration.ofMillis(100))
            .build()) {
            AtlanException ex = getFails(impatient);

            assertThat(ex).isInstanceOf(ApiConnectionException.class);
            assertThat(ex.getMessage()).contains("within the read timeout of 100 ms");
            assertThat(ex.getAttempts()).isEqualTo(4);
        }
        assertOneCallOf(4);
    }

    @Test
    void forbiddenTwiceThenOkReturnsTheAsset() {
        answerInTurn(aResponse().withStatus(403), aResponse().withStatus(403), okJson(ENTITY));

        Asset asset = this.client.assets().get("abc");

        assertThat(asset.guid()).isEqualTo("abc");
        assertOneCallOf(3);
    }

    @Test
    void rateLimitIsRetriedAfterTheWaitAtlanAskedFor() {
        answerInTurn(aResponse().withStatus(429).withHeader("Retry-After", "1"), okJson(ENTITY));
        try (AtlanClient patient = WireMockSupport.builder(wireMock.getPort())
            .retry(WireMockSupport.fastRetries(3, Duration.ofSeconds(2), RetrySettings.DEFAULT_STATUSES))
            .build()) {
            assertThat(patient.assets().get("abc").guid()).isEqualTo("abc");
        }
        List<LoggedRequest> requests = assertOneCallOf(2);
        long waited = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
        assertThat(waited).as("milliseconds between the attempts").isGreaterThanOrEqualTo(950);
    }

    @Test
    void retryAfterLongerThanTheMaxDelayFailsAtOnce() {
        answerEveryGet(aResponse().withStatus(429).withHeader("Retry-After", "60"));

        AtlanException ex = getFails(this.client);

        assertThat(ex).isInstanceOf(RateLimitException.class);
        assertThat(((RateLimitException) ex).getRetryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(ex.getAttempts()).isEqualTo(1);
        assertOneCallOf(1);
    }

    @ParameterizedTest
    @ValueSource(ints = { 500, 502, 503, 504 })
    void serverErrorsAreRetriedUntilExhausted(int status) {
        answerEveryGet(aResponse().withStatus(status));

        AtlanException ex = getFails(this.client);

        assertThat(ex).isInstanceOf(ApiException.class);
        assertThat(ex.getStatus()).isEqualTo(status);
        assertThat(ex.getAttempts()).isEqualTo(4);
        assertThat(ex.getMessage()).contains("(HTTP " + status + ", GET /api/meta/entity/guid/{guid}, tenant default,"
                + " 4 attempts, request ");
        assertOneCallOf(4);
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 401, 404, 409 })
    void clientErrorsAreNotRetried(int status) {
        answerEveryGet(aResponse().withStatus(status));

        AtlanException ex = getFails(this.client);

        assertThat(ex.getStatus()).isEqualTo(status);
        assertThat(ex.getAttempts()).isEqualTo(1);
        assertOneCallOf(1);
    }

    @Test
    void badGatewayWithAnHtmlPageIsRetriedThenReportedWithAnExcerpt() {
        answerEveryGet(aResponse().withStatus(502)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"));

        AtlanException ex = getFails(this.client);

        assertThat(ex).isInstanceOf(ApiException.class);
        assertThat(ex.getMessage()).startsWith("502 Bad Gateway (HTTP 502,");
        assertOneCallOf(4);
    }

    @Test
    void unauthorizedWithAnEmptyBodyIsNotRetriedAndSaysWhatToCheck() {
        answerEveryGet(aResponse().withStatus(401));

        AtlanException ex = getFails(this.client);

        assertThat(ex).isInstanceOf(AuthenticationException.class);
        assertThat(ex.getMessage()).contains("Check that the API key is valid and has not expired");
        assertOneCallOf(1);
    }

    @Test
    void bulkSaveIsRetriedAfterA503WithTheSameBodyAndRequestId() {
        wireMock.stubFor(post(urlPathEqualTo("/api/meta/entity/bulk")).inScenario("save")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
        wireMock.stubFor(post(urlPathEqualTo("/api/meta/entity/bulk")).inScenario("save")
            .whenScenarioStateIs("recovered")
            .willReturn(okJson("{\"mutatedEntities\": {\"CREATE\": [{\"typeName\": \"Table\", \"guid\": \"g\"}]},"
                    + " \"guidAssignments\": {\"-1\": \"g\"}}")));

        MutationResult result = this.client.assets().save(Asset.builder("Table", "q").name("T").build());

        assertThat(result.assignedGuid("-1")).isEqualTo("g");
        List<LoggedRequest> requests = assertOneCallOf(2);
        assertThat(requests.get(1).getBodyAsString()).isEqualTo(requests.get(0).getBodyAsString());
    }

    @Test
    void noRetriesWhenMaxRetriesIsZero() {
        answerEveryGet(aResponse().withStatus(503));
        try (AtlanClient once = WireMockSupport.builder(wireMock.getPort())
            .retry(WireMockSupport.fastRetries(0, Duration.ofMillis(20), RetrySettings.DEFAULT_STATUSES))
            .build()) {
            assertThat(getFails(once).getAttempts()).isEqualTo(1);
        }
        assertOneCallOf(1);
    }

    @Test
    void noRetriesWhenRetryIsDisabled() {
        answerEveryGet(aResponse().withStatus(503));
        try (AtlanClient once = WireMockSupport.builder(wireMock.getPort()).retry(RetrySettings.DISABLED).build()) {
            assertThat(getFails(once).getAttempts()).isEqualTo(1);
        }
        assertOneCallOf(1);
    }

    @Test
    void retriedStatusesAreConfigurable() {
        answerEveryGet(aResponse().withStatus(403));
        try (AtlanClient strict = WireMockSupport.builder(wireMock.getPort())
            .retry(WireMockSupport.fastRetries(3, Duration.ofMillis(20), Set.of(503)))
            .build()) {
            assertThat(getFails(strict)).isInstanceOf(PermissionException.class);
        }
        assertOneCallOf(1);
    }

    @Test
    void eachClientKeepsItsOwnRetrySettings() {
        answerEveryGet(aResponse().withStatus(503));
        try (AtlanClient emea = WireMockSupport.builder(wireMock.getPort())
            .tenant("emea")
            .retry(WireMockSupport.fastRetries(1, Duration.ofMillis(20), RetrySettings.DEFAULT_STATUSES))
            .build()) {
            AtlanException emeaFailure = getFails(emea);
            AtlanException defaultFailure = getFails(this.client);

            assertThat(emeaFailure.getTenant()).isEqualTo("emea");
            assertThat(emeaFailure.getAttempts()).isEqualTo(2);
            assertThat(defaultFailure.getAttempts()).isEqualTo(4);
        }
        assertThat(wireMock.findAll(ANY)).hasSize(6);
    }

    @Test
    void ownRetryPolicyDecidesWhatIsRetriedAndHowOften() {
        RetryPolicy onlyTeapots = RetryPolicy.builder()
            .maxRetries(1)
            .delay(Duration.ofMillis(1))
            .predicate(RetryableFailures.of(Set.of(418)))
            .build();
        try (AtlanClient custom = WireMockSupport.builder(wireMock.getPort()).retryPolicy(onlyTeapots).build()) {
            answerEveryGet(aResponse().withStatus(418));
            assertThat(getFails(custom).getAttempts()).isEqualTo(2);
            assertOneCallOf(2);

            wireMock.resetAll();
            answerEveryGet(aResponse().withStatus(503));
            assertThat(getFails(custom).getAttempts()).isEqualTo(1);
            assertOneCallOf(1);
        }
    }

    @Test
    void listenersAreToldOfEveryRetryAndOfTheSuccess() {
        answerInTurn(aResponse().withStatus(503), aResponse().withStatus(403), okJson(ENTITY));
        RecordingListener listener = new RecordingListener();
        try (AtlanClient listened = WireMockSupport.builder(wireMock.getPort()).retryListener(listener).build()) {
            listened.assets().get("abc");
        }
        assertThat(listener.events).containsExactly("beforeRetry 1", "onRetryFailure", "beforeRetry 2",
                "onRetrySuccess");
        assertThat(listener.names).containsOnly("assets.get");
    }

    @Test
    void aListenerThatThrowsDoesNotBreakTheCall() {
        answerInTurn(aResponse().withStatus(503), okJson(ENTITY));
        RetryListener broken = new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy retryPolicy, Retryable<?> retryable) {
                throw new IllegalStateException("listener bug");
            }
        };
        try (AtlanClient listened = WireMockSupport.builder(wireMock.getPort()).retryListener(broken).build()) {
            assertThat(listened.assets().get("abc").guid()).isEqualTo("abc");
        }
    }

    @Test
    void eachRetryIsLoggedAtWarnWithOperationReasonAttemptAndDelay() {
        Logger logger = (Logger) LoggerFactory.getLogger("dev.atlanspring.client.http.ReactiveRetries");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            answerEveryGet(aResponse().withStatus(503));
            AtlanException ex = getFails(this.client);

            assertThat(appender.list).filteredOn((event) -> event.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage)
                .hasSize(3)
                .allSatisfy((line) -> assertThat(line).startsWith("Retrying GET /api/meta/entity/guid/{guid} after HTTP 503")
                    .contains("next in ")
                    .endsWith("tenant default, request " + ex.getRequestId() + ")"))
                .anySatisfy((line) -> assertThat(line).contains("(attempt 1 failed, next in 1 ms"))
                .anySatisfy((line) -> assertThat(line).contains("(attempt 3 failed, next in 4 ms"));
        }
        finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void callThatIsNotIdempotentIsRepeatedOnlyWhenAtlanProvablyDidNotProcessIt() {
        Operation create = new Operation("test.create", HttpMethod.POST, "/api/test/create", false);
        AtlanRequest request = AtlanRequest.to(create).body(java.util.Map.of("name", "x")).build();
        var http = new dev.atlanspring.client.http.AtlanHttp(WireMockSupport.builder(wireMock.getPort()).settings(),
                null, null, null, List.of());
        try (http) {
            wireMock.stubFor(post("/api/test/create").willReturn(aResponse().withStatus(500)));
            assertThat(catchThrowableOfType(AtlanException.class, () -> http.exchange(request, Object.class).block())
                .getAttempts()).isEqualTo(1);
            assertOneCallOf(1);

            wireMock.resetAll();
            wireMock.stubFor(post("/api/test/create").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            assertThat(catchThrowableOfType(AtlanException.class, () -> http.exchange(request, Object.class).block())
                .getAttempts()).isEqualTo(1);
            assertOneCallOf(1);

            wireMock.resetAll();
            wireMock.stubFor(post("/api/test/create").willReturn(aResponse().withStatus(503)));
            assertThat(catchThrowableOfType(AtlanException.class, () -> http.exchange(request, Object.class).block())
                .getAttempts()).isEqualTo(4);
            assertOneCallOf(4);

            wireMock.resetAll();
            wireMock.stubFor(post("/api/test/create").willReturn(aResponse().withStatus(429)));
            assertThat(catchThrowableOfType(AtlanException.class, () -> http.exchange(request, Object.class).block())
                .getAttempts()).isEqualTo(4);
            assertOneCallOf(4);
        }
    }

    @Test
    void reactiveFaceRetriesTheSameWay() {
        answerInTurn(aResponse().withStatus(502), okJson(ENTITY));

        assertThat(this.client.reactive().assets().get("abc").block(Duration.ofSeconds(5)).guid()).isEqualTo("abc");
        assertOneCallOf(2);
    }

    @Test
    void blockingFaceOnAnEventLoopFailsAtOnceInsteadOfHanging() {
        wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"username\": \"jdoe\"}")));

        Mono<Object> nested = this.client.reactive().users().current().map((user) -> this.client.users().current());
        Mono<Object> onParallel = Mono.fromCallable(() -> (Object) this.client.users().current())
            .subscribeOn(Schedulers.parallel());

        assertThatIllegalStateException().isThrownBy(() -> nested.block(Duration.ofSeconds(5)))
            .withMessageContaining("a non-blocking thread (reactor-http-")
            .withMessageContaining("atlanClient.reactive()");
        assertThatIllegalStateException().isThrownBy(() -> onParallel.block(Duration.ofSeconds(5)))
            .withMessageContaining("atlanClient.reactive()");
    }

    /** Records what a RetryListener is told, in order. */
    static final class RecordingListener implements RetryListener {

        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        final List<String> names = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void beforeRetry(RetryPolicy retryPolicy, Retryable<?> retryable, RetryState retryState) {
            this.events.add("beforeRetry " + retryState.getRetryCount());
            this.names.add(retryable.getName());
        }

        @Override
        public void onRetrySuccess(RetryPolicy retryPolicy, Retryable<?> retryable, Object result) {
            this.events.add("onRetrySuccess");
        }

        @Override
        public void onRetryFailure(RetryPolicy retryPolicy, Retryable<?> retryable, Throwable throwable) {
            this.events.add("onRetryFailure");
        }

        @Override
        public void onRetryPolicyExhaustion(RetryPolicy retryPolicy, Retryable<?> retryable,
                RetryException exception) {
            this.events.add("onRetryPolicyExhaustion");
        }

    }

}
