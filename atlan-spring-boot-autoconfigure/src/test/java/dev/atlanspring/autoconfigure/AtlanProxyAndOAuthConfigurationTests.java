package dev.atlanspring.autoconfigure;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClientSettings;
import dev.atlanspring.client.OAuthClientCredentials;
import dev.atlanspring.client.Secret;
import dev.atlanspring.client.WireMockSupport;
import dev.atlanspring.client.proxy.TestHttpProxy;
import dev.atlanspring.embedded.DemoCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code atlan.proxy.*} and {@code atlan.oauth.*} properties: they reach the client, beat the environment, are
 * inherited by tenants or not, and fail at start-up naming the property. The proxy environment is injected with a
 * customizer, never taken from the JVM.
 */
class AtlanProxyAndOAuthConfigurationTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    private static final String PASSWORD = "proxy-pass-4e7a19";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, EmbeddedAtlanAutoConfiguration.class,
                AtlanAutoConfiguration.class));

    @BeforeEach
    void answerTheCurrentUser() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
    }

    @Test
    void callsGoThroughTheProxyOfTheProperties() {
        try (TestHttpProxy proxy = TestHttpProxy.withCredentials("jdoe", PASSWORD)) {
            this.runner.withPropertyValues(wireMockTenant())
                .withPropertyValues("atlan.proxy.url=http://jdoe:" + PASSWORD + "@127.0.0.1:" + proxy.port(),
                        "atlan.proxy.non-proxy-hosts=localhost,.corp.example.com")
                .run((context) -> {
                    AtlanClient client = context.getBean(AtlanClient.class);
                    assertThat(client.users().current().username()).isEqualTo("jdoe");
                    assertThat(proxy.tunnels()).containsExactly("CONNECT 127.0.0.1:" + wireMock.getPort());
                    assertThat(client.settings().nonProxyHosts().entries())
                        .containsExactly("localhost", ".corp.example.com");
                    assertThat(client.settings().toString()).doesNotContain(PASSWORD);
                });
        }
    }

    @Test
    void theProxyEnvironmentVariablesApplyWhenNoProxyIsSet() {
        try (TestHttpProxy proxy = TestHttpProxy.open()) {
            this.runner.withPropertyValues(wireMockTenant())
                .withBean(AtlanClientCustomizer.class, () -> environment("HTTP_PROXY", proxyUrl(proxy)))
                .run((context) -> {
                    assertThat(context.getBean(AtlanClient.class).users().current().username()).isEqualTo("jdoe");
                    assertThat(proxy.tunnels()).hasSize(1);
                });
        }
    }

    @Test
    void theProxyPropertiesBeatTheEnvironment() {
        try (TestHttpProxy configured = TestHttpProxy.open(); TestHttpProxy fromEnvironment = TestHttpProxy.open()) {
            this.runner.withPropertyValues(wireMockTenant())
                .withPropertyValues("atlan.proxy.url=" + proxyUrl(configured))
                .withBean(AtlanClientCustomizer.class, () -> environment("HTTP_PROXY", proxyUrl(fromEnvironment)))
                .run((context) -> {
                    assertThat(context.getBean(AtlanClient.class).users().current().username()).isEqualTo("jdoe");
                    assertThat(configured.tunnels()).hasSize(1);
                    assertThat(fromEnvironment.tunnels()).isEmpty();
                });
        }
    }

    @Test
    void theEnvironmentIsIgnoredWhenUseEnvironmentIsFalse() {
        try (TestHttpProxy proxy = TestHttpProxy.open()) {
            this.runner.withPropertyValues(wireMockTenant())
                .withPropertyValues("atlan.proxy.use-environment=false")
                .withBean(AtlanClientCustomizer.class, () -> environment("HTTP_PROXY", proxyUrl(proxy)))
                .run((context) -> {
                    assertThat(context.getBean(AtlanClient.class).users().current().username()).isEqualTo("jdoe");
                    assertThat(proxy.tunnels()).isEmpty();
                });
        }
    }

    @Test
    void aMalformedProxyUrlFailsAtStartUpNamingThePropertyWithoutThePassword() {
        this.runner.withPropertyValues(wireMockTenant())
            .withPropertyValues("atlan.proxy.url=ftp://jdoe:" + PASSWORD + "@proxy.corp:3128")
            .run((context) -> {
                FailureAnalysis analysis = AtlanAutoConfigurationTests.analyze(context);
                assertThat(analysis.getDescription())
                    .contains("The proxy URL has the scheme 'ftp', which is not http, socks5 or socks5h.")
                    .contains("Property: atlan.proxy.url")
                    .contains("Environment variable: ATLAN_PROXY_URL");
                assertThat(analysis.getAction()).contains("socks5://host:port");
                assertThat(analysis.getDescription() + analysis.getAction() + context.getStartupFailure())
                    .doesNotContain(PASSWORD);
            });
    }

    @Test
    void theEmbeddedDemoAtlanIsReachedDirectlyWhateverTheProxy() {
        this.runner
            .withPropertyValues("atlan.embedded.enabled=true",
                    "atlan.proxy.url=http://127.0.0.1:" + WireMockSupport.closedPort())
            .run((context) -> {
                AtlanClient client = context.getBean(AtlanClient.class);
                assertThat(client.settings().proxy()).isNull();
                assertThat(client.users().current().username()).isEqualTo(DemoCatalog.DEMO_USERNAME);
            });
    }

    @Test
    void oauthEnvironmentVariablesBindThroughRelaxedBinding() {
        this.runner.withInitializer((context) -> context.getEnvironment()
            .getPropertySources()
            .addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment",
                    Map.of("ATLAN_BASE_URL", "https://env.atlan.com", "ATLAN_OAUTH_CLIENT_ID", "etl-jobs",
                            "ATLAN_OAUTH_CLIENT_SECRET", "env-oauth-secret"))))
            .run((context) -> {
                AtlanClientSettings settings = context.getBean(AtlanClient.class).settings();
                assertThat(settings.oauth())
                    .isEqualTo(new OAuthClientCredentials("etl-jobs", Secret.of("env-oauth-secret")));
                assertThat(settings.apiKey()).isNull();
            });
    }

    @Test
    void anApiKeyAndOAuthCredentialsTogetherFailAtStartUpSayingToChooseOne() {
        this.runner
            .withPropertyValues("atlan.base-url=https://acme.atlan.com", "atlan.api-key=k3y-123",
                    "atlan.oauth.client-id=etl-jobs", "atlan.oauth.client-secret=oauth-secret-123")
            .run((context) -> {
                FailureAnalysis analysis = AtlanAutoConfigurationTests.analyze(context);
                assertThat(analysis.getDescription())
                    .contains("Both an API key and OAuth client credentials are set.");
                assertThat(analysis.getAction()).contains("choose one: remove the API key (atlan.api-key) or the"
                        + " OAuth client credentials");
                assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("oauth-secret-123");
            });
    }

    @Test
    void aTenantInheritsTheProxyButNotTheOAuthCredentials() {
        this.runner
            .withPropertyValues("atlan.base-url=https://acme.atlan.com", "atlan.oauth.client-id=etl-jobs",
                    "atlan.oauth.client-secret=oauth-secret-123", "atlan.proxy.url=http://proxy.corp:3128",
                    "atlan.tenants.emea.base-url=https://emea.atlan.com", "atlan.tenants.emea.api-key=emea-key")
            .run((context) -> {
                AtlanClientSettings emea = context.getBean("emeaAtlanClient", AtlanClient.class).settings();
                assertThat(emea.proxy().url()).isEqualTo("http://proxy.corp:3128");
                assertThat(emea.oauth()).isNull();
                assertThat(emea.apiKey().reveal()).isEqualTo("emea-key");
                assertThat(context.getBean("atlanClient", AtlanClient.class).settings().oauth().clientId())
                    .isEqualTo("etl-jobs");
            });
    }

    private static AtlanClientCustomizer environment(String name, String value) {
        return (tenant, builder) -> builder.proxyEnvironment(Map.of(name, value)::get);
    }

    private static String proxyUrl(TestHttpProxy proxy) {
        return "http://127.0.0.1:" + proxy.port();
    }

    private static String[] wireMockTenant() {
        return new String[] { "atlan.base-url=http://127.0.0.1:" + wireMock.getPort(),
                "atlan.api-key=" + WireMockSupport.API_KEY };
    }

}
