package dev.atlanspring.autoconfigure;

import dev.atlanspring.embedded.EmbeddedAtlan;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded demo Atlan when {@code atlan.embedded.enabled=true} and no base URL is configured; the
 * default client's connection details then point at it. It stops with the application context.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedAtlanConfiguration.OnEmbeddedAtlanCondition.class)
class EmbeddedAtlanConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    EmbeddedAtlan embeddedAtlan(AtlanProperties properties) {
        return EmbeddedAtlan.builder().port(properties.getEmbedded().getPort()).start();
    }

    /**
     * Matches when the embedded Atlan is enabled and no base URL is set: a configured tenant always wins.
     */
    static final class OnEmbeddedAtlanCondition extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Binder binder = Binder.get(context.getEnvironment());
            boolean enabled = binder.bind("atlan.embedded.enabled", Boolean.class).orElse(false);
            if (!enabled) {
                return ConditionOutcome.noMatch("atlan.embedded.enabled is not true");
            }
            String baseUrl = binder.bind("atlan.base-url", String.class).orElse(null);
            if (StringUtils.hasText(baseUrl)) {
                return ConditionOutcome.noMatch("atlan.base-url is set, so the configured tenant is used");
            }
            return ConditionOutcome.match("atlan.embedded.enabled is true and atlan.base-url is not set");
        }

    }

}
