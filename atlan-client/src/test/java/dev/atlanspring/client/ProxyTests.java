package dev.atlanspring.client;

import java.nio.file.Path;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.atlanspring.client.error.ApiConnectionException;
import dev.atlanspring.client.error.ProxyAuthenticationException;
import dev.atlanspring.client.proxy.TestHttpProxy;
import dev.atlanspring.client.proxy.TestSocks5Proxy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Calls through real proxies on loopback: an HTTP proxy with Basic authentication and a SOCKS5 proxy with a user
 * name and password. The tenant is addressed as {@code atlan.test}, a name only the proxies resolve, so a call that
 * succeeds went through the proxy; the proxies also record every tunnel. The environment is a map, never the JVM's.
 */
class ProxyTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMockWithHttps();

    /** Needs percent-encoding in a URL, and is looked for everywhere it must not appear. */
    private static final String PASSWORD = "p@ss:w0rd/%-7c1f";

    private static final String ENCODED_PASSWORD = "p%40ss%3Aw0rd%2F%25-7c1f";

    @TempDir
    Path certificates;

    @BeforeEach
    void answerTheCurrentUser() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
    }

    @Test
    void callsGoThroughAnHttpProxyThatAsksForBasicCredentials() {
        try (TestHttpProxy proxy = TestHttpProxy.withCredentials("jdoe", PASSWORD).knows("atlan.test");
                AtlanClient client = viaProxyName()
                    .proxy("http://jdoe:" + ENCODED_PASSWORD + "@127.0.0.1:" + proxy.port())
                    .build()) {
            assertThat(client.users().current().username()).isEqualTo("jdoe");
            assertThat(proxy.tunnels()).containsExactly("CONNECT atlan.test:" + wireMock.getPort());
            wireMock.verify(getRequestedFor(urlPathEqualTo("/api/service/users/current"))
                .withHeader("Authorization", equalTo("Bearer " + WireMockSupport.API_KEY)));
        }
    }

    @Test
    void httpsCallsTunnelThroughTheHttpProxyWithConnect() {
        int httpsPort = wireMock.getRuntimeInfo().getHttpsPort();
        try (TestHttpProxy proxy = TestHttpProxy.withCredentials("jdoe", PASSWORD).knows("atlan.test");
                AtlanClient client = WireMockSupport.builder(wireMock.getPort())
                    .baseUrl("https://atlan.test:" + httpsPort)
                    .sslContext(WireMockSupport.trustingSslContext(this.certificates))
                    .proxy("http://jdoe:" + ENCODED_PASSWORD + "@127.0.0.1:" + proxy.port())
                    .build()) {
            assertThat(client.users().current().username()).isEqualTo("jdoe");
            assertThat(proxy.tunnels()).containsExactly("CONNECT atlan.test:" + httpsPort);
        }
    }

    @Test
    void aCustomTrustStillVerifiesTheHostName() {
        int httpsPort = wireMock.getRuntimeInfo().getHttpsPort();
        try (TestHttpProxy proxy = TestHttpProxy.open().knows("not-in-the-certificate.test");
                AtlanClient client = WireMockSupport.builder(wireMock.getPort())
                    .baseUrl("https://not-in-the-certificate.test:" + httpsPort)
                    .sslContext(WireMockSupport.trustingSslContext(this.certificates))
                    .proxy("http://127.0.0.1:" + proxy.port())
                    .build()) {
            assertThatExceptionOfType(ApiConnectionException.class).isThrownBy(() -> client.users().current())
                .withMessageStartingWith("The TLS handshake with not-in-the-certificate.test:" + httpsPort + " failed")
                .withMessageContaining("that the certificate names the host");
        }
    }

    @Test
    void callsGoThroughASocks5ProxyWithUserNameAndPassword() {
        try (TestSocks5Proxy proxy = TestSocks5Proxy.withCredentials("jdoe", PASSWORD).knows("atlan.test");
                AtlanClient client = viaProxyName()
                    .proxy("socks5://jdoe:" + ENCODED_PASSWORD + "@127.0.0.1:" + proxy.port())
                    .build()) {
            assertThat(client.users().current().username()).isEqualTo("jdoe");
            assertThat(proxy.tunnels()).containsExactly("CONNECT atlan.test:" + wireMock.getPort());
        }
    }

    @Test
    void aWrongPasswordForTheHttpProxyFailsOnceSayingSoWithoutThePassword() {
        try (TestHttpProxy proxy = TestHttpProxy.withCredentials("jdoe", "right-one");
                AtlanClient client = WireMockSupport.builder(wireMock.getPort())
                    .proxy("http://jdoe:" + ENCODED_PASSWORD + "@127.0.0.1:" + proxy.port())
                    .build()) {
            ProxyAuthenticationException ex = catchThrowableOfType(ProxyAuthenticationException.class,
                    () -> client.users().current());
            assertThat(ex.getStatus()).isEqualTo(407);
            assertThat(ex.getMessage())
                .startsWith("The proxy 127.0.0.1:" + proxy.port() + " (from atlan.proxy.url) rejected the user name"
                        + " and password (HTTP 407, GET /api/service/users/current, tenant default")
                .contains("Check the user name and password in the proxy URL")
                .doesNotContain(PASSWORD)
                .doesNotContain(ENCODED_PASSWORD);
            assertThat(proxy.rejections()).as("not retried").hasSize(1);
            assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        }
    }

    @Test
    void aWrongPasswordForTheSocks5ProxyFailsOnceSayingSoWithoutThePassword() {
        try (TestSocks5Proxy proxy = TestSocks5Proxy.withCredentials("jdoe", "right-one");
                AtlanClient client = WireMockSupport.builder(wireMock.getPort())
                    .proxy("socks5://jdoe:" + ENCODED_PASSWORD + "@127.0.0.1:" + proxy.port())
                    .build()) {
            ProxyAuthenticationException ex = catchThrowableOfType(ProxyAuthenticationException.class,
                    () -> client.users().current());
            assertThat(ex.getMessage())
                .startsWith("The proxy 127.0.0.1:" + proxy.port() + " (from atlan.proxy.url) rejected the user name"
                        + " and password")
                .contains("socks5://user:password@host:port")
                .doesNotContain(PASSWORD)
                .doesNotContain(ENCODED_PASSWORD);
            assertThat(proxy.rejections()).containsExactly("jdoe");
        }
    }

    @Test
    void aProxyThatIsNotRunningIsNamedInTheError() {
        int closed = WireMockSupport.closedPort();
        try (AtlanClient client = WireMockSupport.builder(wireMock.getPort())
            .proxy("http://127.0.0.1:" + closed)
            .build()) {
            assertThatExceptionOfType(ApiConnectionException.class).isThrownBy(() -> client.users().current())
                .withMessageStartingWith("Could not connect to the proxy 127.0.0.1:" + closed
                        + " (from atlan.proxy.url) on the way to 127.0.0.1:" + wireMock.getPort());
        }
    }

    @Test
    void theHttpsProxyVariableAppliesToAnHttpsTenant() {
        int httpsPort = wireMock.getRuntimeInfo().getHttpsPort();
        try (TestHttpProxy proxy = TestHttpProxy.withCredentials("jdoe", PASSWORD).knows("atlan.test");
                AtlanClient client = WireMockSupport.builder(wireMock.getPort())
                    .baseUrl("https://atlan.test:" + httpsPort)
                    .sslContext(WireMockSupport.trustingSslContext(this.certificates))
                    .useProxyEnvironment(true)
                    .proxyEnvironment(Map.of("HTTPS_PROXY", "http://jdoe:" + ENCODED_PASSWORD + "@127.0.0.1:"
                            + proxy.port(), "HTTP_PROXY", "http://127.0.0.1:" + WireMockSupport.closedPort())::get)
                    .build()) {
            assertThat(client.users().current().username()).isEqualTo("jdoe");
            assertThat(proxy.tunnels()).containsExactly("CONNECT atlan.test:" + httpsPort);
        }
    }

    @Test
    void theLowerCaseHttpProxyVariableWinsOverTheUpperCaseOne() {
        try (TestSocks5Proxy proxy = TestSocks5Proxy.withCredentials("jdoe", PASSWORD).knows("atlan.test");
                AtlanClient client = viaProxyName().useProxyEnvironment(true)
                    .proxyEnvironment(Map.of("http_proxy", "socks5://jdoe:" + ENCODED_PASSWORD + "@127.0.0.1:"
                            + proxy.port(), "HTTP_PROXY", "http://127.0.0.1:" + WireMockSupport.closedPort())::get)
                    .build()) {
            assertThat(client.users().current().username()).isEqualTo("jdoe");
            assertThat(proxy.tunnels()).hasSize(1);
        }
    }

    @Test
    void allProxyIsTheFallbackAndMaySpeakSocks5() {
        try (TestSocks5Proxy proxy = TestSocks5Proxy.withCredentials("jdoe", PASSWORD).knows("atlan.test");
                AtlanClient client = viaProxyName().useProxyEnvironment(true)
                    .proxyEnvironment(Map.of("ALL_PROXY",
                            "socks5h://jdoe:" + ENCODED_PASSWORD + "@127.0.0.1:" + proxy.port())::get)
                    .build()) {
            assertThat(client.users().current().username()).isEqualTo("jdoe");
            assertThat(proxy.tunnels()).containsExactly("CONNECT atlan.test:" + wireMock.getPort());
        }
    }

    @Test
    void noProxyBypassesTheProxy() {
        try (TestHttpProxy proxy = TestHttpProxy.open();
                AtlanClient client = WireMockSupport.builder(wireMock.getPort()).useProxyEnvironment(true)
                    .proxyEnvironment(Map.of("HTTP_PROXY", "http://127.0.0.1:" + proxy.port(), "NO_PROXY",
                            "localhost, .corp.example.com,127.0.0.1")::get)
                    .build()) {
            assertThat(client.settings().effectiveProxy()).isNull();
            assertThat(client.users().current().username()).isEqualTo("jdoe");
            assertThat(proxy.tunnels()).isEmpty();
            wireMock.verify(getRequestedFor(urlPathEqualTo("/api/service/users/current")));
        }
    }

    @Test
    void settingsBeatTheEnvironment() {
        try (TestHttpProxy configured = TestHttpProxy.open();
                TestHttpProxy fromEnvironment = TestHttpProxy.open();
                AtlanClient client = WireMockSupport.builder(wireMock.getPort())
                    .proxy("http://127.0.0.1:" + configured.port())
                    .nonProxyHosts("other.example.com")
                    .useProxyEnvironment(true)
                    .proxyEnvironment(Map.of("HTTP_PROXY", "http://127.0.0.1:" + fromEnvironment.port(), "NO_PROXY",
                            "127.0.0.1")::get)
                    .build()) {
            assertThat(client.users().current().username()).isEqualTo("jdoe");
            assertThat(configured.tunnels()).containsExactly("CONNECT 127.0.0.1:" + wireMock.getPort());
            assertThat(fromEnvironment.tunnels()).isEmpty();
        }
    }

    @Test
    void theEnvironmentIsIgnoredWhenTurnedOff() {
        try (TestHttpProxy proxy = TestHttpProxy.open();
                AtlanClient client = WireMockSupport.builder(wireMock.getPort()).useProxyEnvironment(false)
                    .proxyEnvironment(Map.of("HTTP_PROXY", "http://127.0.0.1:" + proxy.port())::get)
                    .build()) {
            assertThat(client.users().current().username()).isEqualTo("jdoe");
            assertThat(proxy.tunnels()).isEmpty();
        }
    }

    @Test
    void aMalformedProxyVariableFailsAtBuildNamingItWithoutThePassword() {
        AtlanClientBuilder builder = WireMockSupport.builder(wireMock.getPort()).useProxyEnvironment(true)
            .proxyEnvironment(Map.of("http_proxy", "http://jdoe:" + PASSWORD + "@proxy.corp:31a28")::get);
        assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(builder::build)
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(ClientSetting.PROXY_USE_ENVIRONMENT))
            .satisfies((ex) -> assertThat(ex.getProblem()).isEqualTo(
                    "The proxy URL in the environment variable http_proxy has an invalid port (a number from 1 to"
                            + " 65535)."))
            .satisfies((ex) -> assertThat(ex.getFix()).contains("atlan.proxy.use-environment=false"))
            .satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(PASSWORD));
    }

    /** The tenant by a name only the proxies resolve: plain http, so allowed explicitly. */
    private static AtlanClientBuilder viaProxyName() {
        return WireMockSupport.builder(wireMock.getPort())
            .baseUrl("http://atlan.test:" + wireMock.getPort())
            .allowInsecureHttp(true);
    }

}
