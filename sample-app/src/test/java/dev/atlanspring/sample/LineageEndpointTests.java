package dev.atlanspring.sample;

import java.util.List;

import dev.atlanspring.embedded.DemoCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /catalog/tables/{guid}/lineage}: the embedded demo Atlan's lineage of a table, read through the
 * client's lineage list.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LineageEndpointTests {

    @Autowired
    private MockMvcTester mvc;

    @Test
    void aTablesDownstreamLineageShowsTheProcessesAndAssetsWithTheirDepth() {
        assertThat(this.mvc.get().uri("/catalog/tables/{guid}/lineage?direction=downstream&depth=2",
                "5eed0700-0000-4000-8000-000000000002"))
            .hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$[*].name", (names) -> assertThat(names).isEqualTo(List.of("load ORDERS", "ORDERS",
                    "publish ORDERS_DAILY", "ORDERS_DAILY")))
            .hasPathSatisfying("$[*].typeName", (types) -> assertThat(types)
                .isEqualTo(List.of("Process", "Table", "Process", "View")))
            .hasPathSatisfying("$[*].depth", (depths) -> assertThat(depths).isEqualTo(List.of(1, 1, 2, 2)))
            .hasPathSatisfying("$[0].qualifiedName",
                    (name) -> assertThat(name).isEqualTo(DemoCatalog.LOAD_ORDERS_PROCESS_QUALIFIED_NAME));
    }

    @Test
    void upstreamStopsAtTheDepthAndTheLimit() {
        assertThat(this.mvc.get().uri("/catalog/tables/{guid}/lineage?direction=UPSTREAM",
                DemoCatalog.ORDERS_TABLE_GUID))
            .hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$[*].name", (names) -> assertThat(names)
                .isEqualTo(List.of("load ORDERS", "ORDER_ITEMS", "CUSTOMERS")));
        assertThat(this.mvc.get().uri("/catalog/tables/{guid}/lineage?direction=UPSTREAM&limit=2",
                DemoCatalog.ORDERS_TABLE_GUID))
            .hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$[*].name", (names) -> assertThat(names)
                .isEqualTo(List.of("load ORDERS", "ORDER_ITEMS")));
    }

    @Test
    void aBadDirectionIsABadRequestAndAnUnknownTableNotFound() {
        assertThat(this.mvc.get().uri("/catalog/tables/{guid}/lineage?direction=SIDEWAYS",
                DemoCatalog.ORDERS_TABLE_GUID))
            .hasStatus(400)
            .bodyJson()
            .hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString()
                .contains("UPSTREAM or DOWNSTREAM"));
        assertThat(this.mvc.get().uri("/catalog/tables/{guid}/lineage", "deadbeef-0000-4000-8000-000000000000"))
            .hasStatus(404);
    }

}
