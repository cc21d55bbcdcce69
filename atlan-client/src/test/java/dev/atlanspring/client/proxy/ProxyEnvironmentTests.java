package dev.atlanspring.client.proxy;

import java.net.URI;
import java.util.Map;

import dev.atlanspring.client.ClientSetting;
import dev.atlanspring.client.InvalidSettingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProxyEnvironmentTests {

    private static final URI HTTPS = URI.create("https://acme.atlan.com");

    private static final URI HTTP = URI.create("http://localhost:8080");

    @Test
    void theSchemeOfTheUrlChoosesTheVariable() {
        ProxyEnvironment environment = ProxyEnvironment
            .of(Map.of("HTTPS_PROXY", "http://secure.corp:3128", "HTTP_PROXY", "http://plain.corp:3128")::get);
        assertThat(environment.proxyFor(HTTPS).host()).isEqualTo("secure.corp");
        assertThat(environment.proxyFor(HTTP).host()).isEqualTo("plain.corp");
        assertThat(environment.proxyFor(HTTPS).origin()).isEqualTo("the environment variable HTTPS_PROXY");
    }

    @Test
    void lowerCaseWinsOverUpperCaseAndAllProxyIsTheFallback() {
        assertThat(ProxyEnvironment.of(Map.of("https_proxy", "lower.corp:1", "HTTPS_PROXY", "upper.corp:1")::get)
            .proxyFor(HTTPS)
            .host()).isEqualTo("lower.corp");
        assertThat(ProxyEnvironment.of(Map.of("ALL_PROXY", "socks5://all.corp", "HTTP_PROXY", "plain.corp")::get)
            .proxyFor(HTTPS)
            .type()).isEqualTo(ProxySettings.Type.SOCKS5);
    }

    @Test
    void emptyVariablesCountAsUnset() {
        ProxyEnvironment environment = ProxyEnvironment
            .of(Map.of("https_proxy", "", "HTTPS_PROXY", "upper.corp", "no_proxy", " ", "NO_PROXY", "atlan.com")::get);
        assertThat(environment.proxyFor(HTTPS).host()).isEqualTo("upper.corp");
        assertThat(environment.nonProxyHosts().entries()).containsExactly("atlan.com");
        assertThat(ProxyEnvironment.of(Map.<String, String>of()::get).proxyFor(HTTPS)).isNull();
    }

    @Test
    void noProxyIsReadLowerCaseFirst() {
        ProxyEnvironment environment = ProxyEnvironment
            .of(Map.of("no_proxy", ".corp.example.com,localhost", "NO_PROXY", "*")::get);
        assertThat(environment.nonProxyHosts().entries()).containsExactly(".corp.example.com", "localhost");
    }

    @Test
    void aMalformedVariableIsNamedWithTheWayToIgnoreIt() {
        ProxyEnvironment environment = ProxyEnvironment.of(Map.of("HTTPS_PROXY", "gopher://jdoe:hunter2@x")::get);
        assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> environment.proxyFor(HTTPS))
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(ClientSetting.PROXY_USE_ENVIRONMENT))
            .withMessageStartingWith("The proxy URL in the environment variable HTTPS_PROXY has the scheme 'gopher'")
            .withMessageContaining("Correct HTTPS_PROXY, set a proxy explicitly (atlan.proxy.url) to override it, or"
                    + " ignore the environment (atlan.proxy.use-environment=false).")
            .withMessageNotContaining("hunter2");
    }

}
