package dev.atlanspring.client;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetRef;
import dev.atlanspring.client.lineage.Lineage;
import dev.atlanspring.client.lineage.LineageFilter;
import dev.atlanspring.client.lineage.LineageProcess;
import dev.atlanspring.client.lineage.LineageRequest;
import dev.atlanspring.embedded.EmbeddedAtlan;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippet of the README's "Lineage", as written there, runs against the embedded demo Atlan.
 */
class LineageReadmeTests {

    @Test
    void theLineageSnippetRunsAgainstTheDemo() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (EmbeddedAtlan demo = EmbeddedAtlan.start();
             AtlanClient atlan = AtlanClient.builder().baseUrl(demo.baseUrl()).apiKey(demo.apiKey()).build()) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            String orders = "5eed0700-0000-4000-8000-000000000001";
            try (Stream<Asset> downstream = atlan.lineage().list(LineageRequest.downstream(orders).depth(2))) {
                downstream.forEach((asset) -> System.out.println(asset.typeName() + " " + asset.name()
                        + " at depth " + Lineage.depthOf(asset)));          // Process publish ORDERS_DAILY at depth 1, ...
            }
            List<Asset> tablesUpstream = atlan.lineage()
                    .list(LineageRequest.upstream(orders).whereResults(LineageFilter.eq("__typeName", "Table")))
                    .toList();                                              // ORDER_ITEMS, CUSTOMERS

            Asset process = LineageProcess.builder("copy ORDERS", "default/snowflake/1700000000")
                    .input(AssetRef.byGuid("Table", orders))
                    .output(AssetRef.byQualifiedName("Table", "default/snowflake/1700000000/ANALYTICS/SALES/PAYMENTS"))
                    .sql("INSERT INTO PAYMENTS SELECT ... FROM ORDERS")
                    .build();
            atlan.assets().save(process);                                   // saving it again updates it
            Flux<Asset> same = atlan.reactive().lineage().list(LineageRequest.downstream(orders).depth(1));

            System.setOut(out);
            assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                    "Process publish ORDERS_DAILY at depth 1", "View ORDERS_DAILY at depth 1");
            assertThat(tablesUpstream).extracting(Asset::name).containsExactly("ORDER_ITEMS", "CUSTOMERS");
            assertThat(atlan.assets().save(process).created()).isEmpty();
            assertThat(same.map(Asset::name).collectList().block()).containsExactly("publish ORDERS_DAILY",
                    "copy ORDERS", "ORDERS_DAILY", "PAYMENTS");
        }
        finally {
            System.setOut(out);
        }
    }

}
