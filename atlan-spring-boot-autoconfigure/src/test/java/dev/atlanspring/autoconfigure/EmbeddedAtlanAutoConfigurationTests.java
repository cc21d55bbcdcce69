package dev.atlanspring.autoconfigure;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicReference;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.embedded.DemoCatalog;
import dev.atlanspring.embedded.EmbeddedAtlan;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class EmbeddedAtlanAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, EmbeddedAtlanAutoConfiguration.class,
                AtlanAutoConfiguration.class));

    @Test
    void embeddedAtlanStartsWithTheContextAndTheClientTalksToIt() {
        this.runner.withPropertyValues("atlan.embedded.enabled=true").run((context) -> {
            assertThat(context).hasSingleBean(EmbeddedAtlan.class);
            EmbeddedAtlan embedded = context.getBean(EmbeddedAtlan.class);
            AtlanClient client = context.getBean(AtlanClient.class);
            assertThat(embedded.isRunning()).isTrue();
            assertThat(client.baseUrl()).hasToString(embedded.baseUrl());
            assertThat(client.users().current().username()).isEqualTo(DemoCatalog.DEMO_USERNAME);
        });
    }

    @Test
    void embeddedAtlanStopsWithTheContext() {
        AtomicReference<EmbeddedAtlan> embedded = new AtomicReference<>();
        this.runner.withPropertyValues("atlan.embedded.enabled=true")
            .run((context) -> embedded.set(context.getBean(EmbeddedAtlan.class)));

        assertThat(embedded.get().isRunning()).isFalse();
        assertThatException().isThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", embedded.get().port()), 500);
            }
        });
    }

    @Test
    void configuredBaseUrlWinsOverTheEmbeddedAtlan() {
        this.runner
            .withPropertyValues("atlan.embedded.enabled=true", "atlan.base-url=https://acme.atlan.com",
                    "atlan.api-key=k")
            .run((context) -> {
                assertThat(context).doesNotHaveBean(EmbeddedAtlan.class);
                assertThat(context.getBean(AtlanClient.class).baseUrl()).hasToString("https://acme.atlan.com");
            });
    }

    @Test
    void embeddedAtlanIsOffByDefault() {
        this.runner.withPropertyValues("atlan.base-url=https://acme.atlan.com", "atlan.api-key=k")
            .run((context) -> assertThat(context).doesNotHaveBean(EmbeddedAtlan.class));
    }

    @Test
    void embeddedAtlanListensOnTheConfiguredPort() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int expected = port;
        this.runner.withPropertyValues("atlan.embedded.enabled=true", "atlan.embedded.port=" + port)
            .run((context) -> assertThat(context.getBean(AtlanClient.class).baseUrl())
                .hasToString("http://127.0.0.1:" + expected));
    }

    @Test
    void withoutTheEmbeddedArtifactEnablingItFailsNamingTheDependency() {
        this.runner.withClassLoader(new FilteredClassLoader(EmbeddedAtlan.class))
            .withPropertyValues("atlan.embedded.enabled=true")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(configurationFailure(context.getStartupFailure()))
                    .hasMessageContaining("atlan.embedded.enabled")
                    .hasMessageContaining("dev.atlanspring:atlan-embedded is not on the class path")
                    .hasMessageContaining("Add the dependency dev.atlanspring:atlan-embedded");
            });
    }

    @Test
    void withoutTheEmbeddedArtifactATenantAskingForItFailsNamingItsProperty() {
        this.runner.withClassLoader(new FilteredClassLoader(EmbeddedAtlan.class))
            .withPropertyValues("atlan.tenants.emea.embedded.enabled=true")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(configurationFailure(context.getStartupFailure()))
                    .hasMessageContaining("atlan.tenants.emea.embedded.enabled")
                    .hasMessageContaining("atlan.tenants.emea.base-url");
            });
    }

    @Test
    void withoutTheEmbeddedArtifactAConfiguredTenantNeedsNoEmbeddedClass() {
        this.runner.withClassLoader(new FilteredClassLoader(EmbeddedAtlan.class))
            .withPropertyValues("atlan.base-url=https://acme.atlan.com", "atlan.api-key=k")
            .run((context) -> assertThat(context.getBean(AtlanClient.class).baseUrl())
                .hasToString("https://acme.atlan.com"));
    }

    private static AtlanConfigurationException configurationFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AtlanConfigurationException configuration) {
                return configuration;
            }
        }
        throw new AssertionError("No AtlanConfigurationException in the chain of " + failure);
    }

}
