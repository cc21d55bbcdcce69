package dev.atlanspring.autoconfigure;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClientSettings;
import dev.atlanspring.client.AtlanClients;
import dev.atlanspring.client.ReactiveAtlanClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the Atlan clients: the default tenant's {@link AtlanClient} bean {@code atlanClient}
 * (primary) from the top-level {@code atlan.*} properties, one {@code <name>AtlanClient} per
 * {@code atlan.tenants.<name>}, their non-blocking faces, and {@link AtlanClients} holding them all. Every client is
 * built from Spring Boot's {@link WebClient.Builder}. With {@code atlan.embedded.enabled=true} and no base URL, the
 * default client points at the embedded demo Atlan that {@link EmbeddedAtlanAutoConfiguration} starts.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
        "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration" })
@ConditionalOnClass({ WebClient.class, AtlanClient.class })
@EnableConfigurationProperties(AtlanProperties.class)
@Import({ AtlanAutoConfiguration.DefaultClientConfiguration.class, AtlanTenantClientsRegistrar.class })
public final class AtlanAutoConfiguration {

    // Every configuration class is parsed, and made a bean, at each start: the beans that need no condition of
    // their own class are declared here. Spring registers the nested DefaultClientConfiguration's beans first,
    // then these (in this order), then the tenants' clients; the conditions below rely on that order.

    /** The tenant that the top-level {@code atlan.*} settings configure. */
    static final String DEFAULT_TENANT = AtlanClientSettings.DEFAULT_TENANT;

    /**
     * The top-level properties, unless the embedded demo Atlan's auto-configuration (which runs first) or the
     * application provides the details.
     */
    @Bean
    @ConditionalOnMissingBean
    AtlanConnectionDetails atlanConnectionDetails(AtlanProperties properties, ApplicationContext context) {
        if (properties.getEmbedded().isEnabled() && !StringUtils.hasText(properties.getBaseUrl())
                && !EmbeddedAtlanConnectionDetails.isAvailable(context.getClassLoader())) {
            throw EmbeddedAtlanConnectionDetails.missing(AtlanTenants.PREFIX);
        }
        return new PropertiesAtlanConnectionDetails(properties);
    }

    @Bean
    AtlanClientFactory atlanClientFactory(ObjectProvider<WebClient.Builder> webClientBuilder,
            ObjectProvider<ReactorResourceFactory> reactorResourceFactory, ObjectProvider<RetryPolicy> retryPolicy,
            ObjectProvider<RetryListener> retryListeners, ObjectProvider<AtlanClientCustomizer> customizers,
            ObjectProvider<SslBundles> sslBundles) {
        return new AtlanClientFactory(webClientBuilder, reactorResourceFactory, retryPolicy, retryListeners,
                customizers, sslBundles);
    }

    /**
     * When the application defines its own {@link AtlanClient} (so that {@link DefaultClientConfiguration} did not
     * apply), its non-blocking face is still a bean. Closing is left to the application's bean.
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean(ReactiveAtlanClient.class)
    @ConditionalOnSingleCandidate(AtlanClient.class)
    ReactiveAtlanClient reactiveAtlanClient(AtlanClient atlanClient) {
        return atlanClient.reactive();
    }

    @Bean
    @ConditionalOnMissingBean
    AtlanClients atlanClients(ObjectProvider<AtlanClient> clients) {
        return AtlanClients.of(clients.orderedStream().toList(), clients.getIfUnique());
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(OnDefaultAtlanClientCondition.class)
    static class DefaultClientConfiguration {

        @Bean(destroyMethod = "close")
        @Primary
        @Qualifier(DEFAULT_TENANT)
        AtlanClient atlanClient(AtlanClientFactory factory, AtlanProperties properties,
                AtlanConnectionDetails connectionDetails) {
            return factory.create(DEFAULT_TENANT, AtlanTenants.PREFIX, properties, connectionDetails);
        }

        /** The same client without blocking; closing is left to {@code atlanClient}, which owns the pool. */
        @Bean(destroyMethod = "")
        @Primary
        @Qualifier(DEFAULT_TENANT)
        @ConditionalOnMissingBean(name = "reactiveAtlanClient")
        ReactiveAtlanClient reactiveAtlanClient(@Qualifier(DEFAULT_TENANT) AtlanClient atlanClient) {
            return atlanClient.reactive();
        }

    }

}
