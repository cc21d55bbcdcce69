package dev.atlanspring.client;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.error.ApiException;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.error.RedactedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A server that echoes the key in a body the client cannot read: the exception's message was always redacted, but
 * its cause (the JSON parser's exception) quoted the body, and whoever logs the exception (WebFlux's default error
 * handler, say) prints the cause. Every text of the exception chain, causes and suppressed exceptions included, and
 * every log line must be free of the key, also when the parser quotes only part of it.
 */
class ExceptionChainSecretLeakTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    @RegisterExtension
    final LogCapture logs = new LogCapture(Map.of("dev.atlanspring", Level.TRACE,
            "org.springframework.web.reactive.function.client", Level.TRACE, "reactor.netty", Level.DEBUG));

    /** Longer than the 256 characters of a token that Jackson quotes, so that it quotes a part of it. */
    private static final String LONG_KEY = "eyJhbGciOiJSUzI1NiJ9." + "k3yMaterial0123456789".repeat(20);

    private void answer(String path, int status, String body) {
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
            .withHeader("Content-Type", "application/json")
            .withBody(body)));
    }

    @Test
    void noTextOfAFailureChainOrLogHoldsTheKeyOrAPartOfIt() {
        answer("/api/meta/entity/guid/unquoted", 200, "{\"entity\": " + LONG_KEY + "}");
        answer("/api/meta/entity/guid/short", 200, "{\"entity\": " + WireMockSupport.API_KEY + "}");
        answer("/api/meta/entity/guid/wrong-type", 200,
                "{\"entity\": {\"typeName\": {\"token\": \"Bearer " + LONG_KEY + "\"}}}");
        answer("/api/meta/entity/guid/error", 500, "{\"errorMessage\": \"bad key " + LONG_KEY + "\"}");
        answer("/api/meta/entity/guid/html", 502, "<html><body>Authorization: Bearer " + LONG_KEY + "</body></html>");
        List<String> exposed = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        try (AtlanClient client = WireMockSupport.builder(wireMock.getPort()).apiKey(LONG_KEY).build();
                AtlanClient shortKey = WireMockSupport.client(wireMock.getPort())) {
            for (String guid : List.of("unquoted", "wrong-type", "error", "html")) {
                failures.add(catchThrowableOfType(AtlanException.class, () -> client.assets().get(guid)));
            }
            failures.add(catchThrowableOfType(AtlanException.class, () -> shortKey.assets().get("short")));
            failures.add(catchThrowableOfType(IllegalArgumentException.class, () -> client.assets()
                .save(Asset.builder("Table", "q").attribute("leaky", new Leaky()).build())));
        }
        for (Throwable failure : failures) {
            exposed.add(everythingShown(failure));
        }
        exposed.addAll(this.logs.texts());

        assertThat(failures).doesNotContainNull();
        assertThat(failures.get(0)).isInstanceOf(ApiException.class)
            .hasMessageContaining("not the expected JSON of")
            .cause()
            .isInstanceOf(RedactedException.class)
            .hasMessageContaining("The JSON could not be read at line 1")
            .satisfies((cause) -> assertThat(((RedactedException) cause).getOriginalClassName())
                .startsWith("tools.jackson."));
        assertThat(String.join("\n", exposed)).doesNotContain(LONG_KEY.substring(0, 16))
            .doesNotContain("k3yMaterial")
            .doesNotContain(WireMockSupport.API_KEY)
            .doesNotContain(WireMockSupport.API_KEY.substring(0, 12));
    }

    /** A value that cannot be written, failing with a message that quotes the key, as request text might. */
    public static final class Leaky {

        public String getValue() {
            throw new IllegalStateException("cannot show token " + LONG_KEY);
        }

    }

    /** Message, toString and the whole stack trace, which prints every cause and suppressed exception. */
    private static String everythingShown(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return failure.getMessage() + "\n" + failure + "\n" + trace;
    }

}
