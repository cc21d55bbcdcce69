package dev.atlanspring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import javax.net.ssl.SSLException;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.atlanspring.client.ratelimit.RateLimitSettings;
import dev.atlanspring.client.retry.RetrySettings;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * WireMock on loopback, the way every client test starts it.
 */
public final class WireMockSupport {

    /** The API key tests send; long enough to be found if it leaks anywhere. */
    public static final String API_KEY = "test-api-key-5f1c9a7e2b6d4e08a3c1";

    private WireMockSupport() {
    }

    /**
     * A self-signed certificate for {@code localhost}, {@code atlan.test} and {@code 127.0.0.1}, in a PKCS12 key
     * store (password {@value #TLS_PASSWORD}) valid until 2129, made with
     * {@code keytool -genkeypair -alias atlan-test -keyalg RSA -startdate 2020/01/01 -validity 40000
     * -ext SAN=dns:localhost,dns:atlan.test,ip:127.0.0.1 -storetype PKCS12}.
     */
    public static final String TLS_KEY_STORE = "tls/atlan-test.p12";

    /** The password of {@link #TLS_KEY_STORE}. */
    public static final String TLS_PASSWORD = "test-only";

    /**
     * Creates a WireMock extension bound to 127.0.0.1 on a free port.
     * @return the extension
     */
    public static WireMockExtension wireMock() {
        return WireMockExtension.newInstance()
            .options(WireMockConfiguration.wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();
    }

    /**
     * Creates a WireMock extension bound to 127.0.0.1 on a port that stays the same each time it starts, for an
     * application context that several test classes share.
     * @param port the port, such as a {@link #closedPort()}
     * @return the extension
     */
    public static WireMockExtension wireMock(int port) {
        return WireMockExtension.newInstance()
            .options(WireMockConfiguration.wireMockConfig().port(port).bindAddress("127.0.0.1"))
            .build();
    }

    /**
     * Creates a WireMock extension bound to 127.0.0.1 that also serves https on a free port, with the self-signed
     * certificate of {@link #TLS_KEY_STORE}, which no JVM trusts by default.
     * @return the extension
     */
    public static WireMockExtension wireMockWithHttps() {
        return WireMockExtension.newInstance()
            .options(WireMockConfiguration.wireMockConfig()
                .dynamicPort()
                .dynamicHttpsPort()
                .bindAddress("127.0.0.1")
                .keystorePath(resource(TLS_KEY_STORE).toString())
                .keystoreType("PKCS12")
                .keystorePassword(TLS_PASSWORD)
                .keyManagerPassword(TLS_PASSWORD))
            .build();
    }

    /**
     * Answers the GETs below {@code /api/} with each response in turn, the last one from then on.
     * @param server the WireMock server
     * @param responses the responses, in order
     */
    public static void answerGetsInTurn(WireMockExtension server, ResponseDefinitionBuilder... responses) {
        String state = Scenario.STARTED;
        for (int i = 0; i < responses.length; i++) {
            String next = (i == responses.length - 1) ? state : "answer " + (i + 1);
            server.stubFor(get(urlPathMatching("/api/.*")).inScenario("turns")
                .whenScenarioStateIs(state)
                .willReturn(responses[i])
                .willSetStateTo(next));
            state = next;
        }
    }

    /**
     * Writes the certificate of {@link #TLS_KEY_STORE} as PEM, as a user would to trust a private CA.
     * @param directory where to write it
     * @return the PEM file
     */
    public static Path trustedCertificatePem(Path directory) {
        try (InputStream in = Files.newInputStream(resource(TLS_KEY_STORE))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, TLS_PASSWORD.toCharArray());
            Certificate certificate = store.getCertificate(store.aliases().nextElement());
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            return Files.writeString(directory.resolve("atlan-test.crt"), pem);
        }
        catch (IOException | GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Builds a client TLS context that trusts the certificate of {@link #TLS_KEY_STORE}.
     * @param directory where to write the certificate
     * @return the context
     */
    public static SslContext trustingSslContext(Path directory) {
        try {
            return SslContextBuilder.forClient().trustManager(trustedCertificatePem(directory).toFile()).build();
        }
        catch (SSLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Path resource(String name) {
        URL url = WireMockSupport.class.getClassLoader().getResource(name);
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            // Other modules' tests read this class from atlan-client's test jar once a reactor build has passed
            // 'package' (as './mvnw verify' does); WireMock and the key store need a file, so copy it out.
            Path copy = Files.createTempFile("atlan-test-", "-" + Path.of(name).getFileName());
            copy.toFile().deleteOnExit();
            try (InputStream in = url.openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The default policy's shape (3 retries, doubling) with millisecond waits, so retry tests stay fast. */
    public static final RetrySettings FAST_RETRIES = fastRetries(3, Duration.ofMillis(20),
            RetrySettings.DEFAULT_STATUSES);

    /**
     * Fast retries with another number of retries, maximum delay or statuses.
     * @param maxRetries retries after the first attempt
     * @param maxDelay the longest wait, and the longest Retry-After waited for
     * @param statuses the statuses retried
     * @return the settings
     */
    public static RetrySettings fastRetries(long maxRetries, Duration maxDelay, Set<Integer> statuses) {
        return new RetrySettings(true, maxRetries, Duration.ofMillis(1), 2.0, maxDelay, Duration.ZERO, statuses);
    }

    /**
     * Finds a loopback port nothing listens on, for refused connections.
     * @return the port
     */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Starts a client for a WireMock server, with short timeouts and fast retries so failure tests stay fast, and
     * without the machine's proxy environment variables, since tests talk to loopback only.
     * @param port the server's port
     * @return the builder, to adjust further
     */
    public static AtlanClientBuilder builder(int port) {
        return AtlanClient.builder()
            .baseUrl("http://127.0.0.1:" + port)
            .apiKey(API_KEY)
            .connectTimeout(Duration.ofSeconds(2))
            .readTimeout(Duration.ofSeconds(2))
            .retry(FAST_RETRIES)
            // WireMock enforces no rate limit; RateLimitTests turn pacing back on.
            .rateLimit(RateLimitSettings.DISABLED)
            .useProxyEnvironment(false);
    }

    /**
     * Builds a client for a WireMock server, with short timeouts and fast retries.
     * @param port the server's port
     * @return the client
     */
    public static AtlanClient client(int port) {
        return builder(port).build();
    }

}
