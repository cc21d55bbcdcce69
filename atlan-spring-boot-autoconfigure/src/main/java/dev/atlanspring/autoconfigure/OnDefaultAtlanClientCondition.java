package dev.atlanspring.autoconfigure;

import java.util.Arrays;
import java.util.List;

import dev.atlanspring.client.AtlanClient;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the default client {@code atlanClient} is wanted: the user has no {@link AtlanClient} bean of their
 * own (a bean standing in for one of the {@code atlan.tenants} does not count), and the top-level settings name a
 * tenant, or there are no other tenants, or the user gives {@link AtlanConnectionDetails}.
 */
class OnDefaultAtlanClientCondition extends SpringBootCondition implements ConfigurationCondition {

    @Override
    public ConfigurationPhase getConfigurationPhase() {
        return ConfigurationPhase.REGISTER_BEAN;
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        AtlanTenants tenants = AtlanTenants.of(context.getEnvironment());
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        List<String> own = Arrays.stream(beanFactory.getBeanNamesForType(AtlanClient.class, true, false))
            .filter((name) -> tenants.names().stream().noneMatch((tenant) -> name.equals(
                    AtlanTenantClientsRegistrar.clientBeanName(tenant))))
            .toList();
        if (!own.isEmpty()) {
            return ConditionOutcome.noMatch("the application defines its own AtlanClient " + own);
        }
        if (tenants.hasDefaultClient()) {
            return ConditionOutcome.match("the top-level atlan.* settings configure the default tenant");
        }
        boolean ownDetails = Arrays.stream(beanFactory.getBeanNamesForType(AtlanConnectionDetails.class, true, false))
            .anyMatch((name) -> !"atlanConnectionDetails".equals(name));
        if (ownDetails) {
            return ConditionOutcome.match("the application defines AtlanConnectionDetails");
        }
        return ConditionOutcome.noMatch("only atlan.tenants are configured, with no top-level base URL");
    }

}
