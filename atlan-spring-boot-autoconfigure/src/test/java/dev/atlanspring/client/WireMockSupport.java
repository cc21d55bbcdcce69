package dev.atlanspring.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Set;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.atlanspring.client.retry.RetrySettings;

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
     * Starts a client for a WireMock server, with short timeouts and fast retries so failure tests stay fast.
     * @param port the server's port
     * @return the builder, to adjust further
     */
    public static AtlanClientBuilder builder(int port) {
        return AtlanClient.builder()
            .baseUrl("http://127.0.0.1:" + port)
            .apiKey(API_KEY)
            .connectTimeout(Duration.ofSeconds(2))
            .readTimeout(Duration.ofSeconds(2))
            .retry(FAST_RETRIES);
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
