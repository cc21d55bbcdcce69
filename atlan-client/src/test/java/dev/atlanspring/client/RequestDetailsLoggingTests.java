package dev.atlanspring.client;

import java.util.Map;

import ch.qos.logback.classic.Level;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's opt-in request details ({@code spring.codec.log-request-details=true}, which is
 * {@code enableLoggingRequestDetails} on the codecs) with TRACE on {@code ExchangeFunctions} log every request
 * header the {@code WebClient} sends. The bearer token is added below the {@code WebClient}, as Netty writes the
 * request, so that log shows the other headers and never the token, which still reaches Atlan.
 */
class RequestDetailsLoggingTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    @RegisterExtension
    final LogCapture logs = new LogCapture(Map.of("org.springframework.web.reactive.function.client", Level.TRACE,
            "org.springframework.http.codec", Level.TRACE, "dev.atlanspring", Level.TRACE));

    @Test
    void theRequestDetailsLogShowsTheHeadersButNotTheToken() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
        WebClient.Builder detailed = WebClient.builder()
            .codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(true));

        try (AtlanClient client = WireMockSupport.builder(wireMock.getPort()).webClientBuilder(detailed).build()) {
            assertThat(client.users().current().username()).isEqualTo("jdoe");
        }

        wireMock.verify(getRequestedFor(urlPathEqualTo("/api/service/users/current"))
            .withHeader("Authorization", equalTo("Bearer " + WireMockSupport.API_KEY)));
        String logged = String.join("\n", this.logs.texts());
        assertThat(logged).as("the details are logged").contains("headers=").contains("X-Atlan-Request-Id");
        assertThat(logged).doesNotContain(WireMockSupport.API_KEY).doesNotContain("Authorization");
    }

}
