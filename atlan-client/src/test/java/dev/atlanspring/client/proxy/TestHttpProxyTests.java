package dev.atlanspring.client.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.atlanspring.client.WireMockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test proxy's plain forwarding, which Reactor Netty never uses (it tunnels http too), checked on its own with
 * a raw request as curl sends it.
 */
class TestHttpProxyTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    @Test
    void anAbsoluteUriRequestIsForwardedWithoutTheProxyCredentials() throws IOException {
        wireMock.stubFor(get("/ping?x=1").willReturn(okJson("{\"pong\": true}")));
        try (TestHttpProxy proxy = TestHttpProxy.withCredentials("jdoe", "pw").knows("atlan.test")) {
            String target = "http://atlan.test:" + wireMock.getPort() + "/ping?x=1";
            String response = send(proxy, "GET " + target + " HTTP/1.1\r\nHost: atlan.test\r\n"
                    + "Proxy-Authorization: Basic " + Base64.getEncoder().encodeToString("jdoe:pw".getBytes())
                    + "\r\nConnection: close\r\n\r\n");

            assertThat(response).startsWith("HTTP/1.1 200").endsWith("{\"pong\": true}");
            assertThat(proxy.tunnels()).containsExactly("GET " + target);
            wireMock.verify(getRequestedFor(urlEqualTo("/ping?x=1")).withHeader("Proxy-Authorization", absent()));
        }
    }

    @Test
    void aRequestWithoutCredentialsIsRefusedWith407() throws IOException {
        try (TestHttpProxy proxy = TestHttpProxy.withCredentials("jdoe", "pw")) {
            String response = send(proxy, "CONNECT 127.0.0.1:1 HTTP/1.1\r\nHost: 127.0.0.1:1\r\n\r\n");

            assertThat(response).startsWith("HTTP/1.1 407 Proxy Authentication Required")
                .contains("Proxy-Authenticate: Basic");
            assertThat(proxy.rejections()).containsExactly("CONNECT 127.0.0.1:1");
        }
    }

    private static String send(TestHttpProxy proxy, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", proxy.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

}
