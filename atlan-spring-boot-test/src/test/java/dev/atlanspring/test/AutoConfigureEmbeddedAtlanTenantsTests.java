package dev.atlanspring.test;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClients;
import dev.atlanspring.embedded.EmbeddedAtlan;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with named tenants only: {@code tenants} points the chosen ones at the embedded Atlan and leaves
 * the others where they are configured.
 */
@SpringBootTest(classes = AutoConfigureEmbeddedAtlanTests.App.class,
        properties = { "atlan.default-tenant=emea", "atlan.tenants.emea.base-url=https://emea.atlan.example",
                "atlan.tenants.emea.api-key=emea-key", "atlan.tenants.emea.oauth.client-id=",
                "atlan.tenants.us.base-url=https://us.atlan.example", "atlan.tenants.us.api-key=us-key",
                "spring.reactor.netty.shutdown-quiet-period=0s" })
@AutoConfigureEmbeddedAtlan(tenants = "emea", defaultClient = false, seedDemoCatalog = false)
class AutoConfigureEmbeddedAtlanTenantsTests {

    @Autowired
    @Qualifier("emea")
    AtlanClient emea;

    @Autowired
    AtlanClients clients;

    @Autowired
    EmbeddedAtlan server;

    @Test
    void onlyTheNamedTenantPointsAtTheEmbeddedAtlan() {
        assertThat(this.emea.baseUrl()).hasToString(this.server.baseUrl());
        assertThat(this.clients.get("us").baseUrl()).hasToString("https://us.atlan.example");
        assertThat(this.clients.names()).containsExactlyInAnyOrder("emea", "us");
    }

    @Test
    void anUnseededServerStartsEmpty() {
        assertThat(this.server.assetCount()).isZero();
        assertThat(this.emea.users().current().username()).isEqualTo("demo");
    }

}
