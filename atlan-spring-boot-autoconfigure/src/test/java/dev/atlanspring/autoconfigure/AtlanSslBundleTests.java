package dev.atlanspring.autoconfigure;

import java.nio.file.Path;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.WireMockSupport;
import dev.atlanspring.client.error.ApiConnectionException;
import dev.atlanspring.client.error.AtlanException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * TLS to a tenant whose certificate no JVM trusts: WireMock over https with a self-signed certificate, trusted
 * through a Spring Boot SSL bundle named in {@code atlan.ssl.bundle}.
 */
class AtlanSslBundleTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMockWithHttps();

    @TempDir
    Path certificates;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, WebClientAutoConfiguration.class,
                AtlanAutoConfiguration.class))
        .withPropertyValues("atlan.api-key=" + WireMockSupport.API_KEY, "atlan.retry.delay=1ms",
                "atlan.retry.jitter=0");

    @BeforeEach
    void answerTheCurrentUser() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
    }

    @Test
    void withoutABundleTheHandshakeFailsOnceSayingToConfigureOne() {
        this.runner.withPropertyValues("atlan.base-url=" + httpsUrl()).run((context) -> {
            AtlanException ex = catchThrowableOfType(AtlanException.class,
                    () -> context.getBean(AtlanClient.class).users().current());
            assertThat(ex).isInstanceOf(ApiConnectionException.class);
            assertThat(ex.getMessage()).startsWith("The TLS handshake with localhost:" + httpsPort() + " failed")
                .contains("configure the trust: name a Spring Boot SSL bundle that trusts that CA in atlan.ssl.bundle");
            assertThat(ex.getAttempts()).as("a handshake failure repeats, so it is not retried").isEqualTo(1);
            assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        });
    }

    @Test
    void withABundleThatTrustsTheCertificateTheCallSucceeds() {
        this.runner
            .withPropertyValues("atlan.base-url=" + httpsUrl(), "atlan.ssl.bundle=atlan-ca",
                    "spring.ssl.bundle.pem.atlan-ca.truststore.certificate=file:"
                            + WireMockSupport.trustedCertificatePem(this.certificates))
            .run((context) -> {
                AtlanClient client = context.getBean(AtlanClient.class);
                assertThat(client.settings().sslContext()).isNotNull();
                assertThat(client.users().current().username()).isEqualTo("jdoe");
            });
    }

    @Test
    void aTenantInheritsTheBundle() {
        this.runner
            .withPropertyValues("atlan.ssl.bundle=atlan-ca", "atlan.tenants.emea.base-url=" + httpsUrl(),
                    "atlan.tenants.emea.api-key=" + WireMockSupport.API_KEY,
                    "spring.ssl.bundle.pem.atlan-ca.truststore.certificate=file:"
                            + WireMockSupport.trustedCertificatePem(this.certificates))
            .run((context) -> assertThat(context.getBean("emeaAtlanClient", AtlanClient.class).users().current()
                .username()).isEqualTo("jdoe"));
    }

    @Test
    void anUnknownBundleFailsAtStartUpNamingThePropertyAndTheBundlesThereAre() {
        this.runner
            .withPropertyValues("atlan.base-url=" + httpsUrl(), "atlan.ssl.bundle=corporate-ca",
                    "spring.ssl.bundle.pem.other.truststore.certificate=file:"
                            + WireMockSupport.trustedCertificatePem(this.certificates))
            .run((context) -> {
                FailureAnalysis analysis = AtlanAutoConfigurationTests.analyze(context);
                assertThat(analysis.getDescription())
                    .contains("There is no SSL bundle named 'corporate-ca' (configured: other).")
                    .contains("Property: atlan.ssl.bundle")
                    .contains("Environment variable: ATLAN_SSL_BUNDLE");
                assertThat(analysis.getAction()).contains("spring.ssl.bundle.pem.corporate-ca");
            });
    }

    private static int httpsPort() {
        return wireMock.getRuntimeInfo().getHttpsPort();
    }

    private static String httpsUrl() {
        return "https://localhost:" + httpsPort();
    }

}
