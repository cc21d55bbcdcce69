package dev.atlanspring.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ch.qos.logback.classic.Level;
import dev.atlanspring.client.error.ApiConnectionException;
import dev.atlanspring.client.error.ApiException;
import dev.atlanspring.client.user.AtlanUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The read timeout ({@code atlan.read-timeout}) is an idle timeout that ends an attempt quietly: the caller gets the
 * documented {@link ApiConnectionException}, the log gets the client's own line per attempt and nothing from Reactor
 * Netty (which logs a WARN with a stack trace for every timeout Netty's {@code ReadTimeoutHandler} raises, and again
 * when one fires after the caller has gone). Logged at DEBUG for Reactor and Netty, as a user chasing a problem would.
 */
class ReadTimeoutTests {

    @RegisterExtension
    final LogCapture logs = new LogCapture(Map.of("reactor", Level.DEBUG, "io.netty", Level.DEBUG,
            "org.springframework", Level.INFO, "dev.atlanspring", Level.INFO));

    @Test
    void anAnswerThatDoesNotComeEndsInTheReadTimeoutWithOneLogLinePerAttemptAndNoneFromReactorNetty() {
        DisposableServer server = serve((response) -> Mono.delay(Duration.ofSeconds(5))
            .then(response.sendString(Mono.just("{}")).then()));
        try (AtlanClient client = WireMockSupport.builder(server.port()).readTimeout(Duration.ofMillis(300)).build()) {
            List<Object> outcomes = Flux.range(0, 8)
                .flatMap((i) -> client.reactive().users().current().map(Object.class::cast).onErrorResume(Mono::just))
                .collectList()
                .block(Duration.ofSeconds(60));
            assertThat(outcomes).hasSize(8).allSatisfy((outcome) -> assertThat(outcome)
                .isExactlyInstanceOf(ApiConnectionException.class)
                .extracting((failure) -> ((ApiConnectionException) failure).getMessage())
                .asString().startsWith("No response from 127.0.0.1:" + server.port() + " within the read timeout of 300 ms"));
        }
        finally {
            server.disposeNow();
        }
        // 8 calls, each 3 retries logged by the client (the fourth attempt's failure is the caller's to report).
        assertThat(this.logs.clientNoise()).hasSize(24).allSatisfy((event) -> assertThat(event.getLoggerName())
            .isEqualTo("dev.atlanspring.client.http.ReactiveRetries"));
    }

    @Test
    void aBodyThatKeepsArrivingIsReadWholeHoweverLongItTakesInAll() {
        // Ten pieces 150 ms apart: 1.5 s in all, never 1 s without a byte.
        DisposableServer server = serve((response) -> response.header("Content-Type", "application/json")
            .sendString(Flux.just("{\"user", "name\"", ": ", "\"tr", "ick", "le\"", " ", " ", " ", "}")
                .delayElements(Duration.ofMillis(150)))
            .then());
        try (AtlanClient client = WireMockSupport.builder(server.port()).readTimeout(Duration.ofSeconds(1)).build()) {
            AtlanUser user = client.users().current();
            assertThat(user.username()).isEqualTo("trickle");
        }
        finally {
            server.disposeNow();
        }
        assertThat(this.logs.clientNoise()).isEmpty();
    }

    @Test
    void aBodyOverTheLimitWhoseRestNeverComesEndsInTheSizeLimitWithoutALaterTimeoutLogged() {
        String head = "{\"username\": \"" + "x".repeat(100_000);
        DisposableServer server = serve((response) -> response.header("Content-Type", "application/json")
            .sendString(Flux.just(head).concatWith(Mono.delay(Duration.ofSeconds(3)).thenReturn("\"}")))
            .then());
        try (AtlanClient client = WireMockSupport.builder(server.port())
            .readTimeout(Duration.ofMillis(300))
            .maxResponseSize(DataSize.ofKilobytes(64))
            .build()) {
            ApiException ex = catchThrowableOfType(ApiException.class, () -> client.users().current());
            assertThat(ex).isExactlyInstanceOf(ApiException.class)
                .hasMessageContaining("larger than the max response size of 65536B");
            // Past the read timeout, while the server still holds the connection: nothing fires any more.
            Mono.delay(Duration.ofSeconds(1)).block();
        }
        finally {
            server.disposeNow();
        }
        assertThat(this.logs.clientNoise()).isEmpty();
    }

    private static DisposableServer serve(Function<HttpServerResponse, org.reactivestreams.Publisher<Void>> answer) {
        return HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .route((routes) -> routes.get("/api/service/users/current", (request, response) -> answer.apply(response)))
            .bindNow();
    }

}
