package dev.atlanspring.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the tests that drive a real client against WireMock on loopback: a fresh client per test, closed after.
 */
abstract class WireMockClientTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    protected AtlanClient client;

    @BeforeEach
    void createClient() {
        this.client = WireMockSupport.client(wireMock.getPort());
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

}
