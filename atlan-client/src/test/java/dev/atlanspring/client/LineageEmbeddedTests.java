package dev.atlanspring.client;

import java.util.List;
import java.util.stream.Stream;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetRef;
import dev.atlanspring.client.asset.MutationResult;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.lineage.Lineage;
import dev.atlanspring.client.lineage.LineageFilter;
import dev.atlanspring.client.lineage.LineageProcess;
import dev.atlanspring.client.lineage.LineageRequest;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.embedded.DemoCatalog;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Lineage end to end, both faces, against the embedded Atlan's lineage list API and its demo lineage
 * (ORDER_ITEMS, CUSTOMERS to ORDERS to the view ORDERS_DAILY): reading it paged, and writing processes whose
 * qualified names the official SDKs would generate, so saving one twice updates it.
 */
class LineageEmbeddedTests extends EmbeddedClientTests {

    private static final String ORDER_ITEMS = "5eed0700-0000-4000-8000-000000000002";

    private static List<String> guids(LineageRequest request) {
        try (Stream<Asset> lineage = client.lineage().list(request)) {
            return lineage.map(Asset::guid).toList();
        }
    }

    @Test
    void theBlockingFaceReadsTheDemoLineageAcrossPages() {
        List<Asset> downstream;
        try (Stream<Asset> lineage = client.lineage().list(LineageRequest.downstream(ORDER_ITEMS).pageSize(1))) {
            downstream = lineage.toList();
        }
        assertThat(downstream).extracting(Asset::guid).containsExactly(DemoCatalog.LOAD_ORDERS_PROCESS_GUID,
                DemoCatalog.ORDERS_TABLE_GUID, DemoCatalog.PUBLISH_ORDERS_DAILY_PROCESS_GUID,
                DemoCatalog.ORDERS_DAILY_VIEW_GUID);
        assertThat(downstream).extracting(Lineage::depthOf).containsExactly(1, 1, 2, 2);
        assertThat(downstream.get(3).name()).isEqualTo("ORDERS_DAILY");
    }

    @Test
    void theReactiveFaceReadsUpstreamWithFilters() {
        StepVerifier.create(client.reactive()
            .lineage()
            .list(LineageRequest.upstream(DemoCatalog.ORDERS_DAILY_VIEW_GUID)
                .whereResults(LineageFilter.eq("__typeName", "Table"))
                .attributes("rowCount"))
            .map((asset) -> asset.name() + ":" + asset.attribute("rowCount", Long.class)))
            .expectNext("ORDERS:1250000", "ORDER_ITEMS:4800000", "CUSTOMERS:320000")
            .verifyComplete();
        assertThat(guids(LineageRequest.upstream(DemoCatalog.ORDERS_DAILY_VIEW_GUID).depth(1)))
            .containsExactly(DemoCatalog.PUBLISH_ORDERS_DAILY_PROCESS_GUID, DemoCatalog.ORDERS_TABLE_GUID);
    }

    @Test
    void theDemoProcessesHaveTheQualifiedNamesTheSdksGenerate() {
        Asset load = LineageProcess.builder(DemoCatalog.LOAD_ORDERS_PROCESS_NAME, DemoCatalog.CONNECTION_QUALIFIED_NAME)
            .input(AssetRef.byGuid("Table", ORDER_ITEMS))
            .input(AssetRef.byGuid("Table", DemoCatalog.CUSTOMERS_TABLE_GUID))
            .output(AssetRef.byGuid("Table", DemoCatalog.ORDERS_TABLE_GUID))
            .build();
        assertThat(load.qualifiedName()).isEqualTo(DemoCatalog.LOAD_ORDERS_PROCESS_QUALIFIED_NAME);
        MutationResult saved = client.assets().save(load);
        assertThat(saved.created()).isEmpty();
        assertThat(client.assets()
            .getByQualifiedName("Process", DemoCatalog.LOAD_ORDERS_PROCESS_QUALIFIED_NAME)
            .guid()).isEqualTo(DemoCatalog.LOAD_ORDERS_PROCESS_GUID);
    }

    @Test
    void aSavedProcessAndItsColumnProcessJoinTheLineageAndSavingThemAgainUpdatesThem() {
        Asset process = LineageProcess.builder("archive CAMPAIGNS", DemoCatalog.CONNECTION_QUALIFIED_NAME)
            .input(AssetRef.byGuid("Table", DemoCatalog.CAMPAIGNS_TABLE_GUID))
            .output(AssetRef.byQualifiedName("Table", DemoCatalog.PAYMENTS_TABLE_QUALIFIED_NAME))
            .sql("INSERT INTO PAYMENTS SELECT * FROM CAMPAIGNS")
            .build();
        MutationResult first = client.assets().save(process);
        String guid = first.assignedGuid(process.guid());
        assertThat(first.created()).extracting(Asset::guid).containsExactly(guid);

        Asset again = LineageProcess.builder("archive CAMPAIGNS", DemoCatalog.CONNECTION_QUALIFIED_NAME)
            .input(AssetRef.byGuid("Table", DemoCatalog.CAMPAIGNS_TABLE_GUID))
            .output(AssetRef.byQualifiedName("Table", DemoCatalog.PAYMENTS_TABLE_QUALIFIED_NAME))
            .sql("INSERT INTO PAYMENTS SELECT CAMPAIGN_ID FROM CAMPAIGNS")
            .build();
        MutationResult second = client.assets().save(again);
        assertThat(second.created()).isEmpty();
        assertThat(second.updated()).extracting(Asset::guid).containsExactly(guid);
        assertThat(client.assets()
            .search(Search.type("Process").filter(Query.term("qualifiedName", process.qualifiedName())))
            .approximateCount()).isEqualTo(1);

        Asset column = LineageProcess.columnBuilder("CAMPAIGN_ID to AMOUNT", DemoCatalog.CONNECTION_QUALIFIED_NAME,
                AssetRef.byGuid("Process", guid))
            .input(AssetRef.byQualifiedName("Column", DemoCatalog.CAMPAIGNS_TABLE_QUALIFIED_NAME + "/CAMPAIGN_ID"))
            .output(AssetRef.byQualifiedName("Column", DemoCatalog.PAYMENTS_TABLE_QUALIFIED_NAME + "/AMOUNT"))
            .build();
        String columnGuid = client.assets().save(column).assignedGuid(column.guid());

        assertThat(guids(LineageRequest.downstream(DemoCatalog.CAMPAIGNS_TABLE_GUID).depth(1)))
            .containsExactly(guid, DemoCatalog.PAYMENTS_TABLE_GUID);
        String campaignId = client.assets()
            .getByQualifiedName("Column", DemoCatalog.CAMPAIGNS_TABLE_QUALIFIED_NAME + "/CAMPAIGN_ID")
            .guid();
        try (Stream<Asset> lineage = client.lineage().list(LineageRequest.downstream(campaignId))) {
            assertThat(lineage).extracting(Asset::typeName, Asset::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ColumnProcess", "CAMPAIGN_ID to AMOUNT"),
                        org.assertj.core.groups.Tuple.tuple("Column", "AMOUNT"));
        }
        assertThat(columnGuid).isNotNull();
    }

    @Test
    void atlanTagsComeByDisplayNameWhenAskedFor() {
        try (Stream<Asset> upstream = client.lineage()
            .list(LineageRequest.upstream(DemoCatalog.ORDERS_TABLE_GUID).depth(1).includeAtlanTags(true))) {
            assertThat(upstream.filter((asset) -> DemoCatalog.CUSTOMERS_TABLE_GUID.equals(asset.guid()))
                .flatMap((asset) -> asset.classifications().stream())
                .map((tag) -> tag.typeName())).containsExactly(DemoCatalog.PII_TAG_DISPLAY_NAME);
        }
        try (Stream<Asset> upstream = client.lineage()
            .list(LineageRequest.upstream(DemoCatalog.ORDERS_TABLE_GUID).depth(1))) {
            assertThat(upstream.flatMap((asset) -> asset.classifications().stream())).isEmpty();
        }
    }

    @Test
    void anUnknownGuidFailsOnBothFaces() {
        String missing = "deadbeef-0000-4000-8000-000000000000";
        assertThatExceptionOfType(NotFoundException.class)
            .isThrownBy(() -> guids(LineageRequest.downstream(missing)))
            .withMessageContaining(missing);
        StepVerifier.create(client.reactive().lineage().list(LineageRequest.upstream(missing)))
            .expectError(NotFoundException.class)
            .verify();
    }

}
