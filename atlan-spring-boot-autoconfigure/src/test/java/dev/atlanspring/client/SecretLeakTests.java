package dev.atlanspring.client;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.DeleteType;
import dev.atlanspring.client.error.AtlanException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every operation, successful and failing, with the client's logging at TRACE and the transport's at DEBUG,
 * against a server that echoes the credential back in its error bodies, and looks for the API key everywhere it
 * could leak: log lines, stack traces, exception messages, {@code toString}.
 */
class SecretLeakTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    private static final Map<String, Level> LEVELS = Map.of("dev.atlanspring", Level.TRACE,
            "org.springframework.web.reactive.function.client", Level.TRACE, "reactor.netty", Level.DEBUG);

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private final Map<String, Level> previous = new java.util.HashMap<>();

    @BeforeEach
    void captureLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        this.appender.setContext(context);
        this.appender.start();
        LEVELS.forEach((name, level) -> {
            Logger logger = context.getLogger(name);
            this.previous.put(name, logger.getLevel());
            logger.setLevel(level);
            logger.addAppender(this.appender);
        });
    }

    @AfterEach
    void restoreLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LEVELS.keySet().forEach((name) -> {
            Logger logger = context.getLogger(name);
            logger.detachAppender(this.appender);
            logger.setLevel(this.previous.get(name));
        });
    }

    @Test
    void apiKeyAppearsInNoLogLineExceptionOrToString() {
        String key = WireMockSupport.API_KEY;
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
        wireMock.stubFor(get(urlPathMatching("/api/meta/entity/guid/unauthorized")).willReturn(aResponse()
            .withStatus(401)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"errorMessage\": \"Token " + key + " is invalid; sent Authorization: Bearer " + key + "\"}")));
        wireMock.stubFor(get(urlPathMatching("/api/meta/entity/guid/broken")).willReturn(aResponse().withStatus(500)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><body>Proxy error for request with api_key=" + key + "</body></html>")));
        wireMock.stubFor(get(urlPathMatching("/api/meta/entity/uniqueAttribute/.*"))
            .willReturn(okJson("{\"entity\": {\"typeName\": \"Table\", \"guid\": \"g\"}}")));
        wireMock.stubFor(post("/api/meta/entity/bulk").willReturn(okJson("{\"mutatedEntities\": {}}")));
        wireMock.stubFor(any(urlPathMatching("/api/meta/entity/bulk")).atPriority(10)
            .willReturn(okJson("{\"mutatedEntities\": {\"DELETE\": []}}")));

        List<String> exposed = new ArrayList<>();
        try (AtlanClient client = WireMockSupport.client(wireMock.getPort())) {
            exposed.add(client.toString());
            exposed.add(client.settings().toString());
            exposed.add(client.reactive().toString());
            client.users().current();
            client.assets().getByQualifiedName("Table", "q");
            client.assets().save(Asset.builder("Table", "q").attribute("note", "has key? no").build());
            client.assets().delete("g", DeleteType.SOFT);
            exposed.add(failure(() -> client.assets().get("unauthorized")));
            exposed.add(failure(() -> client.assets().get("broken")));
        }
        try (AtlanClient refused = WireMockSupport.client(1)) {
            exposed.add(failure(() -> refused.users().current()));
        }
        for (ILoggingEvent event : this.appender.list) {
            exposed.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                exposed.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }

        assertThat(this.appender.list).as("the client logs at DEBUG and TRACE")
            .anySatisfy((event) -> assertThat(event.getFormattedMessage())
                .startsWith("GET /api/meta/entity/guid/{guid} -> 401 in"))
            .anySatisfy((event) -> assertThat(event.getFormattedMessage()).contains("response body"));
        assertThat(exposed).isNotEmpty().noneSatisfy((text) -> assertThat(text).contains(key));
        assertThat(exposed).anySatisfy((text) -> assertThat(text).contains("Token ****** is invalid"));
    }

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
            exposed.add(failure(() -> client.assets().get("unauthorized")));
            exposed.add(failure(() -> wrongProxyPassword.users().current()));
        }
        List<ILoggingEvent> events;
        synchronized (this.appender) {
            // Netty's threads may still be logging the closed connections: the appender appends under this lock.
            events = new ArrayList<>(this.appender.list);
        }
        for (ILoggingEvent event : events) {
            exposed.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                exposed.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }

        assertThat(events).as("the token request is logged")
            .anySatisfy((event) -> assertThat(event.getFormattedMessage())
                .startsWith("POST /api/service/oauth-clients/token -> 200 in"));
        assertThat(exposed).isNotEmpty()
            .noneSatisfy((text) -> assertThat(text).contains(clientSecret))
            .noneSatisfy((text) -> assertThat(text).contains(accessToken))
            .noneSatisfy((text) -> assertThat(text).contains(proxyPassword));
        assertThat(exposed).anySatisfy((text) -> assertThat(text).contains("Token ****** expired"));
    }

    private static String failure(Runnable call) {
        try {
            call.run();
        }
        catch (AtlanException ex) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            return ex.getMessage() + "\n" + trace;
        }
        throw new AssertionError("expected the call to fail");
    }

}
