package dev.atlanspring.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.custommetadata.CustomMetadataNotFoundException;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.client.search.SearchField;
import dev.atlanspring.embedded.DemoCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Custom metadata by display name against the embedded demo Atlan, whose {@code POST
 * /api/meta/entity/guid/{guid}/businessmetadata/{bmName}} follows atlas-metastore's
 * {@code EntityREST.addOrUpdateBusinessAttributes} (atlanhq/atlas-metastore at
 * 54b6021c049297fa65aa54a594dc7904624f02d7); update, replace and remove send what pyatlan's
 * {@code update_custom_metadata_attributes}, {@code replace_custom_metadata} and {@code remove_custom_metadata}
 * send (atlanhq/atlan-python {@code pyatlan/client/common/asset.py} at 7ae54e107e631d6823cfad79135cb3d723b57d99).
 */
class CustomMetadataTests extends EmbeddedClientTests {

    private static final String ORDERS = "5eed0700-0000-4000-8000-000000000001";

    @Test
    void anAssetsCustomMetadataIsReadByDisplayNameWithTypedValues() {
        Map<String, Object> quality = client.customMetadata().get(ORDERS, "Data Quality");
        assertThat(quality).containsOnly(entry("Score", 97.5),
                entry("Last run", Instant.ofEpochMilli(DemoCatalog.SEED_TIME)), entry("Passed", true),
                entry("Dimension", "Completeness"), entry("Checks", List.of("not_null(ORDER_ID)", "unique(ORDER_ID)")));
        assertThat(client.customMetadata().get(ORDERS)).containsOnlyKeys("Data Quality");
    }

    @Test
    void updatingOneAttributeKeepsTheOthersThenReplacingAndRemovingTheSetClearThem() {
        String payments = "5eed0700-0000-4000-8000-000000000005";
        Instant run = Instant.parse("2025-03-01T06:00:00Z");
        client.customMetadata().update(payments, "Data Quality", Map.of("Score", 80.0, "Last run", run));
        client.customMetadata().update(payments, "Data Quality", Map.of("Passed", false));
        assertThat(client.customMetadata().get(payments, "Data Quality"))
            .containsOnly(entry("Score", 80.0), entry("Last run", run), entry("Passed", false));

        client.reactive().customMetadata().replace(payments, "Data Quality", Map.of("Dimension", "Validity")).block();
        assertThat(client.customMetadata().get(payments, "Data Quality")).containsOnly(entry("Dimension", "Validity"));

        client.customMetadata().remove(payments, "Data Quality");
        assertThat(client.customMetadata().get(payments)).isEmpty();
    }

    @Test
    void anUnknownSetOrAttributeFailsBeforeAnyWriteListingTheNamesThatExist() {
        assertThatThrownBy(() -> client.customMetadata().update(ORDERS, "Data Qualty", Map.of("Score", 1)))
            .isInstanceOf(CustomMetadataNotFoundException.class)
            .hasMessageContaining("'Data Qualty'")
            .hasMessageContaining("[Data Quality]");
        assertThatThrownBy(() -> client.customMetadata().update(ORDERS, "Data Quality", Map.of("Scroe", 1)))
            .isInstanceOf(CustomMetadataNotFoundException.class)
            .hasMessageContaining("'Scroe'")
            .hasMessageContaining("Last run");
        assertThat(client.customMetadata().get(ORDERS, "Data Quality")).containsEntry("Score", 97.5);
    }

    /**
     * The field is the hashed attribute name alone, as atlan-java's and pyatlan's {@code CustomMetadataField} query
     * it, and the embedded Atlan's index search finds the value in the asset's {@code businessAttributes}.
     */
    @Test
    void aSearchFieldIsNamedByDisplayNamesAndTheIndexSearchHonoursIt() {
        String passed = client.customMetadata().searchField("Data Quality", "Passed");
        String score = client.customMetadata().searchField("Data Quality", "Score");
        assertThat(passed).isEqualTo("pA7pQqRrSs8tUuVvWw9xYy");

        List<Asset> found = client.assets()
            .search(Search.type("Table").filter(Query.term(passed, true), Query.range(score).gte(90)))
            .firstPage();

        assertThat(found).extracting(Asset::guid).containsExactly(ORDERS);
    }

    @Test
    void anAssetNamedByTypeAndQualifiedNameIsReadAndWrittenThroughItsGuid() {
        String customers = DemoCatalog.CUSTOMERS_TABLE_QUALIFIED_NAME;
        client.customMetadata().updateByQualifiedName("Table", customers, "Data Quality",
                Map.of("Checks", List.of("not_null(EMAIL)"), "Dimension", "Validity"));
        assertThat(client.customMetadata().getByQualifiedName("Table", customers, "Data Quality"))
            .containsOnly(entry("Checks", List.of("not_null(EMAIL)")), entry("Dimension", "Validity"));

        client.reactive().customMetadata()
            .replaceByQualifiedName("Table", customers, "Data Quality", Map.of("Passed", true)).block();
        assertThat(client.customMetadata().getByQualifiedName("Table", customers))
            .containsOnly(entry("Data Quality", Map.of("Passed", true)));

        client.customMetadata().removeByQualifiedName("Table", customers, "Data Quality");
        assertThat(client.customMetadata().getByQualifiedName("Table", customers)).isEmpty();
        assertThatThrownBy(() -> client.customMetadata()
            .updateByQualifiedName("Table", customers + "_GONE", "Data Quality", Map.of("Passed", true)))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAssetAlreadyReadIsTranslatedWithoutReadingItAgain() {
        Asset orders = client.assets().get(ORDERS);

        assertThat(client.customMetadata().of(orders, "Data Quality")).containsEntry("Passed", true);
        assertThat(client.customMetadata().of(orders)).containsOnlyKeys("Data Quality");
    }

    @Test
    void searchResultsCarryTheSetTheyAskForTranslatedLikeAnAssetRead() {
        List<Asset> found = client.assets()
            .search(Search.type("Table")
                .filter(Query.term(SearchField.GUID, ORDERS))
                .attributes(client.customMetadata().searchAttributes("Data Quality")))
            .firstPage();

        assertThat(client.customMetadata().of(found.get(0), "Data Quality")).containsEntry("Score", 97.5)
            .containsEntry("Last run", Instant.ofEpochMilli(DemoCatalog.SEED_TIME))
            .containsEntry("Checks", List.of("not_null(ORDER_ID)", "unique(ORDER_ID)"));
    }

}
