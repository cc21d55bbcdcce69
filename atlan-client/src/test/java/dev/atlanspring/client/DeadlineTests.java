package dev.atlanspring.client;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.atlanspring.client.error.ApiConnectionException;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.error.DeadlineExceededException;
import dev.atlanspring.client.error.DeadlineExceededException.Deadline;
import dev.atlanspring.client.error.RequestInfo;
import dev.atlanspring.client.http.AtlanHeaders;
import dev.atlanspring.client.retry.RetrySettings;
import dev.atlanspring.client.retry.RetryableFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The read timeout is an idle timeout: a server (or proxy) that sends a byte every few hundred milliseconds never
 * trips it. Each attempt and each whole call has a deadline, on both faces, that ends such a call long before the
 * server would, with an {@link ApiConnectionException} saying which deadline fired.
 */
class DeadlineTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    /** The body arrives in 40 pieces over 20 s: never idle for as long as the 2 s read timeout. */
    private static final int DRIBBLE_MILLIS = 20_000;

    @BeforeEach
    void dribble() {
        wireMock.stubFor(get(urlPathEqualTo("/api/service/users/current")).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"username\": \"" + "x".repeat(400) + "\"}")
            .withChunkedDribbleDelay(40, DRIBBLE_MILLIS)));
    }

    @Test
    void anAttemptPastItsDeadlineIsGivenUpAndRetried() {
        try (AtlanClient client = WireMockSupport.builder(wireMock.getPort())
            .retry(WireMockSupport.fastRetries(1, Duration.ofMillis(20), RetrySettings.DEFAULT_STATUSES))
            .attemptTimeout(Duration.ofMillis(300))
            .build()) {
            long start = System.nanoTime();
            AtlanException ex = catchThrowableOfType(AtlanException.class, () -> client.users().current());

            assertThat(ex).isInstanceOf(DeadlineExceededException.class);
            assertThat(((DeadlineExceededException) ex).getDeadline()).isEqualTo(Deadline.ATTEMPT);
            assertThat(ex.getMessage()).startsWith("No complete answer from 127.0.0.1:" + wireMock.getPort()
                    + " within the attempt deadline of 300 ms (attempt-timeout)")
                .contains("2 attempts")
                .contains("atlan.attempt-timeout");
            assertThat(ex.getAttempts()).isEqualTo(2);
            // Counted by request id: on a loaded machine a request of the test before can reach WireMock late.
            wireMock.verify(2, getRequestedFor(urlPathEqualTo("/api/service/users/current"))
                .withHeader(AtlanHeaders.REQUEST_ID, equalTo(ex.getRequestId())));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(DRIBBLE_MILLIS / 2));
        }
    }

    @Test
    void aCallPastItsDeadlineEndsWithoutARetry() {
        try (AtlanClient client = WireMockSupport.builder(wireMock.getPort())
            .attemptTimeout(Duration.ofMinutes(1))
            .callTimeout(Duration.ofMillis(300))
            .build()) {
            long start = System.nanoTime();
            AtlanException ex = catchThrowableOfType(AtlanException.class, () -> client.users().current());

            assertThat(ex).isInstanceOf(DeadlineExceededException.class);
            assertThat(((DeadlineExceededException) ex).getDeadline()).isEqualTo(Deadline.CALL);
            assertThat(ex.getMessage())
                .startsWith("No complete answer from 127.0.0.1:" + wireMock.getPort()
                        + " within the call deadline of 300 ms (call-timeout), retries included")
                .contains("The call is not retried")
                .contains("atlan.call-timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(DRIBBLE_MILLIS / 2));
            // Counted by request id: on a loaded machine a request of the test before can reach WireMock late.
            wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/service/users/current"))
                .withHeader(AtlanHeaders.REQUEST_ID, equalTo(ex.getRequestId())));
        }
    }

    @Test
    void theReactiveFaceHasTheSameDeadlines() {
        try (AtlanClient client = WireMockSupport.builder(wireMock.getPort())
            .callTimeout(Duration.ofMillis(300))
            .build()) {
            long start = System.nanoTime();
            reactor.test.StepVerifier.create(client.reactive().users().current())
                .expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(DeadlineExceededException.class)
                    .hasMessageContaining("call deadline of 300 ms"))
                .verify(Duration.ofMillis(DRIBBLE_MILLIS / 2));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(DRIBBLE_MILLIS / 2));
        }
    }

    @Test
    void theDefaultPolicyRetriesAnAttemptDeadlineButNeverACallDeadline() {
        RetryableFailures retryable = RetryableFailures.of(RetrySettings.DEFAULT_STATUSES);
        RequestInfo request = new RequestInfo("GET /api/service/users/current", "default", "id", 1);

        assertThat(retryable.test(new DeadlineExceededException("late", Deadline.ATTEMPT, Duration.ofSeconds(1),
                request, "wait less"))).isTrue();
        assertThat(retryable.test(new DeadlineExceededException("late", Deadline.CALL, Duration.ofSeconds(1),
                request, "wait less"))).isFalse();
    }

    @Test
    void deadlinesHaveDefaultsAndMustBePositive() {
        AtlanClientSettings settings = WireMockSupport.builder(wireMock.getPort()).settings();

        assertThat(settings.attemptTimeout()).isEqualTo(Duration.ofMinutes(3));
        assertThat(settings.callTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> WireMockSupport.builder(wireMock.getPort()).callTimeout(Duration.ZERO).settings())
            .withMessageContaining("call timeout must be a positive duration");
    }

}
