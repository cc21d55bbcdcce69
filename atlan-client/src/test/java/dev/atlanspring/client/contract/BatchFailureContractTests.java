package dev.atlanspring.client.contract;

import java.util.List;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetBatch;
import dev.atlanspring.client.asset.BatchFailure;
import dev.atlanspring.client.error.AtlanException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A bulk save Atlan refuses names the asset that failed in {@code entityGuid}: the GUID it was sent with, a
 * placeholder for a new asset ({@code atlanhq/atlas-metastore} {@code AtlasEntityStoreV2.preCreateOrUpdate}
 * L2142-2222 and {@code EntityGraphMapper.setEntityGuidToException} L764-773; fixture
 * {@code error-bulk-save-with-entity-guid.json}). A batch maps it back to the asset it queued.
 */
class BatchFailureContractTests extends ContractTests {

    private static final String NAMED = "-7305319847192364";

    private static void refuseSavesNaming(String entityGuid) {
        ObjectNode body = (ObjectNode) tree("error-bulk-save-with-entity-guid.json");
        body.put("entityGuid", entityGuid);
        wireMock.stubFor(post(urlPathEqualTo("/api/meta/entity/bulk")).willReturn(aResponse().withStatus(404)
            .withHeader("Content-Type", "application/json")
            .withBody(body.toString())));
    }

    private static Asset table(String name) {
        return Asset.builder("Table", "default/postgres/1700000000/sales_db/public/" + name).build();
    }

    @Test
    void theFailureOfEveryAssetOfTheRequestNamesTheAssetSentWithTheGuidAtlanBlamed() {
        refuseSavesNaming(NAMED);
        Asset blamed = table("invoices").toBuilder().guid(NAMED).build();

        List<BatchFailure> failures;
        try (AssetBatch batch = client.assets().batch().captureFailures(true).build()) {
            batch.addAll(List.of(table("orders"), blamed, table("customers")));
            batch.flush();
            failures = batch.failures();
        }

        assertThat(failures).hasSize(3).allSatisfy((failure) -> assertThat(failure.failedAsset()).isSameAs(blamed));
        assertThat(failures).filteredOn(BatchFailure::isFailedAsset).extracting(BatchFailure::asset)
            .containsExactly(blamed);
    }

    @Test
    void aPlaceholderTheBatchAssignedLeadsBackToTheAssetAsQueued() {
        refuseSavesNaming("-3");
        Asset third = table("customers");

        List<BatchFailure> failures;
        try (AssetBatch batch = client.assets().batch().captureFailures(true).build()) {
            batch.addAll(List.of(table("orders"), table("invoices"), third));
            batch.flush();
            failures = batch.failures();
        }

        assertThat(failures).extracting(BatchFailure::failedAsset).containsOnly(third);
        assertThat(failures.get(2).isFailedAsset()).isTrue();
        assertThat(failures.get(2).asset().guid()).isNull();
    }

    @Test
    void withoutFailureCaptureTheThrownExceptionNamesThePlaceholderOfThePendingAsset() {
        refuseSavesNaming("-2");
        AssetBatch batch = client.assets().batch().build();
        batch.addAll(List.of(table("orders"), table("invoices")));

        AtlanException ex = catchThrowableOfType(AtlanException.class, batch::flush);

        assertThat(ex.getEntityGuid()).isEqualTo("-2");
        assertThat(ex.getMessage()).contains("asset -2");
        assertThat(batch.pending().get(1).qualifiedName()).endsWith("/invoices");
        batch.discardPending();
    }

    @Test
    void aFailureThatNamesNoAssetBlamesNone() {
        wireMock.stubFor(post(urlPathEqualTo("/api/meta/entity/bulk"))
            .willReturn(answer(400, "error-400-invalid-parameters.json")));

        List<BatchFailure> failures;
        try (AssetBatch batch = client.assets().batch().captureFailures(true).build()) {
            batch.add(table("orders"));
            batch.flush();
            failures = batch.failures();
        }

        assertThat(failures).singleElement().satisfies((failure) -> {
            assertThat(failure.failedAsset()).isNull();
            assertThat(failure.isFailedAsset()).isFalse();
        });
    }

}
