package dev.atlanspring.autoconfigure;

import dev.atlanspring.client.observation.AtlanClientObservationConvention;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;

/**
 * Auto-configuration of the Atlan clients' observability: every tenant's client observes each logical call as
 * {@code atlan.client.requests} with the application's {@link ObservationRegistry} (so it becomes a timer and,
 * with tracing, a span), named and tagged by an {@link AtlanClientObservationConvention} bean when there is one,
 * and counts its retries as {@code atlan.client.retries} in the application's {@link MeterRegistry}. Both are
 * applied through {@link AtlanClientCustomizer}s that run before the application's own.
 */
@AutoConfiguration(after = AtlanAutoConfiguration.class,
        afterName = { "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(ObservationRegistry.class)
@Import(AtlanObservationAutoConfiguration.RetryMetricsConfiguration.class)
public final class AtlanObservationAutoConfiguration {

    // The observation customizer is declared here rather than in a nested configuration class of its own: every
    // configuration class is parsed, and made a bean, at each start. It is independent of the retry counter's.

    @Bean
    @Order(0)
    @ConditionalOnMissingBean(name = "atlanObservationClientCustomizer")
    AtlanClientCustomizer atlanObservationClientCustomizer(ObjectProvider<ObservationRegistry> observationRegistry,
            ObjectProvider<AtlanClientObservationConvention> observationConvention) {
        return (tenant, builder) -> {
            ObservationRegistry registry = observationRegistry.getIfUnique();
            if (registry != null) {
                builder.observationRegistry(registry);
            }
            AtlanClientObservationConvention convention = observationConvention.getIfUnique();
            if (convention != null) {
                builder.observationConvention(convention);
            }
        };
    }

    /** Only with Micrometer's metrics on the class path, whose {@link MeterRegistry} this names. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class RetryMetricsConfiguration {

        @Bean
        @Order(0)
        @ConditionalOnMissingBean(name = "atlanRetryMetricsClientCustomizer")
        AtlanClientCustomizer atlanRetryMetricsClientCustomizer(ObjectProvider<MeterRegistry> meterRegistry) {
            return (tenant, builder) -> {
                MeterRegistry registry = meterRegistry.getIfUnique();
                if (registry != null) {
                    builder.meterRegistry(registry);
                }
            };
        }

    }

}
