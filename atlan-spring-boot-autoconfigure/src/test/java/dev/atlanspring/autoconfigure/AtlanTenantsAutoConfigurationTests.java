package dev.atlanspring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClients;
import dev.atlanspring.client.ReactiveAtlanClient;
import dev.atlanspring.client.retry.RetrySettings;
import dev.atlanspring.embedded.EmbeddedAtlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AtlanTenantsAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, EmbeddedAtlanAutoConfiguration.class,
                AtlanAutoConfiguration.class));

    private static final String[] THREE_TENANTS = { "atlan.base-url=https://acme.atlan.com", "atlan.api-key=top-key",
            "atlan.tenants.emea.base-url=https://emea.atlan.com", "atlan.tenants.emea.api-key=emea-key",
            "atlan.tenants.apac.base-url=https://apac.atlan.com", "atlan.tenants.apac.api-key=apac-key",
            "atlan.tenants.us-east.base-url=https://us-east.atlan.com", "atlan.tenants.us-east.api-key=us-key" };

    @Test
    void threeTenantsGiveThreeQualifiedBeansBesideThePrimaryDefault() {
        this.runner.withPropertyValues(THREE_TENANTS).withUserConfiguration(QualifiedConsumer.class).run((context) -> {
            assertThat(context).hasBean("atlanClient")
                .hasBean("emeaAtlanClient")
                .hasBean("apacAtlanClient")
                .hasBean("us-eastAtlanClient")
                .hasBean("emeaReactiveAtlanClient");
            assertThat(context.getBeansOfType(AtlanClient.class)).hasSize(4);
            assertThat(context.getBean("emeaAtlanClient", AtlanClient.class).baseUrl())
                .hasToString("https://emea.atlan.com");
            assertThat(context.getBean("us-eastAtlanClient", AtlanClient.class).tenant()).isEqualTo("us-east");
            assertThat(context.getBean(AtlanClient.class).tenant()).as("the primary client").isEqualTo("default");
            assertThat(context.getBean(ReactiveAtlanClient.class).tenant()).isEqualTo("default");
            QualifiedConsumer consumer = context.getBean(QualifiedConsumer.class);
            assertThat(consumer.primary.tenant()).isEqualTo("default");
            assertThat(consumer.byDefaultQualifier.tenant()).isEqualTo("default");
            assertThat(consumer.emea.settings().apiKey().reveal()).isEqualTo("emea-key");
            assertThat(consumer.apac.settings().apiKey().reveal()).isEqualTo("apac-key");
            assertThat(consumer.emeaReactive.baseUrl()).hasToString("https://emea.atlan.com");
            assertThat(consumer.all.names()).containsExactlyInAnyOrder("default", "emea", "apac", "us-east");
            assertThat(consumer.all.getDefault()).isSameAs(consumer.primary);
            assertThat(consumer.all.get("apac")).isSameAs(consumer.apac);
        });
    }

    @Test
    void atlanClientsNamesTheKnownTenantsForAnUnknownOne() {
        this.runner.withPropertyValues(THREE_TENANTS).run((context) -> assertThatIllegalArgumentException()
            .isThrownBy(() -> context.getBean(AtlanClients.class).get("nowhere"))
            .withMessage("There is no Atlan tenant named 'nowhere'; the tenants are: default, emea, apac, us-east."
                    + " Configure it under atlan.tenants.nowhere or use one of those names."));
    }

    @Test
    void aTenantInheritsEveryUnsetSettingFromTheTopLevel() {
        this.runner.withPropertyValues(THREE_TENANTS)
            .withPropertyValues("atlan.connect-timeout=3s", "atlan.read-timeout=45s", "atlan.max-response-size=10MB",
                    "atlan.max-connections=7", "atlan.retry.max-retries=5", "atlan.retry.delay=50ms",
                    "atlan.retry.statuses=429,503", "atlan.tag-cache-ttl=1m", "atlan.search.page-size=500",
                    "atlan.attempt-timeout=50s", "atlan.call-timeout=4m", "atlan.tenants.apac.call-timeout=30s")
            .run((context) -> {
                AtlanClient emea = context.getBean("emeaAtlanClient", AtlanClient.class);
                assertThat(emea.settings().attemptTimeout()).isEqualTo(Duration.ofSeconds(50));
                assertThat(emea.settings().callTimeout()).isEqualTo(Duration.ofMinutes(4));
                AtlanClient apac = context.getBean("apacAtlanClient", AtlanClient.class);
                assertThat(apac.settings().attemptTimeout()).isEqualTo(Duration.ofSeconds(50));
                assertThat(apac.settings().callTimeout()).as("a tenant's own").isEqualTo(Duration.ofSeconds(30));
                assertThat(emea.settings().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
                assertThat(emea.settings().readTimeout()).isEqualTo(Duration.ofSeconds(45));
                assertThat(emea.settings().maxResponseSize()).isEqualTo(DataSize.ofMegabytes(10));
                assertThat(emea.settings().maxConnections()).isEqualTo(7);
                assertThat(emea.settings().retry().maxRetries()).isEqualTo(5);
                assertThat(emea.settings().retry().delay()).isEqualTo(Duration.ofMillis(50));
                assertThat(emea.settings().retry().statuses()).containsExactlyInAnyOrder(429, 503);
                assertThat(emea.settings().tagCacheTtl()).isEqualTo(Duration.ofMinutes(1));
                assertThat(emea.settings().searchPageSize()).isEqualTo(500);
            });
    }

    @Test
    void aTenantOverridesEachSettingGroupWithoutChangingTheOthers() {
        this.runner.withPropertyValues(THREE_TENANTS)
            .withPropertyValues("atlan.read-timeout=45s", "atlan.retry.max-retries=5", "atlan.retry.delay=50ms",
                    "atlan.tenants.emea.read-timeout=5s", "atlan.tenants.emea.max-connections=3",
                    "atlan.tenants.emea.max-response-size=1MB", "atlan.tenants.emea.retry.max-retries=1",
                    "atlan.tenants.emea.retry.statuses=503", "atlan.tenants.apac.retry.enabled=false",
                    "atlan.tenants.emea.search.page-size=50", "atlan.tenants.emea.tag-cache-ttl=30s")
            .run((context) -> {
                AtlanClient emea = context.getBean("emeaAtlanClient", AtlanClient.class);
                assertThat(emea.settings().readTimeout()).isEqualTo(Duration.ofSeconds(5));
                assertThat(emea.settings().maxConnections()).isEqualTo(3);
                assertThat(emea.settings().maxResponseSize()).isEqualTo(DataSize.ofMegabytes(1));
                assertThat(emea.settings().retry().maxRetries()).isEqualTo(1);
                assertThat(emea.settings().retry().delay()).as("inherited within the group")
                    .isEqualTo(Duration.ofMillis(50));
                assertThat(emea.settings().retry().statuses()).containsExactly(503);
                assertThat(emea.settings().searchPageSize()).isEqualTo(50);
                assertThat(emea.settings().tagCacheTtl()).isEqualTo(Duration.ofSeconds(30));
                assertThat(context.getBean("apacAtlanClient", AtlanClient.class).settings().retry().enabled())
                    .isFalse();
                AtlanClient top = context.getBean("atlanClient", AtlanClient.class);
                assertThat(top.settings().readTimeout()).isEqualTo(Duration.ofSeconds(45));
                assertThat(top.settings().retry().maxRetries()).isEqualTo(5);
                assertThat(top.settings().retry().statuses()).isEqualTo(RetrySettings.DEFAULT_STATUSES);
                assertThat(top.settings().maxConnections()).isEqualTo(50);
            });
    }

    @Test
    void aTenantNeverInheritsTheTopLevelKeySoNoKeyIsSentToAnotherTenant() {
        this.runner
            .withPropertyValues("atlan.base-url=https://acme.atlan.com", "atlan.api-key=top-key",
                    "atlan.tenants.emea.base-url=https://emea.atlan.com")
            .run((context) -> {
                FailureAnalysis analysis = AtlanAutoConfigurationTests.analyze(context);
                assertThat(analysis.getDescription()).contains("No API key is set.")
                    .contains("Property: atlan.tenants.emea.api-key")
                    .doesNotContain("top-key");
            });
    }

    @Test
    void aTenantWithoutABaseUrlFailsNamingTheTenant() {
        this.runner
            .withPropertyValues("atlan.base-url=https://acme.atlan.com", "atlan.api-key=top-key",
                    "atlan.tenants.emea.api-key=emea-key")
            .run((context) -> {
                FailureAnalysis analysis = AtlanAutoConfigurationTests.analyze(context);
                assertThat(analysis.getDescription()).contains("No base URL is set.")
                    .contains("Property: atlan.tenants.emea.base-url")
                    .contains("Environment variable: ATLAN_TENANTS_EMEA_BASEURL");
                assertThat(analysis.getAction()).startsWith("Fix atlan.tenants.emea.base-url")
                    .contains("atlan.tenants.emea.embedded.enabled=true");
            });
    }

    @Test
    void aTenantWithADashIsNotSentToAnEnvironmentVariableThatCannotReachIt() {
        this.runner
            .withPropertyValues("atlan.base-url=https://acme.atlan.com", "atlan.api-key=top-key",
                    "atlan.tenants.us-east.api-key=us-east-key")
            .run((context) -> {
                FailureAnalysis analysis = AtlanAutoConfigurationTests.analyze(context);
                assertThat(analysis.getDescription()).contains("Property: atlan.tenants.us-east.base-url")
                    .contains("Environment variable: none: a tenant name with a dash cannot be set from environment"
                            + " variables (ATLAN_TENANTS_USEAST_BASEURL would configure a tenant named 'useast')");
                assertThat(analysis.getAction()).startsWith("Fix atlan.tenants.us-east.base-url (in application.yaml or"
                        + " in SPRING_APPLICATION_JSON, since no environment variable can set it)");
            });
    }

    @Test
    void aBadTenantNameFailsNamingTheTenantAndTheRule() {
        this.runner.withPropertyValues("atlan.tenants[eu.west].base-url=https://eu.atlan.com",
                "atlan.tenants[eu.west].api-key=k")
            .run((context) -> {
                FailureAnalysis analysis = AtlanAutoConfigurationTests.analyze(context);
                assertThat(analysis.getDescription()).contains("The tenant name 'eu.west' is not valid.")
                    .contains("Property: atlan.tenants.eu.west");
                assertThat(analysis.getAction()).contains("letters, digits and dashes");
            });
    }

    @Test
    void theNameDefaultIsReservedForTheTopLevel() {
        this.runner.withPropertyValues("atlan.tenants.default.base-url=https://eu.atlan.com",
                "atlan.tenants.default.api-key=k")
            .run((context) -> assertThat(AtlanAutoConfigurationTests.analyze(context).getDescription())
                .contains("The tenant name 'default' is reserved for the top-level atlan.* settings."));
    }

    @Test
    void defaultTenantMakesThatTenantPrimaryWhenThereIsNoTopLevelBaseUrl() {
        this.runner
            .withPropertyValues("atlan.default-tenant=emea", "atlan.tenants.emea.base-url=https://emea.atlan.com",
                    "atlan.tenants.emea.api-key=emea-key", "atlan.tenants.apac.base-url=https://apac.atlan.com",
                    "atlan.tenants.apac.api-key=apac-key")
            .run((context) -> {
                assertThat(context).doesNotHaveBean("atlanClient");
                assertThat(context.getBean(AtlanClient.class).tenant()).isEqualTo("emea");
                assertThat(context.getBean(ReactiveAtlanClient.class).tenant()).isEqualTo("emea");
                AtlanClients clients = context.getBean(AtlanClients.class);
                assertThat(clients.names()).containsExactly("emea", "apac");
                assertThat(clients.getDefault().tenant()).isEqualTo("emea");
            });
    }

    @Test
    void aSingleTenantWithoutTopLevelSettingsIsPrimary() {
        this.runner
            .withPropertyValues("atlan.tenants.emea.base-url=https://emea.atlan.com",
                    "atlan.tenants.emea.api-key=emea-key")
            .run((context) -> assertThat(context.getBean(AtlanClient.class).tenant()).isEqualTo("emea"));
    }

    @Test
    void severalTenantsWithoutADefaultAreReachedByQualifierOrByName() {
        this.runner
            .withPropertyValues("atlan.tenants.emea.base-url=https://emea.atlan.com",
                    "atlan.tenants.emea.api-key=emea-key", "atlan.tenants.apac.base-url=https://apac.atlan.com",
                    "atlan.tenants.apac.api-key=apac-key")
            .run((context) -> {
                assertThat(context).hasNotFailed().doesNotHaveBean("atlanClient");
                org.assertj.core.api.Assertions.assertThatExceptionOfType(NoUniqueBeanDefinitionException.class)
                    .isThrownBy(() -> context.getBean(AtlanClient.class));
                AtlanClients clients = context.getBean(AtlanClients.class);
                assertThat(clients.get("apac").baseUrl()).hasToString("https://apac.atlan.com");
                assertThatIllegalStateException().isThrownBy(clients::getDefault)
                    .withMessage("No Atlan tenant is the default; the tenants are: emea, apac. Name one with"
                            + " atlan.default-tenant, or use get(name).");
            });
    }

    @Test
    void anUnknownDefaultTenantFailsListingTheConfiguredOnes() {
        this.runner
            .withPropertyValues("atlan.default-tenant=emae", "atlan.tenants.emea.base-url=https://emea.atlan.com",
                    "atlan.tenants.emea.api-key=emea-key")
            .run((context) -> {
                FailureAnalysis analysis = AtlanAutoConfigurationTests.analyze(context);
                assertThat(analysis.getDescription())
                    .contains("The default tenant 'emae' is not among atlan.tenants (configured: emea).")
                    .contains("Property: atlan.default-tenant")
                    .contains("Environment variable: ATLAN_DEFAULT_TENANT");
            });
    }

    @Test
    void aDefaultTenantBesideATopLevelBaseUrlFailsSayingToChooseOne() {
        this.runner.withPropertyValues(THREE_TENANTS)
            .withPropertyValues("atlan.default-tenant=emea")
            .run((context) -> assertThat(AtlanAutoConfigurationTests.analyze(context).getAction())
                .contains("remove atlan.default-tenant, or move the top-level tenant under atlan.tenants"));
    }

    @Test
    void usersOwnBeanForATenantWinsAndTheOthersStay() {
        this.runner.withPropertyValues(THREE_TENANTS).withUserConfiguration(OwnEmeaClient.class).run((context) -> {
            assertThat(context.getBean("emeaAtlanClient", AtlanClient.class).baseUrl())
                .hasToString("https://mine.emea.atlan.com");
            assertThat(context.getBean("emeaReactiveAtlanClient", ReactiveAtlanClient.class).baseUrl())
                .hasToString("https://mine.emea.atlan.com");
            assertThat(context).hasBean("atlanClient").hasBean("apacAtlanClient");
            assertThat(context.getBean(AtlanClient.class).tenant()).isEqualTo("default");
            assertThat(context.getBean(AtlanClients.class).get("emea").baseUrl())
                .hasToString("https://mine.emea.atlan.com");
        });
    }

    @Test
    void customizersReceiveEachTenantsName() {
        this.runner.withPropertyValues(THREE_TENANTS).withUserConfiguration(EmeaOnlyCustomizer.class).run((context) -> {
            assertThat(context.getBean(EmeaOnlyCustomizer.class).tenants)
                .containsExactlyInAnyOrder("default", "emea", "apac", "us-east");
            assertThat(context.getBean("emeaAtlanClient", AtlanClient.class).settings().readTimeout())
                .isEqualTo(Duration.ofSeconds(9));
            assertThat(context.getBean("apacAtlanClient", AtlanClient.class).settings().readTimeout())
                .isEqualTo(Duration.ofSeconds(120));
        });
    }

    @Test
    void tenantsBindFromEnvironmentVariables() {
        this.runner.withInitializer((context) -> context.getEnvironment()
            .getPropertySources()
            .addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment",
                    Map.of("ATLAN_TENANTS_EMEA_BASEURL", "https://emea.atlan.com", "ATLAN_TENANTS_EMEA_APIKEY",
                            "emea-env-key", "ATLAN_TENANTS_EMEA_READTIMEOUT", "8s", "ATLAN_DEFAULT_TENANT",
                            "emea"))))
            .run((context) -> {
                AtlanClient emea = context.getBean(AtlanClient.class);
                assertThat(emea.tenant()).isEqualTo("emea");
                assertThat(emea.baseUrl()).hasToString("https://emea.atlan.com");
                assertThat(emea.settings().apiKey().reveal()).isEqualTo("emea-env-key");
                assertThat(emea.settings().readTimeout()).isEqualTo(Duration.ofSeconds(8));
            });
    }

    @Test
    void tenantsCanRunOnTheirOwnEmbeddedDemoAtlansBesideNoTopLevelOne() {
        this.runner
            .withPropertyValues("atlan.default-tenant=emea", "atlan.tenants.emea.embedded.enabled=true",
                    "atlan.tenants.apac.embedded.enabled=true")
            .run((context) -> {
                assertThat(context).hasNotFailed().doesNotHaveBean("atlanClient");
                assertThat(context.getBean("emeaAtlanClient", AtlanClient.class).baseUrl())
                    .hasToString(context.getBean("emeaEmbeddedAtlan", EmbeddedAtlan.class).baseUrl());
                assertThat(context.getBean("apacAtlanClient", AtlanClient.class).users().current().username())
                    .isNotBlank();
            });
    }

    @Test
    void aTenantCanRunOnItsOwnEmbeddedDemoAtlan() {
        this.runner
            .withPropertyValues("atlan.embedded.enabled=true", "atlan.tenants.emea.embedded.enabled=true")
            .run((context) -> {
                EmbeddedAtlan top = context.getBean("embeddedAtlan", EmbeddedAtlan.class);
                EmbeddedAtlan emea = context.getBean("emeaEmbeddedAtlan", EmbeddedAtlan.class);
                assertThat(emea.port()).isNotEqualTo(top.port());
                AtlanClient emeaClient = context.getBean("emeaAtlanClient", AtlanClient.class);
                assertThat(emeaClient.baseUrl()).hasToString(emea.baseUrl());
                assertThat(emeaClient.users().current().username()).isNotBlank();
                assertThat(context.getBean(AtlanClient.class).baseUrl()).hasToString(top.baseUrl());
            });
    }

    @Test
    void closingTheContextClosesEveryTenantsClient() {
        List<AtlanClient> clients = new ArrayList<>();
        this.runner.withPropertyValues(THREE_TENANTS)
            .run((context) -> clients.addAll(context.getBean(AtlanClients.class).asMap().values()));
        assertThat(clients).hasSize(4).allSatisfy((client) -> assertThatIllegalStateException()
            .isThrownBy(() -> client.users().current())
            .withMessageContaining("is closed"));
    }

    @Configuration(proxyBeanMethods = false)
    static class QualifiedConsumer {

        final AtlanClient primary;

        final AtlanClient byDefaultQualifier;

        final AtlanClient emea;

        final AtlanClient apac;

        final ReactiveAtlanClient emeaReactive;

        final AtlanClients all;

        QualifiedConsumer(AtlanClient primary, @Qualifier("default") AtlanClient byDefaultQualifier,
                @Qualifier("emea") AtlanClient emea, @Qualifier("apac") AtlanClient apac,
                @Qualifier("emea") ReactiveAtlanClient emeaReactive, AtlanClients all) {
            this.primary = primary;
            this.byDefaultQualifier = byDefaultQualifier;
            this.emea = emea;
            this.apac = apac;
            this.emeaReactive = emeaReactive;
            this.all = all;
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class OwnEmeaClient {

        @Bean
        @Qualifier("emea")
        AtlanClient emeaAtlanClient() {
            return AtlanClient.builder().tenant("emea").baseUrl("https://mine.emea.atlan.com").apiKey("mine").build();
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class EmeaOnlyCustomizer {

        final List<String> tenants = new ArrayList<>();

        @Bean
        AtlanClientCustomizer emeaReadTimeout() {
            return (tenant, builder) -> {
                this.tenants.add(tenant);
                if (tenant.equals("emea")) {
                    builder.readTimeout(Duration.ofSeconds(9));
                }
            };
        }

    }

}
