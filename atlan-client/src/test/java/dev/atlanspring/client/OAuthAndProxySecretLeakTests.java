package dev.atlanspring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.atlanspring.client.error.AtlanException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client on OAuth client credentials behind a proxy that asks for a password, with the client's logging at TRACE
 * and the transport's at DEBUG, against a server that echoes the access token back in its error bodies: the OAuth
 * secret, the access tokens and the proxy password appear in no log line, stack trace, exception message or
 * {@code toString}. {@link SecretLeakTests} covers the same secrets in a whole application.
 */
class OAuthAndProxySecretLeakTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    private static final Map<String, Level> LEVELS = Map.of("dev.atlanspring", Level.TRACE,
            "org.springframework.web.reactive.function.client", Level.TRACE, "reactor.netty", Level.DEBUG);

    @RegisterExtension
    final LogCapture logs = new LogCapture(LEVELS);

    @Test
    void oauthSecretAccessTokenAndProxyPasswordAppearNowhere() {
        String clientSecret = "oauth-secret-0b7e4f2d91c6";
        String accessToken = "access-token-6a2d9c41e8f7";
        String proxyPassword = "proxy-pass-e91f3b7c";
        wireMock.stubFor(post("/api/service/oauth-clients/token").inScenario("tokens")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson("{\"accessToken\": \"" + accessToken + "\", \"expiresIn\": 600}"))
            .willSetStateTo("replaced"));
        wireMock.stubFor(post("/api/service/oauth-clients/token").inScenario("tokens")
            .whenScenarioStateIs("replaced")
            .willReturn(okJson("{\"accessToken\": \"replacement-token-5c2e\", \"expiresIn\": 600}")));
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"etl-bot\"}")));
        wireMock.stubFor(get(urlPathMatching("/api/meta/entity/guid/unauthorized")).willReturn(aResponse()
            .withStatus(401)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"errorMessage\": \"Token " + accessToken + " expired\"}")));

        List<String> exposed = new ArrayList<>();
        try (dev.atlanspring.client.proxy.TestHttpProxy proxy = dev.atlanspring.client.proxy.TestHttpProxy
            .withCredentials("jdoe", proxyPassword);
                AtlanClient client = WireMockSupport.builder(wireMock.getPort())
                    .apiKey((String) null)
                    .oauthClientCredentials("etl-jobs", clientSecret)
                    .proxy("http://jdoe:" + proxyPassword + "@127.0.0.1:" + proxy.port())
                    .build();
                AtlanClient wrongProxyPassword = WireMockSupport.builder(wireMock.getPort())
                    .proxy("http://jdoe:wrong-" + proxyPassword + "@127.0.0.1:" + proxy.port())
                    .build()) {
            exposed.add(client.toString());
            exposed.add(client.settings().toString());
            client.users().current();
            exposed.add(Failures.of(() -> client.assets().get("unauthorized")));
            exposed.add(Failures.of(() -> wrongProxyPassword.users().current()));
        }
        List<ILoggingEvent> events = this.logs.events();
        exposed.addAll(this.logs.texts());

        assertThat(events).as("the token request is logged")
            .anySatisfy((event) -> assertThat(event.getFormattedMessage())
                .startsWith("POST /api/service/oauth-clients/token -> 200 in"));
        assertThat(exposed).isNotEmpty()
            .noneSatisfy((text) -> assertThat(text).contains(clientSecret))
            .noneSatisfy((text) -> assertThat(text).contains(accessToken))
            .noneSatisfy((text) -> assertThat(text).contains(proxyPassword));
        assertThat(exposed).anySatisfy((text) -> assertThat(text).contains("Token ****** expired"));
    }

}
