package dev.atlanspring.autoconfigure;

import java.util.function.Consumer;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClients;
import dev.atlanspring.client.ReactiveAtlanClient;
import org.junit.jupiter.api.Test;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An application built ahead of time (what {@code process-aot} does for a native image): its context is processed
 * with the configuration of the build, the generated code compiled, and then started with the configuration of the
 * run. Tenant clients are registered from the run's configuration, whatever the build's was; where the build has
 * frozen a decision (whether a default client exists), a run that needs the other answer fails saying so.
 */
@CompileWithForkedClassLoader
class AtlanTenantsAotTests {

    private static final String[] TWO_TENANTS = { "atlan.tenants.emea.base-url=https://emea.atlan.com",
            "atlan.tenants.emea.api-key=emea-key", "atlan.tenants.us-east.base-url=https://us-east.atlan.com",
            "atlan.tenants.us-east.api-key=us-east-key" };

    private static final String[] TOP_LEVEL = { "atlan.base-url=https://acme.atlan.com", "atlan.api-key=key" };

    @Test
    void tenantsConfiguredAtBuildAndRunTimeAreBeansOfTheProcessedContext() {
        runAheadOfTime(concat(TOP_LEVEL, TWO_TENANTS), concat(TOP_LEVEL, TWO_TENANTS), (context) -> {
            AtlanClient emea = BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(),
                    AtlanClient.class, "emea");
            assertThat(emea.settings().baseUrl()).hasToString("https://emea.atlan.com");
            assertThat(BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(),
                    ReactiveAtlanClient.class, "us-east")).isNotNull();
            assertThat(context.getBean(AtlanClient.class).settings().tenant()).as("primary").isEqualTo("default");
            assertThat(context.getBean(AtlanClients.class).names()).containsExactly("default", "emea", "us-east");
        });
    }

    @Test
    void tenantsConfiguredOnlyAtRunTimeAreNotIgnored() {
        runAheadOfTime(TOP_LEVEL, concat(TOP_LEVEL, TWO_TENANTS), (context) -> {
            assertThat(context.getBean("emeaAtlanClient", AtlanClient.class).settings().tenant()).isEqualTo("emea");
            assertThat(context.getBean(AtlanClients.class).names()).containsExactly("default", "emea", "us-east");
        });
    }

    @Test
    void aRunThatNeedsADefaultClientTheBuildDidNotRegisterFailsSayingSo() {
        assertThatExceptionOfType(AtlanConfigurationException.class)
            .isThrownBy(() -> runAheadOfTime(TWO_TENANTS, concat(TOP_LEVEL, TWO_TENANTS), (context) -> {
            }))
            .withMessageContaining("built ahead of time (Spring AOT) without a default client (atlanClient)")
            .withMessageContaining("Build the application with the same top-level atlan.* settings");
    }

    private static void runAheadOfTime(String[] buildProperties, String[] runProperties,
            Consumer<GenericApplicationContext> assertions) {
        AnnotationConfigApplicationContext build = new AnnotationConfigApplicationContext();
        TestPropertyValues.of(buildProperties).applyTo(build);
        build.register(Application.class);
        TestGenerationContext generationContext = new TestGenerationContext();
        ClassName initializer = new ApplicationContextAotGenerator().processAheadOfTime(build, generationContext);
        generationContext.writeGeneratedContent();
        TestCompiler.forSystem().with(generationContext).compile((compiled) -> {
            GenericApplicationContext run = new GenericApplicationContext();
            TestPropertyValues.of(runProperties).applyTo(run);
            @SuppressWarnings("unchecked")
            ApplicationContextInitializer<GenericApplicationContext> generated = compiled
                .getInstance(ApplicationContextInitializer.class, initializer.toString());
            generated.initialize(run);
            try {
                run.refresh();
                assertions.accept(run);
            }
            finally {
                run.close();
            }
        });
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ WebClientAutoConfiguration.class, AtlanAutoConfiguration.class })
    static class Application {

    }

}
