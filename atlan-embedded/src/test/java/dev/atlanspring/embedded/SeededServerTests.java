package dev.atlanspring.embedded;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the tests that share one running, demo-seeded embedded Atlan per test class and talk to it over HTTP.
 * Tests that write use their own qualified names, so they do not meet.
 */
abstract class SeededServerTests {

    static EmbeddedAtlan atlan;

    static AtlanTestClient client;

    @BeforeAll
    static void start() {
        atlan = EmbeddedAtlan.start();
        client = new AtlanTestClient(atlan);
    }

    @AfterAll
    static void stop() {
        atlan.close();
    }

}
