package dev.atlanspring.autoconfigure;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.WireMockSupport;
import dev.atlanspring.client.observation.AtlanClientObservationConvention;
import dev.atlanspring.client.observation.DefaultAtlanClientObservationConvention;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every tenant's client is observed with the application's {@link ObservationRegistry}, named by an
 * {@link AtlanClientObservationConvention} bean when there is one, and counts retries in the application's
 * {@link MeterRegistry}.
 */
class AtlanObservationAutoConfigurationTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, AtlanAutoConfiguration.class,
                AtlanObservationAutoConfiguration.class))
        .withPropertyValues("atlan.base-url=http://127.0.0.1:" + wireMock.getPort(),
                "atlan.api-key=" + WireMockSupport.API_KEY, "atlan.tenants.emea.base-url=http://127.0.0.1:"
                        + wireMock.getPort(),
                "atlan.tenants.emea.api-key=" + WireMockSupport.API_KEY, "atlan.retry.delay=1ms",
                "atlan.retry.jitter=0");

    @Test
    void everyTenantsCallsAreObservedInTheApplicationsRegistry() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
        this.runner.withUserConfiguration(Registries.class).run((context) -> {
            context.getBean("atlanClient", AtlanClient.class).users().current();
            context.getBean("emeaAtlanClient", AtlanClient.class).users().current();

            TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
                .hasNumberOfObservationsWithNameEqualTo("atlan.client.requests", 2)
                .hasAnObservationWithAKeyValue("atlan.tenant", "default")
                .hasAnObservationWithAKeyValue("atlan.tenant", "emea");
        });
    }

    @Test
    void retriesAreCountedInTheApplicationsMeterRegistry() {
        WireMockSupport.answerGetsInTurn(wireMock, aResponse().withStatus(429), okJson("{\"username\": \"jdoe\"}"));
        this.runner.withUserConfiguration(Registries.class).run((context) -> {
            context.getBean("emeaAtlanClient", AtlanClient.class).users().current();

            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get("atlan.client.retries")
                .tags("atlan.tenant", "emea", "atlan.operation", "users.current", "reason", "429")
                .counter()
                .count()).isEqualTo(1);
        });
    }

    @Test
    void aConventionBeanNamesTheObservation() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
        this.runner.withUserConfiguration(Registries.class, OwnConvention.class).run((context) -> {
            context.getBean(AtlanClient.class).users().current();

            TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
                .hasObservationWithNameEqualTo("catalog.calls");
        });
    }

    @Test
    void withoutRegistriesTheClientsWorkUnobserved() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
        this.runner.run((context) -> {
            assertThat(context).doesNotHaveBean(ObservationRegistry.class);
            assertThat(context.getBean(AtlanClient.class).users().current().username()).isEqualTo("jdoe");
        });
    }

    @Test
    void theApplicationsOwnCustomizerRunsAfterAndMayReplaceTheRegistry() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
        TestObservationRegistry own = TestObservationRegistry.create();
        this.runner.withUserConfiguration(Registries.class)
            .withBean("ownRegistryCustomizer", AtlanClientCustomizer.class,
                    () -> (tenant, builder) -> builder.observationRegistry(own))
            .run((context) -> {
                context.getBean(AtlanClient.class).users().current();

                TestObservationRegistryAssert.assertThat(own)
                    .hasNumberOfObservationsWithNameEqualTo("atlan.client.requests", 1);
                TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
                    .doesNotHaveAnyObservation();
            });
    }

    @Configuration(proxyBeanMethods = false)
    static class Registries {

        @Bean
        TestObservationRegistry observationRegistry() {
            return TestObservationRegistry.create();
        }

        @Bean
        SimpleMeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class OwnConvention {

        @Bean
        AtlanClientObservationConvention catalogConvention() {
            return new DefaultAtlanClientObservationConvention("catalog.calls");
        }

    }

}
