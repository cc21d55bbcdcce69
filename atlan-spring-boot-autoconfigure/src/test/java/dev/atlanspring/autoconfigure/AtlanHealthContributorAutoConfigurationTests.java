package dev.atlanspring.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.atlanspring.client.WireMockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code atlan} health contributor: one indicator per tenant, a composite by tenant name for several; UP with
 * who the key acts as, DOWN with the exception and its one-line message; one request without retries, bounded by
 * the timeout, and at most one per cache TTL.
 */
class AtlanHealthContributorAutoConfigurationTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    private static final String CURRENT_USER = "/api/service/users/current";

    private static final String OTHER_KEY = "emea-key-0b8e7d3f5a9c4e21";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, AtlanAutoConfiguration.class,
                AtlanHealthContributorAutoConfiguration.class))
        .withPropertyValues("atlan.base-url=" + wireMockUrl(), "atlan.api-key=" + WireMockSupport.API_KEY,
                "atlan.retry.delay=1ms", "atlan.retry.max-delay=10ms", "atlan.retry.jitter=0");

    private static String wireMockUrl() {
        return "http://127.0.0.1:" + wireMock.getPort();
    }

    private static void currentUserIs(String username) {
        wireMock.stubFor(get(CURRENT_USER).willReturn(okJson("{\"username\": \"" + username + "\"}")));
    }

    private static HealthContributor contributor(AssertableApplicationContext context) {
        return context.getBean("atlanHealthContributor", HealthContributor.class);
    }

    private static Health health(AssertableApplicationContext context) {
        return ((HealthIndicator) contributor(context)).health();
    }

    private static int requests() {
        return wireMock.findAll(anyRequestedFor(anyUrl())).size();
    }

    @Test
    void oneTenantIsOneIndicatorUpWithTenantBaseUrlUserAndLatency() {
        currentUserIs("jdoe");
        this.runner.run((context) -> {
            assertThat(contributor(context)).isInstanceOf(AtlanHealthIndicator.class);
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("tenant", "default")
                .containsEntry("baseUrl", wireMockUrl())
                .containsEntry("user", "jdoe")
                .containsKeys("latency", "checkedAt")
                .doesNotContainKeys("exception", "message");
            assertThat(health.getDetails().get("latency").toString()).matches("\\d+ms");
        });
    }

    @Test
    void severalTenantsAreACompositeKeyedByTenantName() {
        currentUserIs("jdoe");
        this.runner.withPropertyValues("atlan.tenants.emea.base-url=" + wireMockUrl(),
                "atlan.tenants.emea.api-key=" + OTHER_KEY, "atlan.tenants.apac.base-url=" + wireMockUrl(),
                "atlan.tenants.apac.api-key=" + OTHER_KEY)
            .run((context) -> {
                CompositeHealthContributor composite = (CompositeHealthContributor) contributor(context);
                assertThat(composite.stream().map(CompositeHealthContributor.Entry::name))
                    .containsExactlyInAnyOrder("default", "emea", "apac");
                Health emea = ((HealthIndicator) composite.getContributor("emea")).health();
                assertThat(emea.getStatus()).isEqualTo(Status.UP);
                assertThat(emea.getDetails()).containsEntry("tenant", "emea");
            });
    }

    @Test
    void aRejectedKeyIsDownWithTheExceptionAndItsOneLineMessageButNotTheKey() {
        wireMock.stubFor(get(CURRENT_USER).willReturn(aResponse().withStatus(401)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"errorMessage\": \"Token " + WireMockSupport.API_KEY + " is expired\"}")));
        this.runner.run((context) -> {
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("tenant", "default")
                .containsEntry("exception", "AuthenticationException");
            assertThat(health.getDetails().get("message")).asString()
                .startsWith("Token ****** is expired (HTTP 401, GET /api/service/users/current, tenant default")
                .contains("Check that the API key is valid")
                .doesNotContain("\n")
                .doesNotContain(WireMockSupport.API_KEY);
            assertThat(health.toString()).doesNotContain(WireMockSupport.API_KEY);
        });
    }

    @Test
    void aRefusedConnectionIsDownAfterOneAttempt() {
        this.runner.withPropertyValues("atlan.base-url=http://127.0.0.1:" + WireMockSupport.closedPort())
            .run((context) -> {
                Health health = health(context);
                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsEntry("exception", "ApiConnectionException");
                assertThat(health.getDetails().get("message")).asString()
                    .startsWith("Could not connect to 127.0.0.1:")
                    .doesNotContain(", 2 attempts");
            });
    }

    @Test
    void noAnswerWithinTheTimeoutIsDownSayingSo() {
        wireMock.stubFor(get(CURRENT_USER).willReturn(okJson("{\"username\": \"late\"}").withFixedDelay(2_000)));
        this.runner.withPropertyValues("atlan.health.timeout=300ms").run((context) -> {
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("exception", "ApiConnectionException");
            assertThat(health.getDetails().get("message")).asString()
                .startsWith("Timed out waiting for 127.0.0.1:" + wireMock.getPort() + ": no answer within 300 ms");
            assertThat(requests()).isEqualTo(1);
        });
    }

    @Test
    void aServerErrorIsDownAndNotRetried() {
        wireMock.stubFor(get(CURRENT_USER).willReturn(aResponse().withStatus(503)));
        this.runner.run((context) -> {
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("exception", "ApiException");
            assertThat(requests()).isEqualTo(1);
        });
    }

    @Test
    void probesWithinTheCacheTtlCostOneRequestEvenWhenConcurrent() {
        currentUserIs("jdoe");
        this.runner.run((context) -> {
            HealthIndicator indicator = (HealthIndicator) contributor(context);
            List<CompletableFuture<Health>> probes = IntStream.range(0, 8)
                .mapToObj((i) -> CompletableFuture.supplyAsync(indicator::health))
                .toList();
            probes.forEach(CompletableFuture::join);
            Health later = indicator.health();

            assertThat(probes).allSatisfy((probe) -> assertThat(probe.join()).isEqualTo(later));
            assertThat(requests()).isEqualTo(1);
        });
    }

    @Test
    void aCacheTtlOfZeroChecksOnEveryProbe() {
        currentUserIs("jdoe");
        this.runner.withPropertyValues("atlan.health.cache-ttl=0").run((context) -> {
            health(context);
            health(context);
            assertThat(requests()).isEqualTo(2);
        });
    }

    @Test
    void aTenantInheritsTheHealthSettingsAndMayOverrideThem() {
        this.runner
            .withPropertyValues("atlan.health.timeout=2s", "atlan.health.cache-ttl=1m",
                    "atlan.tenants.emea.base-url=" + wireMockUrl(), "atlan.tenants.emea.api-key=" + OTHER_KEY,
                    "atlan.tenants.emea.health.timeout=300ms")
            .run((context) -> {
                Map<String, AtlanHealthCheck> checks = context.getBean(AtlanHealthChecks.class).asMap();
                assertThat(checks.get("default").timeout()).isEqualTo(Duration.ofSeconds(2));
                assertThat(checks.get("emea").timeout()).isEqualTo(Duration.ofMillis(300));
                assertThat(checks.get("emea").cacheTtl()).isEqualTo(Duration.ofMinutes(1));
            });
    }

    @Test
    void defaultsAreFiveSecondsAndThirtySeconds() {
        this.runner.run((context) -> {
            AtlanHealthCheck check = context.getBean(AtlanHealthChecks.class).find("default").orElseThrow();
            assertThat(check.timeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(check.cacheTtl()).isEqualTo(Duration.ofSeconds(30));
        });
    }

    @Test
    void aZeroTimeoutFailsAtStartUpNamingTheProperty() {
        this.runner.withPropertyValues("atlan.health.timeout=0s").run((context) -> {
            assertThat(AtlanAutoConfigurationTests.analyze(context).getDescription())
                .contains("The health check timeout must be positive")
                .contains("Property: atlan.health.timeout")
                .contains("Environment variable: ATLAN_HEALTH_TIMEOUT");
        });
    }

    @Test
    void managementHealthAtlanEnabledFalseRemovesTheContributor() {
        this.runner.withPropertyValues("management.health.atlan.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean("atlanHealthContributor"));
    }

    @Test
    void withoutAtlanClientsThereIsNoContributor() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AtlanHealthContributorAutoConfiguration.class))
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("atlanHealthContributor"));
    }

    @Test
    void theKeyOfEachTenantIsTheOneItSends() {
        currentUserIs("jdoe");
        wireMock.stubFor(get(CURRENT_USER).withHeader("Authorization", equalTo("Bearer " + OTHER_KEY))
            .willReturn(okJson("{\"username\": \"emea-bot\"}")));
        this.runner.withPropertyValues("atlan.tenants.emea.base-url=" + wireMockUrl(),
                "atlan.tenants.emea.api-key=" + OTHER_KEY)
            .run((context) -> {
                CompositeHealthContributor composite = (CompositeHealthContributor) contributor(context);
                assertThat(((HealthIndicator) composite.getContributor("emea")).health().getDetails())
                    .containsEntry("user", "emea-bot");
            });
    }

}
