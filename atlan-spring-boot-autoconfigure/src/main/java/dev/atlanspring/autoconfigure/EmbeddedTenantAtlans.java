package dev.atlanspring.autoconfigure;

import dev.atlanspring.embedded.EmbeddedAtlan;
import dev.atlanspring.embedded.RateLimits;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * The embedded demo Atlans of named tenants. The only place the tenant registrar touches {@link EmbeddedAtlan}, and
 * loaded only once {@link EmbeddedAtlanConnectionDetails#isAvailable} says that the artifact is there.
 */
final class EmbeddedTenantAtlans {

    private EmbeddedTenantAtlans() {
    }

    /**
     * Registers a tenant's embedded Atlan, unless a bean of that name exists. It is injected only by name or
     * qualifier, so that the default tenant's embedded Atlan stays the one found by type.
     */
    static void register(BeanDefinitionRegistry registry, String beanName, String tenant,
            AtlanClientProperties.Embedded settings) {
        if (registry.containsBeanDefinition(beanName)) {
            return;
        }
        RootBeanDefinition definition = new RootBeanDefinition(EmbeddedAtlan.class,
                () -> builder(settings).start());
        definition.setDestroyMethodName("close");
        definition.setDefaultCandidate(false);
        definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, tenant));
        definition.setAttribute(AtlanTenantClientsRegistrar.TENANT_ATTRIBUTE, tenant);
        registry.registerBeanDefinition(beanName, definition);
    }

    /** An embedded Atlan as its settings describe: the port, and Atlan's rate limits when asked for. */
    static EmbeddedAtlan.Builder builder(AtlanClientProperties.Embedded settings) {
        EmbeddedAtlan.Builder builder = EmbeddedAtlan.builder().port(settings.getPort());
        return settings.isRateLimited() ? builder.rateLimits(RateLimits.atlanDefaults()) : builder;
    }

    static AtlanConnectionDetails connection(BeanFactory beanFactory, String beanName) {
        EmbeddedAtlan embedded = beanFactory.getBean(beanName, EmbeddedAtlan.class);
        return new EmbeddedAtlanConnectionDetails(embedded.baseUrl(), embedded.apiKey(),
                embedded.rateLimits().isPresent());
    }

}
