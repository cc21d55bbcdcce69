package dev.atlanspring.autoconfigure;

import dev.atlanspring.client.AtlanClients;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of the health contributor {@code atlan} ({@code management.health.atlan.enabled}): the
 * tenant's {@link AtlanHealthIndicator} when there is one tenant, a composite keyed by tenant name when there are
 * several. It joins no health group: not liveness (an Atlan outage must not restart the application), and
 * readiness only when the application says so.
 */
@AutoConfiguration(after = AtlanAutoConfiguration.class,
        afterName = "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(AtlanClients.class)
@ConditionalOnEnabledHealthIndicator("atlan")
@Import({ AtlanHealthChecksConfiguration.class,
        AtlanHealthContributorAutoConfiguration.AtlanHealthContributorConfiguration.class })
public final class AtlanHealthContributorAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    static class AtlanHealthContributorConfiguration
            extends CompositeHealthContributorConfiguration<AtlanHealthIndicator, AtlanHealthCheck> {

        AtlanHealthContributorConfiguration() {
            super(AtlanHealthIndicator::new);
        }

        @Bean
        @ConditionalOnMissingBean(name = { "atlanHealthIndicator", "atlanHealthContributor" })
        HealthContributor atlanHealthContributor(AtlanHealthChecks checks) {
            return createContributor(checks.asMap());
        }

    }

}
