package dev.atlanspring.client;

import dev.atlanspring.embedded.EmbeddedAtlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Tests of the real client against an embedded demo Atlan of their own, started once per test class.
 */
abstract class EmbeddedClientTests {

    /** The embedded Atlan of the running test class. */
    static EmbeddedAtlan atlan;

    /** A client of it. */
    static AtlanClient client;

    @BeforeAll
    static void start() {
        atlan = EmbeddedAtlan.start();
        client = AtlanClient.builder().baseUrl(atlan.baseUrl()).apiKey(atlan.apiKey()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        atlan.close();
    }

}
