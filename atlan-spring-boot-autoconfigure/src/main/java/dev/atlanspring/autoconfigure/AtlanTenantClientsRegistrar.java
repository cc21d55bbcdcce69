package dev.atlanspring.autoconfigure;

import java.util.function.Supplier;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.ReactiveAtlanClient;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.StringUtils;

/**
 * Registers, for each {@code atlan.tenants.<name>}, an {@link AtlanClient} bean named {@code <name>AtlanClient} and a
 * {@link ReactiveAtlanClient} named {@code <name>ReactiveAtlanClient}, both qualified {@code @Qualifier("<name>")}.
 * A bean of the user's with one of those names wins. With {@code atlan.tenants.<name>.embedded.enabled} and no base
 * URL, the tenant gets its own embedded demo Atlan, {@code <name>EmbeddedAtlan}.
 */
class AtlanTenantClientsRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanFactoryAware,
        BeanClassLoaderAware {

    /**
     * Marks the bean definitions registered for a tenant, whose value is the tenant's name. Ahead-of-time
     * processing leaves them out ({@link AtlanTenantsAotProcessor}): they are registered anew when the application
     * starts, from the configuration it starts with.
     */
    static final String TENANT_ATTRIBUTE = AtlanTenantClientsRegistrar.class.getName() + ".tenant";

    private Environment environment;

    private BeanFactory beanFactory;

    private ClassLoader classLoader;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        registerTenants(registry, this.environment, this.beanFactory, this.classLoader);
    }

    /**
     * Registers the tenants' clients that the environment configures. Spring calls it through
     * {@link #registerBeanDefinitions} on the JVM; an application built ahead of time calls it at start-up
     * through {@link AtlanTenantsAotProcessor}, since tenants are configuration, read when the application runs.
     */
    static void registerTenants(BeanDefinitionRegistry registry, Environment environment, BeanFactory beanFactory,
            ClassLoader classLoader) {
        AtlanTenants tenants = AtlanTenants.of(environment);
        tenants.validate();
        for (String name : tenants.names()) {
            register(registry, beanFactory, classLoader, tenants, name, name.equals(tenants.primaryTenant()));
        }
    }

    private static void register(BeanDefinitionRegistry registry, BeanFactory beanFactory, ClassLoader classLoader,
            AtlanTenants tenants, String name, boolean primary) {
        String clientBean = clientBeanName(name);
        if (!registry.containsBeanDefinition(clientBean)) {
            AtlanClientProperties settings = tenants.settings(name);
            String embeddedBean = name + "EmbeddedAtlan";
            boolean embedded = settings.getEmbedded().isEnabled() && !StringUtils.hasText(settings.getBaseUrl());
            if (embedded) {
                if (!EmbeddedAtlanConnectionDetails.isAvailable(classLoader)) {
                    throw EmbeddedAtlanConnectionDetails.missing(AtlanTenants.prefix(name));
                }
                EmbeddedTenantAtlans.register(registry, embeddedBean, name, settings.getEmbedded());
            }
            Supplier<AtlanClient> client = () -> {
                AtlanConnectionDetails connection = embedded
                        ? EmbeddedTenantAtlans.connection(beanFactory, embeddedBean)
                        : new PropertiesAtlanConnectionDetails(settings);
                return beanFactory.getBean(AtlanClientFactory.class)
                    .create(name, AtlanTenants.prefix(name), settings, connection);
            };
            RootBeanDefinition definition = qualified(new RootBeanDefinition(AtlanClient.class, client), name, primary);
            definition.setDestroyMethodName("close");
            registry.registerBeanDefinition(clientBean, definition);
        }
        String reactiveBean = name + "ReactiveAtlanClient";
        if (!registry.containsBeanDefinition(reactiveBean)) {
            // Closing is left to the blocking bean, which owns the connection pool.
            RootBeanDefinition definition = qualified(new RootBeanDefinition(ReactiveAtlanClient.class,
                    () -> beanFactory.getBean(clientBean, AtlanClient.class).reactive()), name, primary);
            definition.setDestroyMethodName("");
            registry.registerBeanDefinition(reactiveBean, definition);
        }
    }

    private static RootBeanDefinition qualified(RootBeanDefinition definition, String name, boolean primary) {
        definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
        definition.setAttribute(TENANT_ATTRIBUTE, name);
        definition.setPrimary(primary);
        return definition;
    }

    static String clientBeanName(String tenant) {
        return tenant + "AtlanClient";
    }

}
