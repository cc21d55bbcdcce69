package dev.atlanspring.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.atlanspring.embedded.EmbeddedAtlan;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the embedded Atlan of an {@link AutoConfigureEmbeddedAtlan} test context before the context refreshes,
 * registers it as the bean {@value #BEAN_NAME}, and puts a property source first that points the chosen clients at
 * it. Equal customizers (same tenants, same flags) let Spring's test context cache share the context.
 */
final class EmbeddedAtlanContextCustomizer implements ContextCustomizer {

    /** The bean name of the test's embedded Atlan. */
    static final String BEAN_NAME = "embeddedAtlan";

    /** The property source's name, as {@code /actuator/env} shows it. */
    static final String PROPERTY_SOURCE = "atlanEmbeddedTest";

    private final List<String> tenants;

    private final boolean defaultClient;

    private final boolean seedDemoCatalog;

    EmbeddedAtlanContextCustomizer(List<String> tenants, boolean defaultClient, boolean seedDemoCatalog) {
        this.tenants = List.copyOf(tenants);
        this.defaultClient = defaultClient;
        this.seedDemoCatalog = seedDemoCatalog;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        EmbeddedAtlan atlan = EmbeddedAtlan.builder().seedDemoCatalog(this.seedDemoCatalog).start();
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        beanFactory.registerSingleton(BEAN_NAME, atlan);
        if (beanFactory instanceof DefaultListableBeanFactory registry) {
            registry.registerDisposableBean(BEAN_NAME, atlan::close);
        }
        else {
            context.addApplicationListener((event) -> {
                if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                    atlan.close();
                }
            });
        }
        context.getEnvironment().getPropertySources()
            .addFirst(new MapPropertySource(PROPERTY_SOURCE, properties(atlan)));
    }

    /**
     * Points each chosen client at the server, and switches off what would send it elsewhere: the embedded Atlan
     * that {@code atlan.embedded.enabled} would start, OAuth credentials instead of the key, and proxies; and turns
     * off the client's pacing for Atlan's rate limits, which this server does not enforce.
     */
    Map<String, Object> properties(EmbeddedAtlan atlan) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> prefixes = new ArrayList<>();
        if (this.defaultClient) {
            prefixes.add("atlan");
        }
        this.tenants.forEach((tenant) -> prefixes.add("atlan.tenants." + tenant));
        for (String prefix : prefixes) {
            properties.put(prefix + ".base-url", atlan.baseUrl());
            properties.put(prefix + ".api-key", atlan.apiKey());
            properties.put(prefix + ".oauth.client-id", "");
            properties.put(prefix + ".oauth.client-secret", "");
            properties.put(prefix + ".embedded.enabled", "false");
            properties.put(prefix + ".proxy.url", "");
            properties.put(prefix + ".proxy.use-environment", "false");
            // The test's embedded Atlan limits nothing: pacing calls for Atlan's limits would only slow the tests.
            properties.put(prefix + ".rate-limit.enabled", "false");
        }
        return properties;
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof EmbeddedAtlanContextCustomizer that) && this.tenants.equals(that.tenants)
                && this.defaultClient == that.defaultClient && this.seedDemoCatalog == that.seedDemoCatalog;
    }

    @Override
    public int hashCode() {
        return this.tenants.hashCode() * 31 + Boolean.hashCode(this.defaultClient) * 2
                + Boolean.hashCode(this.seedDemoCatalog);
    }

}
