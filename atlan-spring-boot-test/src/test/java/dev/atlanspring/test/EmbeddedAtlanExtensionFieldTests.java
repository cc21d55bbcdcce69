package dev.atlanspring.test;

import java.util.HashSet;
import java.util.Set;

import dev.atlanspring.client.retry.RetrySettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The extension as an instance field: each test gets a server of its own, configured by the field.
 */
class EmbeddedAtlanExtensionFieldTests {

    private static final Set<String> URLS = new HashSet<>();

    @RegisterExtension
    final EmbeddedAtlanExtension atlan = EmbeddedAtlanExtension.create()
        .seedDemoCatalog(false)
        .client((builder) -> builder.retry(RetrySettings.DISABLED));

    @Test
    void startsAnEmptyServerForThisTest() {
        assertThat(this.atlan.server().assetCount()).isZero();
        assertThat(this.atlan.client().users().current().username()).isEqualTo("demo");
        URLS.add(this.atlan.server().baseUrl());
    }

    @Test
    void startsAnotherServerForThatTest() {
        assertThat(this.atlan.server().isRunning()).isTrue();
        URLS.add(this.atlan.server().baseUrl());
    }

    @AfterAll
    static void eachTestHadItsOwnServer() {
        assertThat(URLS).hasSize(2);
    }

    @Test
    void outsideATestThereIsNoServer() {
        EmbeddedAtlanExtension unused = EmbeddedAtlanExtension.create();
        assertThatIllegalStateException().isThrownBy(unused::server)
            .withMessageContaining("runs only while a test class or test runs");
    }

}
