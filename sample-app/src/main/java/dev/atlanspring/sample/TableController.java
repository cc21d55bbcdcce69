package dev.atlanspring.sample;

import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AtlanTag;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.client.search.SearchField;
import dev.atlanspring.client.search.SearchResult;
import dev.atlanspring.client.search.SortOrder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists a schema's tables by searching Atlan, streaming them to the response as a JSON array while the search
 * pages through Atlan: however many tables there are, the app holds one page of them at a time. Each table shows
 * its Atlan tags by the names people see, such as {@code PII}.
 */
@RestController
@RequestMapping("/catalog")
class TableController {

    private final AtlanClient atlan;

    private final JsonMapper json;

    TableController(AtlanClient atlan, JsonMapper json) {
        this.atlan = atlan;
        this.json = json;
    }

    /**
     * {@code GET /catalog/tables?schema=SALES}, or with the schema's qualified name.
     * @param schema the schema's name, or its qualified name (one with a {@code /})
     * @return the tables, sorted by name, streamed
     */
    @GetMapping("/tables")
    ResponseEntity<StreamingResponseBody> tables(@RequestParam String schema) {
        if (schema.isBlank()) {
            throw new IllegalArgumentException("The schema is blank; pass one, such as ?schema=SALES.");
        }
        String field = schema.contains("/") ? "schemaQualifiedName" : "schemaName";
        SearchResult result = this.atlan.assets()
            .search(Search.type("Table")
                .filter(Query.term(field, schema))
                .attributes("rowCount", "certificateStatus", "schemaQualifiedName")
                .sort(SearchField.NAME, SortOrder.ASC));
        // Read the first page now, so that a failure is still a problem response rather than a cut-off stream.
        long count = result.approximateCount();
        StreamingResponseBody body = (out) -> write(result, out);
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_JSON)
            .header("X-Total-Count", String.valueOf(count))
            .body(body);
    }

    private void write(SearchResult result, OutputStream out) {
        try (Stream<Asset> tables = result.stream(); JsonGenerator generator = this.json.createGenerator(out)) {
            generator.writeStartArray();
            tables.forEach((table) -> this.json.writeValue(generator, TableView.of(table)));
            generator.writeEndArray();
        }
    }

    /**
     * One table as this API shows it.
     *
     * @param guid the table's GUID
     * @param name its name
     * @param qualifiedName its qualified name
     * @param schemaQualifiedName its schema's qualified name
     * @param rowCount how many rows it has
     * @param certificateStatus its certificate, such as {@code VERIFIED}
     * @param tags its Atlan tags, by display name
     */
    record TableView(String guid, String name, String qualifiedName, String schemaQualifiedName, Long rowCount,
            String certificateStatus, List<String> tags) {

        static TableView of(Asset table) {
            return new TableView(table.guid(), table.name(), table.qualifiedName(),
                    table.attribute("schemaQualifiedName", String.class), table.attribute("rowCount", Long.class),
                    table.attribute("certificateStatus", String.class),
                    table.classifications().stream().map(AtlanTag::typeName).toList());
        }

    }

}
