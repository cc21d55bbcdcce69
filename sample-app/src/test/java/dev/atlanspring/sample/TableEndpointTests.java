package dev.atlanspring.sample;

import java.util.List;

import dev.atlanspring.embedded.DemoCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /catalog/tables}: a search of the embedded demo Atlan, streamed to the response, with tags shown by
 * their display names; and {@code GET /catalog/tables/{guid}/lineage}: a table's lineage in the demo, read through
 * the client's lineage list.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TableEndpointTests {

    @Autowired
    private MockMvcTester mvc;

    @Test
    void aSchemasTablesStreamSortedByNameWithTheirTagsByDisplayName() {
        MvcTestResult result = this.mvc.get().uri("/catalog/tables?schema=SALES").exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result.getResponse().getHeader("X-Total-Count")).isEqualTo("6");
        assertThat(result).bodyJson()
            .hasPathSatisfying("$[*].name", (names) -> assertThat(names).isEqualTo(
                    List.of("CUSTOMERS", "ORDERS", "ORDER_ITEMS", "PAYMENTS", "PRODUCTS", "SHIPMENTS")))
            .hasPathSatisfying("$[0].tags", (tags) -> assertThat(tags).isEqualTo(List.of("PII")))
            .hasPathSatisfying("$[0].guid", (guid) -> assertThat(guid).isEqualTo(DemoCatalog.CUSTOMERS_TABLE_GUID))
            .hasPathSatisfying("$[0].rowCount", (rows) -> assertThat(rows).isEqualTo(320000))
            .hasPathSatisfying("$[3].tags", (tags) -> assertThat(tags).isEqualTo(List.of("Confidential")))
            .hasPathSatisfying("$[1].tags", (tags) -> assertThat(tags).isEqualTo(List.of()));
    }

    @Test
    void aSchemaCanBeNamedByItsQualifiedName() {
        assertThat(this.mvc.get().uri("/catalog/tables?schema={schema}", DemoCatalog.MARKETING_SCHEMA_QUALIFIED_NAME))
            .hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$[*].name", (names) -> assertThat(names)
                .isEqualTo(List.of("CAMPAIGNS", "EMAIL_EVENTS", "LEADS", "WEB_SESSIONS")));
    }

    @Test
    void anUnknownSchemaHasNoTablesAndAMissingOneIsABadRequest() {
        assertThat(this.mvc.get().uri("/catalog/tables?schema=NOPE")).hasStatusOk().bodyJson().isEqualTo("[]");
        assertThat(this.mvc.get().uri("/catalog/tables")).hasStatus(400);
    }

    @Test
    void anAssetShowsItsTagByDisplayName() {
        assertThat(this.mvc.get().uri("/catalog/assets/{guid}", DemoCatalog.CUSTOMERS_TABLE_GUID))
            .hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$.classifications[0].typeName", (tag) -> assertThat(tag).isEqualTo("PII"));
    }

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
