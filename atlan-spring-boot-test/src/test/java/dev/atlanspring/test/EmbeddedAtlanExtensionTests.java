package dev.atlanspring.test;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.ReactiveAtlanClient;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.embedded.DemoCatalog;
import dev.atlanspring.embedded.EmbeddedAtlan;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain JUnit, no Spring: the extension hands tests a running embedded Atlan and a client pointed at it, and resets
 * the server between tests so that a write in one is not seen in the next.
 */
@ExtendWith(EmbeddedAtlanExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedAtlanExtensionTests {

    private static final String SCRATCH = "scratch/EXTENSION_TABLE";

    @Test
    @Order(1)
    void resolvesTheServerAndAClientPointedAtIt(AtlanClient client, ReactiveAtlanClient reactive,
            EmbeddedAtlan server) {
        assertThat(client.baseUrl()).hasToString(server.baseUrl());
        assertThat(client.settings().rateLimit().enabled()).isFalse();
        assertThat(client.assets().get(DemoCatalog.ORDERS_TABLE_GUID).name()).isEqualTo("ORDERS");
        assertThat(reactive.users().current().block().username()).isEqualTo(DemoCatalog.DEMO_USERNAME);
        client.assets().save(Asset.builder("Table", SCRATCH).name("EXTENSION_TABLE").build());
        assertThat(server.entity("Table", SCRATCH)).isPresent();
    }

    @Test
    @Order(2)
    void theNextTestStartsFromTheSeededCatalog(EmbeddedAtlan server) {
        assertThat(server.entity("Table", SCRATCH)).isEmpty();
        assertThat(server.assetCount()).isEqualTo(DemoCatalog.ASSET_COUNT);
    }

}
