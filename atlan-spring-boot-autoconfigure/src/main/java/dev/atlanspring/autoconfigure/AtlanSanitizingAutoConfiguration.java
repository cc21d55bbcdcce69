package dev.atlanspring.autoconfigure;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the Atlan secrets out of {@code /actuator/env} and {@code /actuator/configprops}, whatever their
 * {@code show-values} says, with a {@link SanitizingFunction} (those endpoints apply every such bean).
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
public final class AtlanSanitizingAutoConfiguration {

    /** Named so that an application can replace it, though it should rarely want to. */
    @Bean
    @ConditionalOnMissingBean(name = "atlanSecretsSanitizingFunction")
    SanitizingFunction atlanSecretsSanitizingFunction() {
        return new AtlanSecretsSanitizingFunction();
    }

}
