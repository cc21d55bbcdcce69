package dev.atlanspring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetBatch;
import dev.atlanspring.client.asset.AssetStatus;
import dev.atlanspring.client.asset.AtlanTag;
import dev.atlanspring.client.asset.CustomMetadataHandling;
import dev.atlanspring.client.asset.DeleteType;
import dev.atlanspring.client.asset.MutationResult;
import dev.atlanspring.client.asset.SaveOptions;
import dev.atlanspring.client.asset.TagHandling;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.client.search.SearchField;
import dev.atlanspring.embedded.DemoCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Writes against the embedded Atlan: what each write option, restore, partial update, batched delete and batch
 * leave behind when the assets are read again.
 */
class AssetLifecycleTests extends EmbeddedClientTests {

    private static final String PII = DemoCatalog.PII_TAG_DISPLAY_NAME;

    private static final String CONFIDENTIAL = DemoCatalog.CONFIDENTIAL_TAG_DISPLAY_NAME;

    private static String unique(String name) {
        return "test/lifecycle/" + name + "-" + UUID.randomUUID();
    }

    private static Asset tagged(String qualifiedName, String... tags) {
        Asset.Builder builder = Asset.builder("Table", qualifiedName);
        for (String tag : tags) {
            builder.classification(AtlanTag.of(tag));
        }
        return builder.build();
    }

    private static List<String> tagsOf(String qualifiedName) {
        return client.assets().getByQualifiedName("Table", qualifiedName).classifications().stream()
            .map(AtlanTag::typeName).toList();
    }

    @Test
    void tagsOfAnExistingAssetAreIgnoredAppendedOrReplacedAsAsked() {
        String qualifiedName = unique("TAGS");
        client.assets().save(tagged(qualifiedName, PII));

        client.assets().save(List.of(tagged(qualifiedName, CONFIDENTIAL)), SaveOptions.DEFAULT);
        assertThat(tagsOf(qualifiedName)).containsExactly(PII);

        client.assets().save(List.of(tagged(qualifiedName, CONFIDENTIAL)),
                SaveOptions.DEFAULT.withTags(TagHandling.APPEND));
        assertThat(tagsOf(qualifiedName)).containsExactly(PII, CONFIDENTIAL);

        client.assets().save(List.of(tagged(qualifiedName, CONFIDENTIAL)),
                SaveOptions.DEFAULT.withTags(TagHandling.REPLACE));
        assertThat(tagsOf(qualifiedName)).containsExactly(CONFIDENTIAL);
    }

    @Test
    void customMetadataOfAnExistingAssetIsIgnoredMergedOrReplacedAsAsked() {
        String qualifiedName = unique("CM");
        client.assets().save(withCustomMetadata(qualifiedName, Map.of("quality", Map.of("score", 7, "owner", "ana"))));

        client.assets().save(List.of(withCustomMetadata(qualifiedName, Map.of("quality", Map.of("score", 9)))),
                SaveOptions.DEFAULT);
        assertThat(customMetadataOf(qualifiedName)).isEqualTo(Map.of("quality", Map.of("score", 7, "owner", "ana")));

        client.assets().save(List.of(withCustomMetadata(qualifiedName, Map.of("quality", Map.of("score", 9)))),
                SaveOptions.DEFAULT.withCustomMetadata(CustomMetadataHandling.APPEND));
        assertThat(customMetadataOf(qualifiedName)).isEqualTo(Map.of("quality", Map.of("score", 9, "owner", "ana")));

        client.assets().save(List.of(withCustomMetadata(qualifiedName, Map.of("cost", Map.of("usd", 3)))),
                SaveOptions.DEFAULT.withCustomMetadata(CustomMetadataHandling.REPLACE));
        assertThat(customMetadataOf(qualifiedName)).isEqualTo(Map.of("cost", Map.of("usd", 3)));
    }

    private static Asset withCustomMetadata(String qualifiedName, Map<String, Object> businessAttributes) {
        return Asset.builder("Table", qualifiedName).otherField("businessAttributes", businessAttributes).build();
    }

    private static Object customMetadataOf(String qualifiedName) {
        return client.assets().getByQualifiedName("Table", qualifiedName).otherFields().get("businessAttributes");
    }

    @Test
    void aSoftDeletedAssetIsRestoredToActive() {
        String qualifiedName = unique("RESTORE");
        String guid = client.assets().save(Asset.builder("Table", qualifiedName).name("RESTORE").build())
            .assignedGuid("-1");
        client.assets().delete(guid, DeleteType.SOFT);
        assertThat(client.assets().search(Search.type("Table").filter(Query.term(SearchField.GUID, guid)))
            .approximateCount()).isZero();

        MutationResult restored = client.assets().restore("Table", qualifiedName);

        assertThat(restored.updated()).extracting(Asset::guid).containsExactly(guid);
        Asset read = client.assets().get(guid);
        assertThat(read.status()).isEqualTo(AssetStatus.ACTIVE);
        assertThat(read.name()).isEqualTo("RESTORE");
        assertThat(client.assets().restore("Table", qualifiedName).isEmpty()).isTrue();
    }

    @Test
    void aHardDeletedAssetCannotBeRestored() {
        String qualifiedName = unique("GONE");
        String guid = client.assets().save(Asset.builder("Table", qualifiedName).build()).assignedGuid("-1");
        client.assets().delete(guid, DeleteType.HARD);

        assertThatExceptionOfType(NotFoundException.class)
            .isThrownBy(() -> client.assets().restore("Table", qualifiedName));
    }

    @Test
    void updateAttributesChangesOnlyWhatItIsGivenAndNeverCreates() {
        String qualifiedName = unique("PARTIAL");
        client.assets().save(tagged(qualifiedName, PII).toBuilder().name("PARTIAL").attribute("rowCount", 5)
            .build());

        MutationResult result = client.assets().updateAttributes("Table", qualifiedName,
                Map.of("description", "Partly updated"));

        assertThat(result.partiallyUpdated()).extracting(Asset::qualifiedName).containsExactly(qualifiedName);
        Asset read = client.assets().getByQualifiedName("Table", qualifiedName);
        assertThat(read.attribute("description")).isEqualTo("Partly updated");
        assertThat(read.name()).isEqualTo("PARTIAL");
        assertThat(read.attribute("rowCount", Integer.class)).isEqualTo(5);
        assertThat(read.classifications()).extracting(AtlanTag::typeName).containsExactly(PII);
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client.assets()
            .updateAttributes("Table", unique("NOWHERE"), Map.of("description", "x")));
    }

    @Test
    void deletingMoreAssetsThanOneRequestCarriesDeletesThemAll() {
        List<Asset> tables = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            tables.add(Asset.builder("Table", unique("MANY") + "/" + i).build());
        }
        MutationResult saved = client.assets().save(tables);
        List<String> guids = saved.created().stream().map(Asset::guid).toList();

        MutationResult deleted = client.assets().delete(guids, DeleteType.PURGE);

        assertThat(deleted.deleted()).extracting(Asset::guid).containsExactlyInAnyOrderElementsOf(guids);
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client.assets().get(guids.get(229)));
    }

    @Test
    void aBatchReportsCreatedUpdatedRestoredAndUnchangedAssets() {
        String created = unique("B-NEW");
        String updated = unique("B-UPD");
        String restored = unique("B-RES");
        String unchanged = unique("B-SAME");
        client.assets().save(List.of(Asset.builder("Table", updated).name("old").build(),
                Asset.builder("Table", restored).build(), Asset.builder("Table", unchanged).name("same").build()));
        client.assets().delete(client.assets().getByQualifiedName("Table", restored).guid(), DeleteType.SOFT);

        AssetBatch batch = client.assets().batch().maxSize(3).build();
        try (batch) {
            batch.add(Asset.builder("Table", created).build());
            batch.add(Asset.builder("Table", updated).name("new").build());
            batch.add(Asset.builder("Table", restored).status(AssetStatus.ACTIVE).build());
            batch.add(Asset.builder("Table", unchanged).name("same").status(AssetStatus.ACTIVE).build());
        }

        assertThat(batch.created()).extracting(Asset::qualifiedName).containsExactly(created);
        assertThat(batch.updated()).extracting(Asset::qualifiedName).containsExactly(updated);
        assertThat(batch.restored()).extracting(Asset::qualifiedName).containsExactly(restored);
        assertThat(batch.unchanged()).extracting(Asset::qualifiedName).containsExactly(unchanged);
        assertThat(batch.failures()).isEmpty();
        assertThat(client.assets().getByQualifiedName("Table", restored).status()).isEqualTo(AssetStatus.ACTIVE);
    }

}
