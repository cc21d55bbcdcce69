package dev.atlanspring.autoconfigure;

import java.util.List;
import java.util.Map;

import dev.atlanspring.autoconfigure.ActuatorTestApplication.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator who sets {@code show-values=ALWAYS} on {@code /actuator/env} and {@code /actuator/configprops} sees
 * every setting's value, except the Atlan secrets: the API keys, the OAuth client secrets and the proxy passwords
 * of the default and the named tenants, however they were set.
 */
@SpringBootTest(classes = ActuatorTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "management.endpoints.web.exposure.include=env,configprops",
                "management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always",
                "spring.reactor.netty.shutdown-quiet-period=0s", "atlan.base-url=https://acme.atlan.com",
                "atlan.api-key=" + ActuatorSecretsTests.DEFAULT_KEY,
                "atlan.proxy.url=http://jdoe:" + ActuatorSecretsTests.PROXY_PASSWORD + "@proxy.corp:3128",
                "atlan.proxy.use-environment=false",
                "atlan.tenants.emea.base-url=https://emea.atlan.com",
                "atlan.tenants.emea.api-key=" + ActuatorSecretsTests.EMEA_KEY,
                "atlan.tenants.us-east.base-url=https://us-east.atlan.com",
                "atlan.tenants.us-east.oauth.client-id=etl-jobs",
                "atlan.tenants.us-east.oauth.client-secret=" + ActuatorSecretsTests.OAUTH_SECRET,
                "atlan.tenants.us-east.proxy.url=socks5://svc:" + ActuatorSecretsTests.TENANT_PROXY_PASSWORD
                        + "@socks.corp:1080",
                "ATLAN_TENANTS_APAC_APIKEY=" + ActuatorSecretsTests.ENV_STYLE_KEY,
                "HTTPS_PROXY=http://jdoe:" + ActuatorSecretsTests.ENV_PROXY_PASSWORD + "@proxy.corp:3128" })
class ActuatorSecretsTests {

    static final String DEFAULT_KEY = "default-key-8c1e4a2f9b";

    static final String EMEA_KEY = "emea-key-3d7f0c9a1e";

    static final String OAUTH_SECRET = "oauth-secret-5b2a8e7d";

    static final String PROXY_PASSWORD = "proxy-pw-9e4c1b";

    static final String TENANT_PROXY_PASSWORD = "tenant-proxy-pw-2f8d";

    static final String ENV_STYLE_KEY = "env-style-key-6a0b";

    static final String ENV_PROXY_PASSWORD = "env-proxy-pw-7c3e";

    private static final List<String> SECRETS = List.of(DEFAULT_KEY, EMEA_KEY, OAUTH_SECRET, PROXY_PASSWORD,
            TENANT_PROXY_PASSWORD, ENV_STYLE_KEY, ENV_PROXY_PASSWORD);

    @LocalServerPort
    int port;

    @Test
    void theEnvEndpointShowsTheSettingsButNoSecret() {
        Answer env = ActuatorTestApplication.get(this.port, "/actuator/env");

        assertThat(env.status()).isEqualTo(200);
        assertThat(env.body()).as("show-values=always shows the other values")
            .contains("https://emea.atlan.com")
            .contains("http://jdoe:******@proxy.corp:3128")
            .contains("socks5://svc:******@socks.corp:1080");
        SECRETS.forEach((secret) -> assertThat(env.body()).doesNotContain(secret));
    }

    @Test
    void theConfigpropsEndpointShowsTheSettingsButNoSecret() {
        Answer configprops = ActuatorTestApplication.get(this.port, "/actuator/configprops");

        assertThat(configprops.status()).isEqualTo(200);
        assertThat(configprops.body()).contains("https://us-east.atlan.com")
            .contains("etl-jobs")
            .contains("http://jdoe:******@proxy.corp:3128");
        SECRETS.forEach((secret) -> assertThat(configprops.body()).doesNotContain(secret));
    }

    @Test
    void environmentVariablesAreMaskedByTheirOwnNames() {
        AtlanSecretsSanitizingFunction function = new AtlanSecretsSanitizingFunction();
        SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource("systemEnvironment",
                Map.of("ATLAN_API_KEY", "k", "ATLAN_OAUTH_CLIENT_SECRET", "s", "ATLAN_TENANTS_EMEA_APIKEY", "e",
                        "https_proxy", "http://u:p%40ss@proxy:1", "ATLAN_BASE_URL", "https://acme.atlan.com",
                        "SPRING_APPLICATION_JSON", "{\"atlan\": {\"api-key\": \"j\"}}"));

        assertThat(environment.getPropertyNames()).allSatisfy((name) -> {
            Object shown = function.apply(new SanitizableData(environment, name, environment.getProperty(name)))
                .getValue();
            switch (name) {
                case "ATLAN_BASE_URL" -> assertThat(shown).isEqualTo("https://acme.atlan.com");
                case "https_proxy" -> assertThat(shown).isEqualTo("http://u:******@proxy:1");
                default -> assertThat(shown).isEqualTo(SanitizableData.SANITIZED_VALUE);
            }
        });
        assertThat(function.apply(new SanitizableData(new MapPropertySource("p", Map.of()), "atlan.proxy.url",
                "http://proxy.corp:3128")).getValue()).as("nothing to mask").isEqualTo("http://proxy.corp:3128");
    }

}
