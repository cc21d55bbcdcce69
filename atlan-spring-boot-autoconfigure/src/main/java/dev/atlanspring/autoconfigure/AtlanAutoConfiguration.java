package dev.atlanspring.autoconfigure;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClientBuilder;
import dev.atlanspring.client.AtlanClientSettings;
import dev.atlanspring.client.InvalidSettingException;
import dev.atlanspring.client.ReactiveAtlanClient;
import dev.atlanspring.embedded.EmbeddedAtlan;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the Atlan client: an {@link AtlanClient} bean named {@code atlanClient}, built from
 * Spring Boot's {@link WebClient.Builder} and the {@code atlan.*} properties, and its non-blocking face
 * {@link ReactiveAtlanClient}. With {@code atlan.embedded.enabled=true} and no base URL, it points at the
 * embedded demo Atlan.
 */
@AutoConfiguration(afterName = "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration")
@ConditionalOnClass({ WebClient.class, AtlanClient.class })
@EnableConfigurationProperties(AtlanProperties.class)
@Import({ EmbeddedAtlanConfiguration.class, AtlanAutoConfiguration.ConnectionDetailsConfiguration.class,
        AtlanAutoConfiguration.ClientConfiguration.class })
public final class AtlanAutoConfiguration {

    /** The tenant that the top-level {@code atlan.*} settings configure. */
    static final String DEFAULT_TENANT = AtlanClientSettings.DEFAULT_TENANT;

    @Configuration(proxyBeanMethods = false)
    static class ConnectionDetailsConfiguration {

        /**
         * A configured base URL always wins; without one, the embedded demo Atlan (when it runs) is the tenant.
         */
        @Bean
        @ConditionalOnMissingBean
        AtlanConnectionDetails atlanConnectionDetails(AtlanProperties properties,
                ObjectProvider<EmbeddedAtlan> embeddedAtlan) {
            EmbeddedAtlan embedded = embeddedAtlan.getIfAvailable();
            if (embedded != null && !StringUtils.hasText(properties.getBaseUrl())) {
                return new EmbeddedAtlanConnectionDetails(embedded);
            }
            return new PropertiesAtlanConnectionDetails(properties);
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class ClientConfiguration {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        AtlanClient atlanClient(AtlanProperties properties, AtlanConnectionDetails connectionDetails,
                ObjectProvider<WebClient.Builder> webClientBuilder,
                ObjectProvider<ReactorResourceFactory> reactorResourceFactory,
                ObjectProvider<RetryPolicy> retryPolicy, ObjectProvider<RetryListener> retryListeners,
                ObjectProvider<AtlanClientCustomizer> customizers) {
            try {
                AtlanClientBuilder builder = AtlanClient.builder().tenant(DEFAULT_TENANT);
                PropertyMapper map = PropertyMapper.get();
                map.from(connectionDetails.getBaseUrl()).to(builder::baseUrl);
                map.from(connectionDetails.getApiKey()).to(builder::apiKey);
                map.from(properties.isAllowInsecureHttp()).to(builder::allowInsecureHttp);
                map.from(properties.getConnectTimeout()).to(builder::connectTimeout);
                map.from(properties.getReadTimeout()).to(builder::readTimeout);
                map.from(properties.getMaxResponseSize()).to(builder::maxResponseSize);
                map.from(properties.getMaxConnections()).to(builder::maxConnections);
                builder.retry(properties.getRetry().toSettings());
                builder.retryPolicy(retryPolicy.getIfUnique());
                retryListeners.orderedStream().forEach(builder::retryListener);
                builder.webClientBuilder(webClientBuilder.getIfAvailable(WebClient::builder));
                reactorResourceFactory.ifAvailable((factory) -> builder.loopResources(factory.getLoopResources()));
                customizers.orderedStream().forEach((customizer) -> customizer.customize(DEFAULT_TENANT, builder));
                return builder.build();
            }
            catch (InvalidSettingException ex) {
                throw AtlanConfigurationException.of(ex, "atlan");
            }
        }

        /** The same client without blocking; closing is left to {@code atlanClient}, which owns the pool. */
        @Bean(destroyMethod = "")
        @ConditionalOnMissingBean
        ReactiveAtlanClient reactiveAtlanClient(AtlanClient atlanClient) {
            return atlanClient.reactive();
        }

    }

}
