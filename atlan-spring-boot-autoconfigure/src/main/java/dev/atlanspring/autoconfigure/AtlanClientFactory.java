package dev.atlanspring.autoconfigure;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClientBuilder;
import dev.atlanspring.client.InvalidSettingException;
import dev.atlanspring.client.ratelimit.RateLimitSettings;
import io.netty.handler.ssl.SslContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the client of one tenant from its settings and the application's beans, the same way for the default
 * tenant and for every {@code atlan.tenants.<name>}. Each client clones Boot's {@link WebClient.Builder} and opens
 * its own connection pool, both when its first call needs them; all of them share the application's Netty event
 * loops. Every setting is checked here, at start-up.
 */
final class AtlanClientFactory {

    private final ObjectProvider<WebClient.Builder> webClientBuilder;

    private final ObjectProvider<ReactorResourceFactory> reactorResourceFactory;

    private final ObjectProvider<RetryPolicy> retryPolicy;

    private final ObjectProvider<RetryListener> retryListeners;

    private final ObjectProvider<AtlanClientCustomizer> customizers;

    private final SslBundleContexts sslContexts;

    AtlanClientFactory(ObjectProvider<WebClient.Builder> webClientBuilder,
            ObjectProvider<ReactorResourceFactory> reactorResourceFactory, ObjectProvider<RetryPolicy> retryPolicy,
            ObjectProvider<RetryListener> retryListeners, ObjectProvider<AtlanClientCustomizer> customizers,
            ObjectProvider<SslBundles> sslBundles) {
        this.webClientBuilder = webClientBuilder;
        this.reactorResourceFactory = reactorResourceFactory;
        this.retryPolicy = retryPolicy;
        this.retryListeners = retryListeners;
        this.customizers = customizers;
        this.sslContexts = new SslBundleContexts(sslBundles);
    }

    /**
     * Builds a tenant's client.
     * @param tenant the tenant's name
     * @param prefix the property prefix its settings come from, for error messages
     * @param settings its effective settings
     * @param connection where it connects and with which key
     * @return the client
     * @throws AtlanConfigurationException if a setting is wrong, naming the property
     */
    AtlanClient create(String tenant, String prefix, AtlanClientProperties settings,
            AtlanConnectionDetails connection) {
        // Plain calls rather than a PropertyMapper of method references: each reference is a class the JVM makes
        // at start-up, for every application, and this runs once per tenant.
        try {
            AtlanClientBuilder builder = AtlanClient.builder().tenant(tenant);
            String baseUrl = connection.getBaseUrl();
            if (baseUrl != null) {
                builder.baseUrl(baseUrl);
            }
            String apiKey = connection.getApiKey();
            if (apiKey != null) {
                builder.apiKey(apiKey);
            }
            if (connection.getOAuthClientId() != null || connection.getOAuthClientSecret() != null) {
                builder.oauthClientCredentials(connection.getOAuthClientId(), connection.getOAuthClientSecret());
            }
            mapNetwork(settings, connection, builder);
            builder.allowInsecureHttp(settings.isAllowInsecureHttp());
            if (settings.getConnectTimeout() != null) {
                builder.connectTimeout(settings.getConnectTimeout());
            }
            if (settings.getReadTimeout() != null) {
                builder.readTimeout(settings.getReadTimeout());
            }
            if (settings.getAttemptTimeout() != null) {
                builder.attemptTimeout(settings.getAttemptTimeout());
            }
            if (settings.getCallTimeout() != null) {
                builder.callTimeout(settings.getCallTimeout());
            }
            if (settings.getMaxResponseSize() != null) {
                builder.maxResponseSize(settings.getMaxResponseSize());
            }
            builder.maxConnections(settings.getMaxConnections());
            if (settings.getTagCacheTtl() != null) {
                builder.tagCacheTtl(settings.getTagCacheTtl());
            }
            builder.searchPageSize(settings.getSearch().getPageSize());
            builder.retry(settings.getRetry().toSettings());
            builder.rateLimit(settings.getRateLimit().toSettings());
            if (connection instanceof EmbeddedAtlanConnectionDetails embedded && !embedded.rateLimited()) {
                // An embedded Atlan that limits nothing: pacing would only slow the application and its tests.
                builder.rateLimit(RateLimitSettings.DISABLED);
            }
            builder.retryPolicy(this.retryPolicy.getIfUnique());
            for (RetryListener listener : this.retryListeners.orderedStream().toList()) {
                builder.retryListener(listener);
            }
            // Asked for by the first call: Boot's builder comes with Boot's own connector, which loads Reactor
            // Netty at start-up only to be replaced by the tenant's.
            builder.webClientBuilderSupplier(() -> this.webClientBuilder.getIfAvailable(WebClient::builder));
            ReactorResourceFactory resources = this.reactorResourceFactory.getIfAvailable();
            if (resources != null) {
                builder.loopResources(resources.getLoopResources());
            }
            for (AtlanClientCustomizer customizer : this.customizers.orderedStream().toList()) {
                customizer.customize(tenant, builder);
            }
            return builder.build();
        }
        catch (InvalidSettingException ex) {
            throw AtlanConfigurationException.of(ex, prefix);
        }
    }

    /**
     * The proxy and the TLS trust. The process environment's proxy variables apply unless set here; the embedded
     * demo Atlan listens on loopback, where no proxy reaches, so it is always reached directly.
     */
    private void mapNetwork(AtlanClientProperties settings, AtlanConnectionDetails connection,
            AtlanClientBuilder builder) {
        AtlanClientProperties.Proxy proxy = settings.getProxy();
        if (StringUtils.hasText(proxy.getUrl())) {
            builder.proxy(proxy.getUrl());
        }
        builder.nonProxyHosts(proxy.getNonProxyHosts());
        builder.useProxyEnvironment(proxy.isUseEnvironment());
        if (connection instanceof EmbeddedAtlanConnectionDetails) {
            builder.proxy((String) null).useProxyEnvironment(false);
        }
        String sslBundle = settings.getSsl().getBundle();
        if (StringUtils.hasText(sslBundle)) {
            SslContext sslContext = this.sslContexts.forBundle(sslBundle);
            if (sslContext != null) {
                builder.sslContext(sslContext);
            }
        }
    }

}
