package dev.atlanspring.client.proxy;

import dev.atlanspring.client.ClientSetting;
import dev.atlanspring.client.InvalidSettingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProxySettingsTests {

    @Test
    void anHttpProxyUrlWithPercentEncodedCredentialsIsDecoded() {
        ProxySettings proxy = ProxySettings.parse("http://j%20doe:p%40ss%3Aw0rd%2F%2B@proxy.corp:3128/");
        assertThat(proxy.type()).isEqualTo(ProxySettings.Type.HTTP);
        assertThat(proxy.host()).isEqualTo("proxy.corp");
        assertThat(proxy.port()).isEqualTo(3128);
        assertThat(proxy.username()).isEqualTo("j doe");
        assertThat(proxy.password().reveal()).isEqualTo("p@ss:w0rd/+");
        assertThat(proxy.origin()).isEqualTo("atlan.proxy.url");
    }

    @ParameterizedTest
    @CsvSource({ "http://proxy.corp, HTTP, proxy.corp, 80", "proxy.corp:3128, HTTP, proxy.corp, 3128",
            "socks5://proxy.corp, SOCKS5, proxy.corp, 1080", "SOCKS5H://10.0.0.1:9050, SOCKS5, 10.0.0.1, 9050",
            "'http://[::1]:8080', HTTP, ::1, 8080" })
    void schemesAndDefaultPortsAreThoseOfCurl(String url, ProxySettings.Type type, String host, int port) {
        ProxySettings proxy = ProxySettings.parse(url);
        assertThat(proxy.type()).isEqualTo(type);
        assertThat(proxy.host()).isEqualTo(host);
        assertThat(proxy.port()).isEqualTo(port);
        assertThat(proxy.username()).isNull();
    }

    @Test
    void toStringAndUrlMaskThePassword() {
        ProxySettings proxy = ProxySettings.parse("socks5://jdoe:hunter2-secret@proxy.corp:1080");
        assertThat(proxy.url()).isEqualTo("socks5://jdoe:******@proxy.corp:1080");
        assertThat(proxy).hasToString("ProxySettings[socks5://jdoe:******@proxy.corp:1080 from atlan.proxy.url]");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "ftp://jdoe:hunter2@proxy.corp", "https://jdoe:hunter2@proxy.corp",
            "http://jdoe:hunter2@", "http://jdoe:hunter2@proxy.corp:99999", "http://jdoe:hunter2@proxy.corp:3128/path",
            "http://jdoe:hunter2%zz@proxy.corp", "http://jdoe:hunter2@proxy corp", "http://:hunter2@proxy.corp",
            "socks5://jdoe:hunter2é@proxy.corp", "http://jdoe:hunter2" })
    void aMalformedUrlIsRefusedNamingTheSettingWithoutThePassword(String url) {
        assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> ProxySettings.parse(url))
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(ClientSetting.PROXY_URL))
            .satisfies((ex) -> assertThat(ex.getProblem()).startsWith("The proxy URL "))
            .satisfies((ex) -> assertThat(ex.getFix()).contains("http://host:port or socks5://host:port"))
            .satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("hunter2"));
    }

    @Test
    void anHttpsProxyIsRefusedExplainingThatTrafficToAtlanStaysEncrypted() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> ProxySettings.parse("https://proxy.corp:443"))
            .withMessageContaining("a TLS connection to the proxy itself, which is not supported")
            .withMessageContaining("still encrypted end to end");
    }

}
