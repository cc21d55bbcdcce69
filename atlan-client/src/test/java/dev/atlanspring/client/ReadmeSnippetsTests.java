package dev.atlanspring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetBatch;
import dev.atlanspring.client.asset.AssetRef;
import dev.atlanspring.client.asset.AtlanTag;
import dev.atlanspring.client.asset.CustomMetadataHandling;
import dev.atlanspring.client.asset.DeleteType;
import dev.atlanspring.client.asset.GetOptions;
import dev.atlanspring.client.asset.MutationResult;
import dev.atlanspring.client.asset.SaveOptions;
import dev.atlanspring.client.asset.TagHandling;
import dev.atlanspring.client.search.Aggregation;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.client.search.SearchField;
import dev.atlanspring.client.search.SearchResult;
import dev.atlanspring.client.search.SortOrder;
import dev.atlanspring.client.typedef.TypeDef;
import dev.atlanspring.client.typedef.TypeDefCategory;
import dev.atlanspring.client.user.AtlanGroup;
import dev.atlanspring.client.user.AtlanUser;
import dev.atlanspring.client.user.GroupPage;
import dev.atlanspring.embedded.EmbeddedAtlan;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippets of the README's "Working with assets" section, as written there, run against the embedded demo
 * Atlan: if one stops compiling or working, this fails.
 */
class ReadmeSnippetsTests {

    @Test
    void theWorkingWithAssetsSnippetsRunAgainstTheDemo() {
        List<String> printed = new ArrayList<>();
        try (EmbeddedAtlan demo = EmbeddedAtlan.start();
             AtlanClient atlan = AtlanClient.builder().baseUrl(demo.baseUrl()).apiKey(demo.apiKey()).build()) {
            // Read
            Asset table = atlan.assets().get("5eed0700-0000-4000-8000-000000000001");
            Asset same  = atlan.assets().getByQualifiedName("Table", "default/snowflake/1700000000/ANALYTICS/SALES/ORDERS");
            Long rows   = table.attribute("rowCount", Long.class);
            Asset full  = atlan.assets().get(table.guid(), GetOptions.WITH_RELATIONSHIPS);
            Asset small = atlan.assets().get(table.guid(), GetOptions.MINIMAL);
            assertThat(same.guid()).isEqualTo(table.guid());
            assertThat(table.relationshipAttributes()).isEmpty();
            assertThat(full.relationshipAttributes()).containsKey("columns");
            assertThat(rows).isEqualTo(1_250_000L);
            assertThat(small.relationshipAttributes()).isEmpty();

            // Search
            Search tables = Search.type("Table")
                    .filter(Query.term("schemaQualifiedName", "default/snowflake/1700000000/ANALYTICS/SALES"))
                    .filter(Query.range("rowCount").gte(100_000))
                    .mustNot(Query.term("certificateStatus", "DEPRECATED"))
                    .attributes("rowCount", "certificateStatus")
                    .relationAttributes("schema")
                    .sort(SearchField.NAME, SortOrder.ASC);
            SearchResult result = atlan.assets().search(tables);
            long count = result.approximateCount();
            List<Asset> firstPage = result.firstPage();
            try (Stream<Asset> all = result.stream()) {
                all.forEach((asset) -> printed.add(asset.name() + " " + asset.attribute("rowCount")));
            }
            Flux<Asset> flux = atlan.reactive().assets().search(tables).flux();
            List<String> names = flux.take(5).map(Asset::name).collectList().block();
            assertThat(count).isEqualTo(5);
            assertThat(firstPage).hasSize(5);
            assertThat(printed).first().isEqualTo("CUSTOMERS 320000");
            assertThat(names).containsExactly("CUSTOMERS", "ORDERS", "ORDER_ITEMS", "PAYMENTS", "SHIPMENTS");

            SearchResult byType = atlan.assets().search(Search.all()
                    .aggregate("types", Aggregation.terms("__typeName.keyword", 10))
                    .aggregate("biggest", Aggregation.max("rowCount"))
                    .pageSize(1));
            byType.aggregations().buckets("types").forEach((b) -> printed.add(b.key() + ": " + b.docCount()));
            Double biggest = byType.aggregations().value("biggest");
            assertThat(printed).contains("Column: 50");
            assertThat(biggest).isGreaterThanOrEqualTo(1_250_000d);

            // Create, update, restore, delete
            Asset term = Asset.builder("AtlasGlossaryTerm", "k1Lm2Nop3Qrs4Tuv5Wxy6@aGl0ssAryDemo01")
                    .name("Gross Margin")
                    .relationshipAttribute("anchor", AssetRef.byQualifiedName("AtlasGlossary", "aGl0ssAryDemo01"))
                    .build();
            MutationResult saved = atlan.assets().save(term);
            String guid = saved.assignedGuid("-1");
            String termName = saved.created().get(0).qualifiedName();
            assertThat(termName).endsWith("@aGl0ssAryDemo01").isNotEqualTo(term.qualifiedName());
            atlan.assets().save(table.toBuilder().attribute("description", "All orders").build());
            atlan.assets().updateAttributes("Table", table.qualifiedName(), Map.of("description", "All orders, net"));
            MutationResult deleted = atlan.assets().delete(guid, DeleteType.SOFT);
            assertThat(deleted.deletedGuids()).containsExactly(guid);
            atlan.assets().restore("AtlasGlossaryTerm", termName);
            Mono<Asset> reactive = atlan.reactive().assets().get(guid);
            assertThat(reactive.block().status()).hasToString("ACTIVE");
            assertThat(atlan.assets().get(table.guid()).attribute("description")).isEqualTo("All orders, net");

            atlan.assets().save(List.of(table.toBuilder().classification(AtlanTag.of("Confidential")).build()),
                    SaveOptions.DEFAULT.withTags(TagHandling.APPEND).withCustomMetadata(CustomMetadataHandling.IGNORE));

            // Batches
            try (AssetBatch batch = atlan.assets().batch().maxSize(100).captureFailures(true).build()) {
                for (int i = 0; i < 1_000; i++) {
                    batch.add(Asset.builder("Table", "default/snowflake/1700000000/ANALYTICS/SALES/STAGE_" + i).build());
                }
                batch.flush();
                printed.add(batch.created().size() + " created, " + batch.failures().size() + " failed");
            }
            assertThat(printed).last().isEqualTo("1000 created, 0 failed");

            // Atlan tags
            Asset customers = atlan.assets().get("5eed0700-0000-4000-8000-000000000003");
            assertThat(customers.classifications().get(0).typeName()).isEqualTo("PII");
            atlan.assets().addTags("Table", customers.qualifiedName(), "Confidential");
            assertThat(atlan.assets().get(customers.guid()).classifications()).extracting(AtlanTag::typeName)
                .containsExactly("PII", "Confidential");
            atlan.assets().removeTags("Table", customers.qualifiedName(), "Confidential");
            atlan.assets().addTagsByGuid(customers.guid(),
                    List.of(AtlanTag.builder("PII").propagate(true).restrictPropagationThroughLineage(true).build()));
            assertThat(atlan.assets().get(customers.guid()).classifications()).singleElement()
                .satisfies((tag) -> assertThat(tag.propagate()).isTrue());
            atlan.assets().save(List.of(customers.toBuilder().classification(AtlanTag.of("Confidential")).build()),
                    SaveOptions.DEFAULT.withTags(TagHandling.APPEND));
            try (Stream<Asset> pii = atlan.assets().search(Search.type("Table", "Column").tagged("PII")).stream()) {
                assertThat(pii.map(Asset::qualifiedName)).hasSize(4);
            }
            assertThat(atlan.assets().get(customers.guid()).classifications()).extracting(AtlanTag::typeName)
                .containsExactly("PII", "Confidential");

            // Type definitions, users and groups
            List<TypeDef> tags   = atlan.typeDefs().list(TypeDefCategory.CLASSIFICATION);
            TypeDef tableType    = atlan.typeDefs().get("Table");
            TypeDef pii          = atlan.typeDefs().atlanTag("PII");
            atlan.typeDefs().create(TypeDef.atlanTag("Restricted", "Only the data team may read it."));
            AtlanUser me         = atlan.users().current();
            List<AtlanGroup> all = atlan.users().groups();
            GroupPage page       = atlan.users().groups(0, 20);
            assertThat(tags).hasSize(2);
            assertThat(tableType.name()).isEqualTo("Table");
            assertThat(pii.displayName()).isEqualTo("PII");
            assertThat(atlan.typeDefs().atlanTag("Restricted").displayName()).isEqualTo("Restricted");
            assertThat(me.username()).isEqualTo("demo");
            assertThat(all).hasSize(4);
            assertThat(page.groups()).hasSize(4);
        }
    }

}
