package dev.atlanspring.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.atlanspring.client.error.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many answers over the size limit at once, compressed so that Netty inflates them while the limit is hit: each call
 * ends in the documented {@link ApiException} naming the limit, nothing else (no {@code LogicException} from a buffer
 * released twice), and the log has no more than one line per call (no transport WARN stack traces).
 */
class OversizeResponseTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    @RegisterExtension
    final LogCapture logs = new LogCapture(Map.of("reactor", Level.DEBUG, "io.netty", Level.DEBUG,
            "org.springframework", Level.INFO, "dev.atlanspring", Level.INFO));

    private static byte[] gzip(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    @Test
    void manyParallelOversizeAnswersCompressedByNettyEachEndInTheSizeLimitException() {
        StringBuilder text = new StringBuilder("{\"username\": \"");
        java.util.Random random = new java.util.Random(42);
        while (text.length() < 600_000) {
            text.append(Long.toString(random.nextLong(), 36));
        }
        byte[] body = text.append("\"}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        reactor.netty.DisposableServer server = reactor.netty.http.server.HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .compress(true)
            .route((routes) -> routes.get("/api/service/users/current", (request, response) -> response
                .header("Content-Type", "application/json")
                .sendByteArray(reactor.core.publisher.Flux.range(0, 60)
                    .map((i) -> java.util.Arrays.copyOfRange(body, i * 10_000, Math.min(body.length, (i + 1) * 10_000)))
                    .filter((chunk) -> chunk.length > 0))))
            .bindNow();
        int port = server.port();
        List<Throwable> outcomes;
        try (AtlanClient client = WireMockSupport.builder(port)
            .readTimeout(Duration.ofSeconds(30))
            .maxResponseSize(DataSize.ofKilobytes(64))
            .maxConnections(48)
            .build()) {
            outcomes = failuresOf48ParallelCalls(client);
        }
        finally {
            server.disposeNow();
        }

        assertThat(outcomes).hasSize(48).allSatisfy((failure) -> assertThat(failure).isExactlyInstanceOf(ApiException.class)
            .hasMessageContaining("larger than the max response size of 65536B"));
        // The test server's own complaints about connections the client dropped are not the client's noise.
        assertThat(this.logs.clientNoise()).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    @Test
    void manyParallelOversizeGzipAnswersEachEndInTheSizeLimitException() {
        String big = "{\"username\": \"" + "abcdefghij".repeat(50_000) + "\"}";
        wireMock.stubFor(get(urlPathEqualTo("/api/service/users/current")).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withHeader("Content-Encoding", "gzip")
            .withBody(gzip(big))));

        List<Throwable> outcomes;
        try (AtlanClient client = WireMockSupport.builder(wireMock.getPort())
            .maxResponseSize(DataSize.ofKilobytes(4))
            .maxConnections(48)
            .build()) {
            outcomes = failuresOf48ParallelCalls(client);
        }

        assertThat(outcomes).hasSize(48).allSatisfy((failure) -> assertThat(failure).isExactlyInstanceOf(ApiException.class)
            .hasMessageContaining("larger than the max response size of 4096B"));
        assertThat(this.logs.clientNoise()).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    /** Reads the current user 48 times at once; what each call ended in (an AssertionError if it succeeded). */
    private static List<Throwable> failuresOf48ParallelCalls(AtlanClient client) {
        return Flux.range(0, 48)
            .flatMap((i) -> client.reactive().users().current().map(Object.class::cast)
                .onErrorResume((error) -> reactor.core.publisher.Mono.just(error)), 48)
            .collectList()
            .block(Duration.ofSeconds(60))
            .stream()
            .map((outcome) -> (outcome instanceof Throwable failure) ? failure : new AssertionError("succeeded"))
            .toList();
    }

}
