package dev.atlanspring.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.embedded.EmbeddedAtlan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippet of the README's "Custom metadata", as written there, runs against the embedded demo Atlan.
 */
class CustomMetadataReadmeTests {

    @Test
    void theCustomMetadataSnippetRunsAgainstTheDemo() {
        try (EmbeddedAtlan demo = EmbeddedAtlan.start();
             AtlanClient atlan = AtlanClient.builder().baseUrl(demo.baseUrl()).apiKey(demo.apiKey()).build()) {
            String orders = "5eed0700-0000-4000-8000-000000000001";
            Map<String, Object> quality = atlan.customMetadata().get(orders, "Data Quality");
            Double score  = (Double) quality.get("Score");           // float -> Double, int/long -> Long
            Instant run   = (Instant) quality.get("Last run");       // date -> Instant; boolean -> Boolean; enum -> String
            List<?> checks = (List<?>) quality.get("Checks");        // multi-valued -> List
            assertThat(score).isEqualTo(97.5);
            assertThat(run).isNotNull();
            assertThat(checks).hasSize(2);

            String table = "default/snowflake/1700000000/ANALYTICS/SALES/ORDERS";
            atlan.customMetadata().getByQualifiedName("Table", table, "Data Quality");      // the same, by type and qualifiedName
            Asset asset = atlan.assets().get(orders);
            Map<String, Object> read = atlan.customMetadata().of(asset, "Data Quality");    // an asset already read: no request
            assertThat(atlan.customMetadata().getByQualifiedName("Table", table, "Data Quality")).isEqualTo(quality);
            assertThat(read).isEqualTo(quality);

            atlan.customMetadata().update(orders, "Data Quality", Map.of("Score", 99.0, "Passed", true)); // others stay
            String passed = atlan.customMetadata().searchField("Data Quality", "Passed");   // the index field, for a Query
            List<Asset> good = atlan.assets().search(Search.type("Table").filter(Query.term(passed, true))).firstPage();
            List<Asset> withSet = atlan.assets().search(Search.type("Table")
                    .attributes(atlan.customMetadata().searchAttributes("Data Quality"))).firstPage();
            atlan.customMetadata().of(withSet.get(0), "Data Quality");                     // results carry the set asked for
            assertThat(withSet).anySatisfy((found) -> assertThat(atlan.customMetadata().of(found, "Data Quality"))
                .containsEntry("Score", 99.0).containsEntry("Passed", true));
            assertThat(atlan.customMetadata().get(orders, "Data Quality")).hasSize(5).containsEntry("Score", 99.0);
            assertThat(good).extracting(Asset::guid).containsExactly(orders);
            atlan.customMetadata().replaceByQualifiedName("Table", table, "Data Quality",
                    Map.of("Dimension", "Validity"));                                        // others cleared
            assertThat(atlan.customMetadata().get(orders, "Data Quality")).hasSize(1);
            atlan.customMetadata().remove(orders, "Data Quality");
            assertThat(atlan.customMetadata().get(orders)).isEmpty();
        }
    }

}
