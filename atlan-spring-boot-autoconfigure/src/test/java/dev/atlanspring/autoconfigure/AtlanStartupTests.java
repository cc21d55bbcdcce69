package dev.atlanspring.autoconfigure;

import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClients;
import dev.atlanspring.client.WireMockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the starter does at start-up and what it leaves to the first call. Start-up checks every setting and builds
 * the clients; Boot's {@code WebClient.Builder} (whose connector loads Reactor Netty) and each tenant's pool are
 * left to the tenant's first call, which then still starts from Boot's builder, customizers included.
 */
class AtlanStartupTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, EmbeddedAtlanAutoConfiguration.class,
                AtlanAutoConfiguration.class));

    @Test
    void startingAsksBootForNoWebClientBuilderAndTheFirstCallOfEachTenantDoes() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
        AtomicInteger customized = new AtomicInteger();
        this.runner
            .withPropertyValues("atlan.base-url=http://127.0.0.1:" + wireMock.getPort(),
                    "atlan.api-key=" + WireMockSupport.API_KEY,
                    "atlan.tenants.other.base-url=http://127.0.0.1:" + wireMock.getPort(),
                    "atlan.tenants.other.api-key=" + WireMockSupport.API_KEY)
            .withBean(WebClientCustomizer.class, () -> (builder) -> {
                customized.incrementAndGet();
                builder.defaultHeader("X-Team", "data-platform");
            })
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(AtlanClients.class).asMap()).containsOnlyKeys("default", "other");
                assertThat(customized).as("builders made at start-up").hasValue(0);
                assertThat(context.getBeanFactory().containsSingleton("clientHttpConnector"))
                    .as("Boot's connector made at start-up")
                    .isFalse();

                assertThat(context.getBean(AtlanClient.class).users().current().username()).isEqualTo("jdoe");
                assertThat(context.getBean(AtlanClient.class).users().current().username()).isEqualTo("jdoe");
                assertThat(customized).as("builders made by the default tenant's calls").hasValue(1);
                assertThat(context.getBean(AtlanClients.class).get("other").users().current().username())
                    .isEqualTo("jdoe");
                assertThat(customized).as("builders made once each tenant called").hasValue(2);
                wireMock.verify(3, getRequestedFor(urlPathEqualTo("/api/service/users/current"))
                    .withHeader("X-Team", equalTo("data-platform"))
                    .withHeader("Authorization", equalTo("Bearer " + WireMockSupport.API_KEY)));
            });
    }

    @Test
    void aWrongSettingStillFailsTheStartNotTheFirstCall() {
        AtomicInteger customized = new AtomicInteger();
        this.runner
            .withPropertyValues("atlan.base-url=http://127.0.0.1:" + wireMock.getPort(),
                    "atlan.api-key=" + WireMockSupport.API_KEY, "atlan.proxy.url=ftp://proxy.corp:21")
            .withBean(WebClientCustomizer.class, () -> (builder) -> customized.incrementAndGet())
            .run((context) -> {
                FailureAnalysis analysis = AtlanAutoConfigurationTests.analyze(context);
                assertThat(analysis.getDescription()).contains("The proxy URL has the scheme 'ftp'")
                    .contains("Property: atlan.proxy.url");
                assertThat(customized).hasValue(0);
            });
    }

}
