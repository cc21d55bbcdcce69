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
 * their display names.
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

}
