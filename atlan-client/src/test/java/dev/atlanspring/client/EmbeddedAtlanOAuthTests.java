package dev.atlanspring.client;

import dev.atlanspring.client.error.AuthenticationException;
import dev.atlanspring.embedded.DemoCatalog;
import dev.atlanspring.embedded.EmbeddedAtlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The real client signing in to the embedded demo Atlan with OAuth client credentials instead of the API key.
 */
class EmbeddedAtlanOAuthTests {

    private static EmbeddedAtlan atlan;

    @BeforeAll
    static void start() {
        atlan = EmbeddedAtlan.builder().oauthClient("ci-jobs", "ci-secret-31c5").seedDemoCatalog(true).start();
    }

    @AfterAll
    static void stop() {
        atlan.close();
    }

    @Test
    void theDemoOAuthClientGetsATokenTheDemoAtlanAccepts() {
        assertThat(atlan.oauthClientId()).isEqualTo("ci-jobs");
        try (AtlanClient client = AtlanClient.builder()
            .baseUrl(atlan.baseUrl())
            .oauthClientCredentials(atlan.oauthClientId(), atlan.oauthClientSecret())
            .build()) {
            assertThat(client.users().current().username()).isEqualTo(DemoCatalog.DEMO_USERNAME);
            assertThat(client.assets().get(DemoCatalog.ORDERS_TABLE_GUID).guid())
                .isEqualTo(DemoCatalog.ORDERS_TABLE_GUID);
        }
    }

    @Test
    void aWrongSecretIsRefusedWithAnAuthenticationException() {
        try (AtlanClient client = AtlanClient.builder()
            .baseUrl(atlan.baseUrl())
            .oauthClientCredentials(atlan.oauthClientId(), "not-the-secret")
            .build()) {
            assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> client.users().current())
                .withMessageStartingWith("Atlan rejected the OAuth client credentials of client ci-jobs:"
                        + " ATLAS-401-00-002 Invalid OAuth client credentials (HTTP 401");
        }
    }

    @Test
    void eachServerHasItsOwnRandomDemoSecret() {
        try (EmbeddedAtlan one = EmbeddedAtlan.start(); EmbeddedAtlan two = EmbeddedAtlan.start()) {
            assertThat(one.oauthClientId()).isEqualTo("demo-client");
            assertThat(one.oauthClientSecret()).startsWith("demo-secret-").isNotEqualTo(two.oauthClientSecret());
            assertThat(one.toString()).doesNotContain(one.oauthClientSecret());
        }
    }

}
