package dev.atlanspring.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClients;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The tenants' health checks, shared by the health contributor and the endpoint (each auto-configuration imports
 * this class; Spring registers it once). Each tenant's timeout and cache TTL are its own {@code health.*} settings,
 * inherited from {@code atlan.health.*}.
 */
@Configuration(proxyBeanMethods = false)
class AtlanHealthChecksConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AtlanHealthChecks atlanHealthChecks(AtlanClients clients, ObjectProvider<AtlanProperties> properties,
            Environment environment) {
        AtlanProperties topLevel = properties.getIfAvailable(AtlanProperties::new);
        AtlanTenants tenants = AtlanTenants.of(environment);
        Map<String, AtlanHealthCheck> checks = new LinkedHashMap<>();
        for (Map.Entry<String, AtlanClient> entry : clients.asMap().entrySet()) {
            String tenant = entry.getKey();
            boolean configured = tenants.names().contains(tenant);
            AtlanClientProperties.Health health = configured ? tenants.settings(tenant).getHealth()
                    : topLevel.getHealth();
            String prefix = (configured ? AtlanTenants.prefix(tenant) : AtlanTenants.PREFIX) + ".health";
            checks.put(tenant, new AtlanHealthCheck(entry.getValue().reactive(),
                    positive(prefix + ".timeout", health.getTimeout()),
                    notNegative(prefix + ".cache-ttl", health.getCacheTtl())));
        }
        return new AtlanHealthChecks(checks);
    }

    private static Duration positive(String property, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw invalid(property, "The health check timeout must be positive but is " + value + ".",
                    "Set it to a duration such as 5s.");
        }
        return value;
    }

    private static Duration notNegative(String property, Duration value) {
        if (value == null || value.isNegative()) {
            throw invalid(property, "The health check cache TTL must be 0 or more but is " + value + ".",
                    "Set it to a duration such as 30s, or 0 to check on every probe.");
        }
        return value;
    }

    private static AtlanConfigurationException invalid(String property, String problem, String fix) {
        return new AtlanConfigurationException(property, AtlanConfigurationException.environmentVariable(property),
                problem, fix, null);
    }

}
