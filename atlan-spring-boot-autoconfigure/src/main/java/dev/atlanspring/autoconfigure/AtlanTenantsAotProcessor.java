package dev.atlanspring.autoconfigure;

import java.util.Arrays;

import org.springframework.aot.generate.GeneratedMethod;
import org.springframework.aot.generate.GenerationContext;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.aot.BeanFactoryInitializationCode;
import org.springframework.beans.factory.aot.BeanRegistrationExcludeFilter;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.env.Environment;
import org.springframework.javapoet.CodeBlock;
import org.springframework.util.ClassUtils;

/**
 * Makes the tenant clients work in an application built ahead of time (Spring AOT, GraalVM native images). Their
 * bean definitions come from {@code atlan.tenants.*}, which is configuration: read when the application starts, not
 * frozen into the build. So ahead-of-time processing leaves those definitions out and generates a call to
 * {@link #registerTenants} instead, which registers them at start-up from the configuration of that moment, just as
 * the registrar does on the JVM.
 * <p>
 * What the build does freeze is which auto-configured beans exist: whether there is a default client
 * {@code atlanClient} (a top-level {@code atlan.base-url} or embedded Atlan) was decided when the application was
 * built. An application started with a different answer fails at start-up, saying so, instead of running without
 * the client it was configured for.
 */
public final class AtlanTenantsAotProcessor implements BeanFactoryInitializationAotProcessor,
        BeanRegistrationExcludeFilter {

    static final String DEFAULT_CLIENT_BEAN = "atlanClient";

    @Override
    public boolean isExcludedFromAotProcessing(RegisteredBean registeredBean) {
        return registeredBean.getMergedBeanDefinition().hasAttribute(AtlanTenantClientsRegistrar.TENANT_ATTRIBUTE);
    }

    @Override
    public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        if (beanFactory.getBeanNamesForType(AtlanClientFactory.class, true, false).length == 0) {
            return null;
        }
        boolean defaultClient = beanFactory.containsBeanDefinition(DEFAULT_CLIENT_BEAN);
        return (GenerationContext generationContext, BeanFactoryInitializationCode code) -> {
            GeneratedMethod method = code.getMethods().add("registerAtlanTenants", (spec) -> spec
                .addJavadoc("Registers the Atlan tenant clients that the configuration names at start-up.")
                .addParameter(DefaultListableBeanFactory.class, "beanFactory")
                .addParameter(Environment.class, "environment")
                .addCode(CodeBlock.of("$T.registerTenants(beanFactory, environment, $L);\n",
                        AtlanTenantsAotProcessor.class, defaultClient)));
            code.addInitializer(method.toMethodReference());
        };
    }

    /**
     * Registers, at start-up of an application built ahead of time, the tenant clients that the configuration
     * names. Called by the code that ahead-of-time processing generates; not meant for applications.
     * @param beanFactory the application's bean factory
     * @param environment the application's environment
     * @param defaultClientBuilt whether the build registered the default client {@code atlanClient}
     */
    public static void registerTenants(DefaultListableBeanFactory beanFactory, Environment environment,
            boolean defaultClientBuilt) {
        // Registered as a post-processor so that it runs once every other definition is there: a bean of the
        // user's with a tenant client's name must still win, as on the JVM.
        RootBeanDefinition definition = new RootBeanDefinition(TenantRegistration.class,
                () -> new TenantRegistration(beanFactory, environment, defaultClientBuilt));
        beanFactory.registerBeanDefinition(TenantRegistration.class.getName(), definition);
    }

    /** Registers the tenants once every other bean definition is known. */
    static final class TenantRegistration implements BeanDefinitionRegistryPostProcessor {

        private final DefaultListableBeanFactory beanFactory;

        private final Environment environment;

        private final boolean defaultClientBuilt;

        TenantRegistration(DefaultListableBeanFactory beanFactory, Environment environment,
                boolean defaultClientBuilt) {
            this.beanFactory = beanFactory;
            this.environment = environment;
            this.defaultClientBuilt = defaultClientBuilt;
        }

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
            checkDefaultClient();
            ClassLoader classLoader = (this.beanFactory.getBeanClassLoader() != null)
                    ? this.beanFactory.getBeanClassLoader() : ClassUtils.getDefaultClassLoader();
            AtlanTenantClientsRegistrar.registerTenants(registry, this.environment, this.beanFactory, classLoader);
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        }

        /** The default client's existence was settled at build time; a start-up that needs the other answer fails. */
        private void checkDefaultClient() {
            AtlanTenants tenants = AtlanTenants.of(this.environment);
            boolean ownDetails = Arrays.stream(this.beanFactory.getBeanNamesForType(AtlanConnectionDetails.class,
                    true, false)).anyMatch((name) -> !"atlanConnectionDetails".equals(name));
            boolean wanted = tenants.hasDefaultClient() || ownDetails;
            if (wanted == this.defaultClientBuilt) {
                return;
            }
            String built = this.defaultClientBuilt ? "with a default client (atlanClient), since atlan.base-url"
                    + " or atlan.embedded.enabled was set or no atlan.tenants were" : "without a default client"
                            + " (atlanClient), since only atlan.tenants were configured";
            String now = wanted ? "the configuration it starts with sets a top-level atlan.base-url or"
                    + " atlan.embedded.enabled" : "the configuration it starts with has atlan.tenants and no top-level"
                            + " atlan.base-url";
            throw new AtlanConfigurationException(AtlanTenants.PREFIX + ".base-url",
                    AtlanConfigurationException.environmentVariable(AtlanTenants.PREFIX + ".base-url"),
                    "The application was built ahead of time (Spring AOT) " + built + ", but " + now + ".",
                    "Build the application with the same top-level atlan.* settings it runs with (set atlan.base-url,"
                            + " or only atlan.tenants, during process-aot as at run time); tenants themselves may"
                            + " differ.",
                    null);
        }

    }

}
