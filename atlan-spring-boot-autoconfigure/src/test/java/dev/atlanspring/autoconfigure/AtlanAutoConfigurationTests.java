package dev.atlanspring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClientSettings;
import dev.atlanspring.client.ReactiveAtlanClient;
import dev.atlanspring.client.WireMockSupport;
import dev.atlanspring.client.error.ApiException;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.retry.RetrySettings;
import dev.atlanspring.client.retry.RetryableFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.Retryable;
import org.springframework.util.unit.DataSize;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AtlanAutoConfigurationTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, EmbeddedAtlanAutoConfiguration.class,
                AtlanAutoConfiguration.class));

    private static final String[] TENANT = { "atlan.base-url=https://acme.atlan.com",
            "atlan.api-key=" + WireMockSupport.API_KEY };

    @Test
    void baseUrlAndKeyGiveAnAtlanClientBeanNamedAtlanClient() {
        this.runner.withPropertyValues(TENANT).run((context) -> {
            assertThat(context).hasSingleBean(AtlanClient.class).hasBean("atlanClient");
            AtlanClient client = context.getBean(AtlanClient.class);
            assertThat(client.baseUrl()).hasToString("https://acme.atlan.com");
            assertThat(client.tenant()).isEqualTo("default");
            assertThat(context.getBean(ReactiveAtlanClient.class)).isSameAs(client.reactive());
        });
    }

    @Test
    void everySettingReachesTheClient() {
        this.runner.withPropertyValues(TENANT)
            .withPropertyValues("atlan.connect-timeout=3s", "atlan.read-timeout=45s", "atlan.max-response-size=10MB",
                    "atlan.max-connections=7", "atlan.tag-cache-ttl=2m", "atlan.search.page-size=1000")
            .run((context) -> {
                AtlanClientSettings settings = context.getBean(AtlanClient.class).settings();
                assertThat(settings.tagCacheTtl()).isEqualTo(Duration.ofMinutes(2));
                assertThat(settings.searchPageSize()).isEqualTo(1000);
                assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
                assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(45));
                assertThat(settings.maxResponseSize()).isEqualTo(DataSize.ofMegabytes(10));
                assertThat(settings.maxConnections()).isEqualTo(7);
                assertThat(settings.apiKey().reveal()).isEqualTo(WireMockSupport.API_KEY);
            });
    }

    @Test
    void environmentVariablesBindThroughRelaxedBinding() {
        this.runner.withInitializer((context) -> context.getEnvironment()
            .getPropertySources()
            .addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment",
                    Map.of("ATLAN_BASE_URL", "https://env.atlan.com", "ATLAN_API_KEY", "env-key-123",
                            "ATLAN_READ_TIMEOUT", "7s"))))
            .run((context) -> {
                AtlanClient client = context.getBean(AtlanClient.class);
                assertThat(client.baseUrl()).hasToString("https://env.atlan.com");
                assertThat(client.settings().apiKey().reveal()).isEqualTo("env-key-123");
                assertThat(client.settings().readTimeout()).isEqualTo(Duration.ofSeconds(7));
            });
    }

    @Test
    void missingBaseUrlFailsNamingThePropertyTheVariableAndTheFix() {
        this.runner.withPropertyValues("atlan.api-key=k").run((context) -> {
            FailureAnalysis analysis = analyze(context);
            assertThat(analysis.getDescription()).contains("No base URL is set.")
                .contains("Property: atlan.base-url")
                .contains("Environment variable: ATLAN_BASE_URL");
            assertThat(analysis.getAction()).isEqualTo("Fix atlan.base-url (or the environment variable ATLAN_BASE_URL):"
                    + " set it to your tenant's URL, such as https://acme.atlan.com. To try the starter without a"
                    + " tenant, set atlan.embedded.enabled=true to start the embedded demo Atlan.");
        });
    }

    @Test
    void blankKeyFailsNamingTheKeyProperty() {
        this.runner.withPropertyValues("atlan.base-url=https://acme.atlan.com", "atlan.api-key= ").run((context) -> {
            FailureAnalysis analysis = analyze(context);
            assertThat(analysis.getDescription()).contains("The API key is blank.")
                .contains("Property: atlan.api-key")
                .contains("Environment variable: ATLAN_API_KEY");
        });
    }

    @Test
    void malformedBaseUrlFailsShowingTheValue() {
        this.runner.withPropertyValues("atlan.base-url=acme.atlan.com", "atlan.api-key=k").run((context) -> {
            FailureAnalysis analysis = analyze(context);
            assertThat(analysis.getDescription())
                .contains("The base URL 'acme.atlan.com' is not an absolute http or https URL.")
                .contains("Property: atlan.base-url");
        });
    }

    @Test
    void plainHttpToARemoteHostFailsUnlessAllowed() {
        this.runner.withPropertyValues("atlan.base-url=http://acme.atlan.com", "atlan.api-key=k").run((context) -> {
            FailureAnalysis analysis = analyze(context);
            assertThat(analysis.getDescription()).contains("clear text").contains("Property: atlan.base-url");
            assertThat(analysis.getAction()).contains("atlan.allow-insecure-http=true");
        });
        this.runner
            .withPropertyValues("atlan.base-url=http://acme.atlan.com", "atlan.api-key=k",
                    "atlan.allow-insecure-http=true")
            .run((context) -> assertThat(context).hasSingleBean(AtlanClient.class));
    }

    @Test
    void negativeDurationFailsNamingTheProperty() {
        this.runner.withPropertyValues(TENANT).withPropertyValues("atlan.connect-timeout=-5s").run((context) -> {
            FailureAnalysis analysis = analyze(context);
            assertThat(analysis.getDescription()).contains("The connect timeout must be a positive duration")
                .contains("Property: atlan.connect-timeout")
                .contains("Environment variable: ATLAN_CONNECT_TIMEOUT");
        });
    }

    @Test
    void failureMessagesNeverHoldTheKey() {
        this.runner.withPropertyValues("atlan.base-url=http://acme.atlan.com", "atlan.api-key=" + WireMockSupport.API_KEY)
            .run((context) -> {
                FailureAnalysis analysis = analyze(context);
                assertThat(analysis.getDescription() + analysis.getAction() + context.getStartupFailure())
                    .doesNotContain(WireMockSupport.API_KEY);
            });
    }

    @Test
    void usersOwnClientWins() {
        this.runner.withPropertyValues(TENANT).withUserConfiguration(OwnClient.class).run((context) -> {
            assertThat(context).hasSingleBean(AtlanClient.class);
            assertThat(context.getBean(AtlanClient.class).baseUrl()).hasToString("https://mine.atlan.com");
            assertThat(context.getBean(ReactiveAtlanClient.class).baseUrl()).hasToString("https://mine.atlan.com");
        });
    }

    @Test
    void usersOwnConnectionDetailsWin() {
        this.runner.withUserConfiguration(OwnConnectionDetails.class).run((context) -> {
            assertThat(context.getBean(AtlanClient.class).baseUrl()).hasToString("https://details.atlan.com");
        });
    }

    @Test
    void customizersSeeTheTenantNameAndAdjustTheBuilderAfterTheProperties() {
        this.runner.withPropertyValues(TENANT)
            .withPropertyValues("atlan.read-timeout=45s")
            .withUserConfiguration(Customizers.class)
            .run((context) -> {
                assertThat(context.getBean(Customizers.class).tenants).containsExactly("default");
                assertThat(context.getBean(AtlanClient.class).settings().readTimeout())
                    .isEqualTo(Duration.ofSeconds(9));
            });
    }

    @Test
    void clientIsBuiltFromBootsWebClientBuilderSoItsCustomizersApply() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
        this.runner
            .withPropertyValues("atlan.base-url=http://127.0.0.1:" + wireMock.getPort(),
                    "atlan.api-key=" + WireMockSupport.API_KEY)
            .withBean(WebClientCustomizer.class,
                    () -> (builder) -> builder.defaultHeader("X-Team", "data-platform"))
            .run((context) -> {
                assertThat(context.getBean(AtlanClient.class).users().current().username()).isEqualTo("jdoe");
                wireMock.verify(getRequestedFor(urlPathEqualTo("/api/service/users/current"))
                    .withHeader("X-Team", equalTo("data-platform"))
                    .withHeader("Authorization", equalTo("Bearer " + WireMockSupport.API_KEY)));
            });
    }

    @Test
    void worksWithoutBootsWebClientAutoConfiguration() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AtlanAutoConfiguration.class))
            .withPropertyValues(TENANT)
            .run((context) -> assertThat(context).hasSingleBean(AtlanClient.class));
    }

    @Test
    void closingTheContextClosesTheClient() {
        List<AtlanClient> clients = new ArrayList<>();
        this.runner.withPropertyValues(TENANT).run((context) -> clients.add(context.getBean(AtlanClient.class)));
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
        assertThat(clients).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clients.get(0).users().current())
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("The Atlan client of tenant default is closed; use a client that is open (in Spring, one"
                    + " from a running context).");
    }

    @Test
    void retrySettingsReachTheClient() {
        this.runner.withPropertyValues(TENANT)
            .withPropertyValues("atlan.retry.max-retries=5", "atlan.retry.delay=50ms", "atlan.retry.multiplier=1.5",
                    "atlan.retry.max-delay=3s", "atlan.retry.jitter=0", "atlan.retry.statuses=429,503")
            .run((context) -> assertThat(context.getBean(AtlanClient.class).settings().retry())
                .isEqualTo(new RetrySettings(true, 5, Duration.ofMillis(50), 1.5, Duration.ofSeconds(3), Duration.ZERO,
                        Set.of(429, 503))));
    }

    @Test
    void retryDefaultsAreTheDocumentedOnes() {
        this.runner.withPropertyValues(TENANT)
            .run((context) -> assertThat(context.getBean(AtlanClient.class).settings().retry())
                .isEqualTo(RetrySettings.DEFAULTS));
    }

    @Test
    void badRetrySettingFailsNamingTheProperty() {
        this.runner.withPropertyValues(TENANT).withPropertyValues("atlan.retry.multiplier=0.5").run((context) -> {
            FailureAnalysis analysis = analyze(context);
            assertThat(analysis.getDescription()).contains("The retry multiplier must be 1 or more but is 0.5.")
                .contains("Property: atlan.retry.multiplier")
                .contains("Environment variable: ATLAN_RETRY_MULTIPLIER");
        });
        this.runner.withPropertyValues(TENANT).withPropertyValues("atlan.retry.max-retries=-1").run((context) -> {
            assertThat(analyze(context).getDescription()).contains("Property: atlan.retry.max-retries");
        });
    }

    @Test
    void maxRetriesZeroMakesOneRequest() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(aResponse().withStatus(503)));
        this.runner.withPropertyValues(wireMockTenant()).withPropertyValues("atlan.retry.max-retries=0").run((context) -> {
            assertThatExceptionOfType(ApiException.class)
                .isThrownBy(() -> context.getBean(AtlanClient.class).users().current());
            assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo("/api/service/users/current")))).hasSize(1);
        });
    }

    @Test
    void usersRetryPolicyBeanReplacesTheDefaultAndRetryListenerBeansAreToldOfEachRetry() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(aResponse().withStatus(418)));
        List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        this.runner.withPropertyValues(wireMockTenant())
            .withBean(RetryPolicy.class, () -> RetryPolicy.builder()
                .maxRetries(2)
                .delay(Duration.ofMillis(1))
                .predicate(RetryableFailures.of(Set.of(418)))
                .build())
            .withBean(RetryListener.class, () -> new RetryListener() {
                @Override
                public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
                    told.add(retryable.getName() + " retry " + state.getRetryCount());
                }
            })
            .run((context) -> {
                AtlanException ex = catchThrowableOfType(AtlanException.class,
                        () -> context.getBean(AtlanClient.class).users().current());
                assertThat(ex.getStatus()).isEqualTo(418);
                assertThat(ex.getAttempts()).isEqualTo(3);
                assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo("/api/service/users/current")))).hasSize(3);
                assertThat(told).containsExactly("users.current retry 1", "users.current retry 2");
            });
    }

    private static String[] wireMockTenant() {
        return new String[] { "atlan.base-url=http://127.0.0.1:" + wireMock.getPort(),
                "atlan.api-key=" + WireMockSupport.API_KEY, "atlan.retry.delay=1ms", "atlan.retry.max-delay=20ms",
                "atlan.retry.jitter=0" };
    }

    static FailureAnalysis analyze(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        Throwable failure = context.getStartupFailure();
        FailureAnalysis analysis = new AtlanConfigurationFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("analysis of %s", failure).isNotNull();
        return analysis;
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClient {

        @Bean
        AtlanClient myAtlanClient() {
            return AtlanClient.builder().baseUrl("https://mine.atlan.com").apiKey("mine").build();
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class OwnConnectionDetails {

        @Bean
        AtlanConnectionDetails myConnectionDetails() {
            return new AtlanConnectionDetails() {
                @Override
                public String getBaseUrl() {
                    return "https://details.atlan.com";
                }

                @Override
                public String getApiKey() {
                    return "details-key";
                }
            };
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {

        final List<String> tenants = new ArrayList<>();

        @Bean
        AtlanClientCustomizer shorterReadTimeout() {
            return (tenant, builder) -> {
                this.tenants.add(tenant);
                builder.readTimeout(Duration.ofSeconds(9));
            };
        }

    }

}
