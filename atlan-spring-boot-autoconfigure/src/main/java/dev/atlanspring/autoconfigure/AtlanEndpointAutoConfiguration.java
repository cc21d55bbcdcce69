package dev.atlanspring.autoconfigure;

import dev.atlanspring.client.AtlanClients;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of the actuator endpoint {@code atlan} ({@code /actuator/atlan}) when it is available
 * (enabled and exposed, such as with {@code management.endpoints.web.exposure.include=health,atlan}).
 */
@AutoConfiguration(after = { AtlanAutoConfiguration.class, AtlanHealthContributorAutoConfiguration.class })
@ConditionalOnClass(
        name = "org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint")
@ConditionalOnBean(AtlanClients.class)
@ConditionalOnAvailableEndpoint(AtlanEndpoint.class)
@Import({ AtlanHealthChecksConfiguration.class, AtlanEndpointAutoConfiguration.EndpointConfiguration.class })
public final class AtlanEndpointAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    static class EndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean
        AtlanEndpoint atlanEndpoint(AtlanClients clients, AtlanHealthChecks healthChecks) {
            return new AtlanEndpoint(clients, healthChecks);
        }

    }

}
