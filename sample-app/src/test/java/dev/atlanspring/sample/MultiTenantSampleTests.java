package dev.atlanspring.sample;

import java.util.List;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClients;
import dev.atlanspring.embedded.EmbeddedAtlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's {@code multi-tenant} profile: two tenants, each on its own embedded demo Atlan, injected by
 * qualifier into a service that searches both.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("multi-tenant")
class MultiTenantSampleTests {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private TenantComparison comparison;

    @Autowired
    @Qualifier("americas")
    private AtlanClient americas;

    @Autowired
    @Qualifier("emea")
    private AtlanClient emea;

    @Autowired
    private AtlanClient primary;

    @Autowired
    private AtlanClients clients;

    @Autowired
    @Qualifier("emea")
    private EmbeddedAtlan emeaAtlan;

    @Test
    void eachQualifiedClientIsItsTenantsOwnOnItsOwnDemoAtlan() {
        assertThat(this.clients.names()).containsExactly("americas", "emea");
        assertThat(this.primary).as("atlan.default-tenant=americas").isSameAs(this.americas);
        assertThat(this.emea.tenant()).isEqualTo("emea");
        assertThat(this.emea.baseUrl()).hasToString(this.emeaAtlan.baseUrl());
        assertThat(this.americas.baseUrl()).isNotEqualTo(this.emea.baseUrl());
        assertThat(this.emea.settings().retry().maxRetries()).as("overridden for emea").isEqualTo(1);
        assertThat(this.americas.settings().retry().maxRetries()).as("the default").isEqualTo(3);
        assertThat(this.emea.settings().readTimeout()).as("inherited from the top level")
            .isEqualTo(java.time.Duration.ofSeconds(60));
    }

    @Test
    void theServiceSearchesBothTenantsWithTheSameSearch() {
        TenantComparison.SideBySide both = this.comparison.tables("SALES").block();
        assertThat(both.americas().tenant()).isEqualTo("americas");
        assertThat(both.emea().tables()).containsAll(both.americas().tables()).contains(EmeaDemoTable.NAME);
        assertThat(both.americas().tables()).contains("ORDERS").doesNotContain(EmeaDemoTable.NAME);
    }

    @Test
    void theEndpointShowsBothTenantsSideBySide() {
        assertThat(this.mvc.get().uri("/tenants/tables?schema=SALES").exchange())
            .hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$.query.bool.filter[2].term.schemaName",
                    (schema) -> assertThat(schema).isEqualTo("SALES"))
            .hasPathSatisfying("$.americas.tenant", (tenant) -> assertThat(tenant).isEqualTo("americas"))
            .hasPathSatisfying("$.emea.tenant", (tenant) -> assertThat(tenant).isEqualTo("emea"))
            .hasPathSatisfying("$.americas.tables", (tables) -> assertThat(tables).isEqualTo(
                    List.of("CUSTOMERS", "ORDERS", "ORDER_ITEMS", "PAYMENTS", "PRODUCTS", "SHIPMENTS")))
            .hasPathSatisfying("$.emea.tables", (tables) -> assertThat(tables).isEqualTo(List.of("CUSTOMERS",
                    "ORDERS", "ORDER_ITEMS", "PAYMENTS", "PRODUCTS", "SHIPMENTS", EmeaDemoTable.NAME)));
    }

}
