package dev.atlanspring.autoconfigure;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.ratelimit.EndpointFamily;
import dev.atlanspring.client.ratelimit.RateLimitSettings;
import dev.atlanspring.embedded.EmbeddedAtlan;
import dev.atlanspring.embedded.RateLimits;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code atlan.rate-limit.*}: Atlan's nginx limits by default, set at the top level and inherited by every tenant,
 * overridden per tenant, checked at start-up; and {@code atlan.embedded.rate-limited}, which makes the embedded demo
 * Atlan enforce those limits.
 */
class AtlanRateLimitConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, EmbeddedAtlanAutoConfiguration.class,
                AtlanAutoConfiguration.class))
        .withPropertyValues("atlan.base-url=https://acme.atlan.com", "atlan.api-key=top-key",
                "atlan.tenants.emea.base-url=https://emea.atlan.com", "atlan.tenants.emea.api-key=emea-key",
                "atlan.tenants.apac.base-url=https://apac.atlan.com", "atlan.tenants.apac.api-key=apac-key");

    @Test
    void withoutSettingsEveryTenantIsPacedToAtlansOwnLimits() {
        this.runner.run((context) -> {
            assertThat(context.getBean(AtlanClient.class).settings().rateLimit()).isEqualTo(RateLimitSettings.DEFAULTS);
            assertThat(context.getBean("emeaAtlanClient", AtlanClient.class).settings().rateLimit())
                .isEqualTo(RateLimitSettings.DEFAULTS);
        });
    }

    @Test
    void topLevelRatesAreInheritedAndATenantOverridesItsOwn() {
        this.runner
            .withPropertyValues("atlan.rate-limit.bulk.requests-per-minute=200", "atlan.rate-limit.bulk.burst=10",
                    "atlan.tenants.emea.rate-limit.index-search.requests-per-minute=100",
                    "atlan.tenants.apac.rate-limit.enabled=false")
            .run((context) -> {
                RateLimitSettings top = context.getBean(AtlanClient.class).settings().rateLimit();
                assertThat(top.limit(EndpointFamily.BULK)).isEqualTo(new RateLimitSettings.Limit(200, 10));
                assertThat(top.limit(EndpointFamily.INDEX_SEARCH)).isEqualTo(new RateLimitSettings.Limit(500, 100));
                RateLimitSettings emea = context.getBean("emeaAtlanClient", AtlanClient.class).settings().rateLimit();
                assertThat(emea.enabled()).isTrue();
                assertThat(emea.limit(EndpointFamily.BULK)).isEqualTo(new RateLimitSettings.Limit(200, 10));
                assertThat(emea.limit(EndpointFamily.INDEX_SEARCH)).isEqualTo(new RateLimitSettings.Limit(100, 100));
                assertThat(context.getBean("apacAtlanClient", AtlanClient.class).settings().rateLimit().enabled())
                    .isFalse();
            });
    }

    @Test
    void aRateOfZeroFailsTheStartNamingTheTenantsProperty() {
        this.runner.withPropertyValues("atlan.tenants.emea.rate-limit.bulk.requests-per-minute=0").run((context) -> {
            FailureAnalysis analysis = AtlanAutoConfigurationTests.analyze(context);
            assertThat(analysis.getDescription()).contains("must be above 0 but is 0.0")
                .contains("Property: atlan.tenants.emea.rate-limit.bulk.requests-per-minute");
        });
    }

    @Test
    void aNegativeBurstFailsTheStartNamingTheProperty() {
        this.runner.withPropertyValues("atlan.rate-limit.other.burst=-1").run((context) -> {
            FailureAnalysis analysis = AtlanAutoConfigurationTests.analyze(context);
            assertThat(analysis.getDescription()).contains("must be 0 or more but is -1")
                .contains("Property: atlan.rate-limit.other.burst");
        });
    }

    @Test
    void theEmbeddedAtlanEnforcesAtlansLimitsOnlyWhenAsked() {
        ApplicationContextRunner embedded = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class,
                    EmbeddedAtlanAutoConfiguration.class, AtlanAutoConfiguration.class))
            .withPropertyValues("atlan.embedded.enabled=true", "spring.reactor.netty.shutdown-quiet-period=0s");
        embedded.run((context) -> {
            assertThat(context.getBean(EmbeddedAtlan.class).rateLimits()).isEmpty();
            // Nothing to pace for: the client does not slow the application (or its tests) down.
            assertThat(context.getBean(AtlanClient.class).settings().rateLimit().enabled()).isFalse();
        });
        embedded.withPropertyValues("atlan.embedded.rate-limited=true").run((context) -> {
            assertThat(context.getBean(EmbeddedAtlan.class).rateLimits()).isPresent();
            assertThat(context.getBean(AtlanClient.class).settings().rateLimit().enabled()).isTrue();
            assertThat(context.getBean(EmbeddedAtlan.class).rateLimits().get().limit(RateLimits.Family.BULK))
                .isEqualTo(RateLimits.Limit.perMinute(1000, 100));
        });
    }

}
