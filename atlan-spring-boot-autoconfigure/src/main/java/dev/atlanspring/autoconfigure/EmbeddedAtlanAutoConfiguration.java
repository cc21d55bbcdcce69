package dev.atlanspring.autoconfigure;

import dev.atlanspring.embedded.EmbeddedAtlan;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Auto-configuration of the embedded demo Atlan, which applies only when the {@code atlan-embedded} artifact is on
 * the class path: with {@code atlan.embedded.enabled=true} and no {@code atlan.base-url}, it starts an in-memory
 * Atlan on loopback and points the default client's {@link AtlanConnectionDetails} at it. It stops with the
 * application context. A production application that leaves the artifact out ships no demo server.
 */
@AutoConfiguration(before = AtlanAutoConfiguration.class)
@ConditionalOnClass(EmbeddedAtlan.class)
@Conditional(EmbeddedAtlanAutoConfiguration.OnEmbeddedAtlanCondition.class)
@EnableConfigurationProperties(AtlanProperties.class)
public final class EmbeddedAtlanAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    EmbeddedAtlan embeddedAtlan(AtlanProperties properties) {
        return EmbeddedTenantAtlans.builder(properties.getEmbedded()).start();
    }

    @Bean
    @ConditionalOnMissingBean
    AtlanConnectionDetails atlanConnectionDetails(EmbeddedAtlan embeddedAtlan) {
        return new EmbeddedAtlanConnectionDetails(embeddedAtlan.baseUrl(), embeddedAtlan.apiKey(),
                embeddedAtlan.rateLimits().isPresent());
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
