package dev.atlanspring.client;

import java.util.List;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetRef;
import dev.atlanspring.client.asset.AssetStatus;
import dev.atlanspring.client.asset.DeleteType;
import dev.atlanspring.client.asset.MutationResult;
import dev.atlanspring.client.error.AuthenticationException;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.embedded.DemoCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The real client against the embedded demo Atlan: what one writes, the other reads back.
 */
class EmbeddedAtlanRoundTripTests extends EmbeddedClientTests {

    @Test
    void readsTheDemoUser() {
        assertThat(client.users().current().username()).isEqualTo(DemoCatalog.DEMO_USERNAME);
    }

    @Test
    void readsADemoAssetByGuidAndByQualifiedName() {
        Asset byGuid = client.assets().get(DemoCatalog.ORDERS_TABLE_GUID);
        Asset byName = client.assets().getByQualifiedName("Table", DemoCatalog.ORDERS_TABLE_QUALIFIED_NAME,
                dev.atlanspring.client.asset.GetOptions.WITH_RELATIONSHIPS);

        assertThat(byGuid.qualifiedName()).isEqualTo(DemoCatalog.ORDERS_TABLE_QUALIFIED_NAME);
        assertThat(byGuid.status()).isEqualTo(AssetStatus.ACTIVE);
        assertThat(byGuid.relationshipAttributes()).as("no relationships unless asked, as the SDKs read").isEmpty();
        assertThat(byName.guid()).isEqualTo(DemoCatalog.ORDERS_TABLE_GUID);
        assertThat(byName.relationshipAttributes()).containsKey("schema");
    }

    @Test
    void savedAssetsReadBackByGuidAndQualifiedNameThenUpdateInPlace() {
        String qualifiedName = DemoCatalog.SALES_SCHEMA_QUALIFIED_NAME + "/REFUNDS+V2 @eu";
        Asset table = Asset.builder("Table", qualifiedName)
            .name("REFUNDS")
            .attribute("description", "Refunds by order")
            .attribute("customMetric", 42)
            .relationshipAttribute("schema", AssetRef.byGuid("Schema", DemoCatalog.SALES_SCHEMA_GUID))
            .build();

        MutationResult created = client.assets().save(table);

        String guid = created.assignedGuid("-1");
        assertThat(guid).isNotBlank();
        assertThat(created.created()).extracting(Asset::guid).containsExactly(guid);
        Asset read = client.assets().get(guid);
        assertThat(read.name()).isEqualTo("REFUNDS");
        assertThat(read.attribute("customMetric", Integer.class)).isEqualTo(42);
        assertThat(read.createdBy()).isEqualTo(DemoCatalog.DEMO_USERNAME);
        assertThat(read.createTime()).isNotNull();
        assertThat(client.assets().getByQualifiedName("Table", qualifiedName).guid()).isEqualTo(guid);

        MutationResult updated = client.assets()
            .save(Asset.builder("Table", qualifiedName).attribute("description", "Refunds by order, EU").build());

        assertThat(updated.updated()).extracting(Asset::guid).containsExactly(guid);
        assertThat(updated.created()).isEmpty();
        Asset reread = client.assets().get(guid);
        assertThat(reread.attribute("description")).isEqualTo("Refunds by order, EU");
        assertThat(reread.name()).as("attributes not sent are kept").isEqualTo("REFUNDS");
    }

    @Test
    void readingAnAssetAndSavingItAgainLosesNothing() {
        Asset original = client.assets().get(DemoCatalog.CUSTOMERS_TABLE_GUID);

        client.assets().save(original);

        Asset again = client.assets().get(DemoCatalog.CUSTOMERS_TABLE_GUID);
        assertThat(again.attributes()).isEqualTo(original.attributes());
        assertThat(again.classifications()).isEqualTo(original.classifications());
    }

    @Test
    void softDeleteKeepsTheAssetReadableAndHardDeleteRemovesIt() {
        String soft = client.assets().save(Asset.builder("Table", "demo/soft-" + System.nanoTime()).build())
            .assignedGuid("-1");
        String hard = client.assets().save(Asset.builder("Table", "demo/hard-" + System.nanoTime()).build())
            .assignedGuid("-1");

        MutationResult softResult = client.assets().delete(soft, DeleteType.SOFT);
        MutationResult hardResult = client.assets().delete(List.of(hard), DeleteType.HARD);

        assertThat(softResult.deleted()).extracting(Asset::guid).containsExactly(soft);
        assertThat(client.assets().get(soft).status()).isEqualTo(AssetStatus.DELETED);
        assertThat(hardResult.deleted()).extracting(Asset::guid).containsExactly(hard);
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client.assets().get(hard))
            .withMessageContaining("ATLAS-404-00-005")
            .withMessageContaining(hard);
    }

    @Test
    void purgeRemovesTheAsset() {
        String guid = client.assets().save(Asset.builder("Table", "demo/purge-" + System.nanoTime()).build())
            .assignedGuid("-1");

        client.assets().delete(guid, DeleteType.PURGE);

        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client.assets().get(guid));
    }

    @Test
    void missingQualifiedNameIsANotFoundException() {
        assertThatExceptionOfType(NotFoundException.class)
            .isThrownBy(() -> client.assets().getByQualifiedName("Table", "default/nope/1/X"))
            .withMessageStartingWith("ATLAS-404-00-009");
    }

    @Test
    void wrongKeyIsAnAuthenticationException() {
        try (AtlanClient wrong = AtlanClient.builder().baseUrl(atlan.baseUrl()).apiKey("not-the-key").build()) {
            assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> wrong.users().current())
                .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(401))
                .satisfies((ex) -> assertThat(ex.getErrorCode()).startsWith("ATLAS-401"))
                .withMessageNotContaining("not-the-key");
        }
    }

}
