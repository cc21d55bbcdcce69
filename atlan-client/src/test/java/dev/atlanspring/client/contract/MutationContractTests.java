package dev.atlanspring.client.contract;

import java.util.List;
import java.util.Map;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetStatus;
import dev.atlanspring.client.asset.DeleteType;
import dev.atlanspring.client.asset.MutationResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a save, partial update or delete answers, in the shapes of Atlas's {@code EntityMutationResponse}
 * ({@code atlanhq/atlas-metastore} {@code intg/.../model/instance/EntityMutationResponse.java}, NON_NULL, with the
 * un-ignored {@code partialUpdatedEntities} getter at L97-102) and of pyatlan's recordings
 * {@code tests/unit/data/asset_mutated_response_update.json} and {@code asset_mutated_response_empty.json}
 * ({@code atlanhq/atlan-python} 651f66fb1). A delete of nothing answers {@code {}}
 * ({@code AtlasEntityStoreV2.deleteByIds} L696-800).
 */
class MutationContractTests extends ContractTests {

    private static void serveSave(String fixture) {
        wireMock.stubFor(post(urlPathEqualTo("/api/meta/entity/bulk")).willReturn(ok(fixture)));
    }

    private static void serveDelete(String fixture) {
        wireMock.stubFor(delete(urlPathEqualTo("/api/meta/entity/bulk")).willReturn(ok(fixture)));
    }

    @Test
    void aCreateMapsThePlaceholderToTheNewGuidAndListsTheTouchedSchema() {
        serveSave("mutation-create.json");

        MutationResult result = client.assets()
            .save(Asset.builder("Table", "default/postgres/1700000000/sales_db/public/invoices")
                .guid("-7305319847192364")
                .build());

        assertThat(result.assignedGuid("-7305319847192364")).isEqualTo("6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c66");
        assertThat(result.created()).singleElement().satisfies((created) -> {
            assertThat(created.typeName()).isEqualTo("Table");
            assertThat(created.guid()).isEqualTo("6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c66");
            assertThat(created.status()).isEqualTo(AssetStatus.ACTIVE);
            assertThat(created.name()).isEqualTo("invoices");
            assertThat(created.otherFields()).containsEntry("displayText", "invoices");
        });
        assertThat(result.updated()).extracting(Asset::typeName).containsExactly("Schema");
        assertThat(result.partiallyUpdated()).isEmpty();
        assertThat(result.deleted()).isEmpty();
        assertThat(result.otherFields()).isEmpty();
        assertThat(rebuilt(result, tree("mutation-create.json"))).isEqualTo(tree("mutation-create.json"));
    }

    @Test
    void anUpdateListsTheUpdatedHeaderWithItsAttributes() {
        serveSave("mutation-update.json");

        MutationResult result = client.assets()
            .save(Asset.builder("Table", "default/postgres/1700000000/sales_db/public/orders").build());

        assertThat(result.updated()).singleElement().satisfies((updated) -> {
            assertThat(updated.guid()).isEqualTo("0c7e2f1a-5b3d-4e8f-9a6b-1d2c3e4f5a60");
            assertThat(updated.qualifiedName()).isEqualTo("default/postgres/1700000000/sales_db/public/orders");
            assertThat(updated.createdBy()).isEqualTo("jdoe");
        });
        assertThat(result.guidAssignments()).isEmpty();
        assertThat(rebuilt(result, tree("mutation-update.json"))).isEqualTo(tree("mutation-update.json"));
    }

    @Test
    void aPartialUpdateKeepsTheDuplicateListAtlasAlsoSends() {
        wireMock.stubFor(put(urlPathMatching("/api/meta/entity/uniqueAttribute/type/Table"))
            .willReturn(ok("mutation-partial-update.json")));

        MutationResult result = client.assets()
            .updateAttributes("Table", "default/postgres/1700000000/sales_db/public/customers",
                    Map.of("userDescription", "One row per customer"));

        assertThat(result.partiallyUpdated()).extracting(Asset::name).containsExactly("customers");
        assertThat(result.otherFields()).containsKey("partialUpdatedEntities");
        assertThat(rebuilt(result, tree("mutation-partial-update.json")))
            .isEqualTo(tree("mutation-partial-update.json"));
    }

    @Test
    void aSoftDeleteListsTheDeletedHeaderWithItsDeleteHandlerAndTheTouchedSchema() {
        serveDelete("mutation-delete.json");

        MutationResult result = client.assets().delete("3c2b1a09-f8e7-4d6c-8b5a-493827160567", DeleteType.SOFT);

        assertThat(result.deleted()).singleElement().satisfies((deleted) -> {
            assertThat(deleted.status()).isEqualTo(AssetStatus.DELETED);
            assertThat(deleted.name()).isEqualTo("tmp_load");
            assertThat(deleted.otherFields()).containsEntry("deleteHandler", "SOFT");
        });
        assertThat(result.updated()).extracting(Asset::typeName).containsExactly("Schema");
        assertThat(rebuilt(result, tree("mutation-delete.json"))).isEqualTo(tree("mutation-delete.json"));
    }

    @Test
    void aSaveThatChangedNothingIsEmpty() {
        serveSave("mutation-save-no-change.json");

        MutationResult result = client.assets()
            .save(Asset.builder("Table", "default/postgres/1700000000/sales_db/public/orders").build());

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.guidAssignments()).isEmpty();
        assertThat(rebuilt(result, tree("mutation-save-no-change.json")))
            .isEqualTo(tree("mutation-save-no-change.json"));
    }

    @Test
    void aDeleteOfAGuidThatDoesNotExistAnswersAnEmptyObjectAndDeletesNothing() {
        serveDelete("mutation-delete-nonexistent-guid.json");

        MutationResult result = client.assets().delete("deadbeef-0000-4000-8000-000000000000", DeleteType.SOFT);

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.deleted()).isEmpty();
        assertThat(rebuilt(result, tree("mutation-delete-nonexistent-guid.json")))
            .isEqualTo(tree("mutation-delete-nonexistent-guid.json"));
    }

    /**
     * Atlan's answer rebuilt from the result: the four kinds of change (those not empty), the other fields, and
     * the GUID assignments where Atlan sent them (the result cannot tell an empty map from an absent one, which
     * mean the same), so that nothing the answer held is shown to be lost.
     */
    private static JsonNode rebuilt(MutationResult result, JsonNode original) {
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode mutated = JSON.createObjectNode();
        putIfAny(mutated, "CREATE", result.created());
        putIfAny(mutated, "UPDATE", result.updated());
        putIfAny(mutated, "PARTIAL_UPDATE", result.partiallyUpdated());
        putIfAny(mutated, "DELETE", result.deleted());
        if (result.otherFields().get("mutatedEntities") instanceof Map<?, ?> others) {
            others.forEach((operation, assets) -> mutated.set((String) operation, encoded(assets)));
        }
        if (!mutated.isEmpty()) {
            answer.set("mutatedEntities", mutated);
        }
        if (original.has("guidAssignments")) {
            answer.set("guidAssignments", encoded(result.guidAssignments()));
        }
        result.otherFields().forEach((name, value) -> {
            if (!name.equals("mutatedEntities")) {
                answer.set(name, encoded(value));
            }
        });
        return answer;
    }

    private static void putIfAny(ObjectNode mutated, String operation, List<Asset> assets) {
        if (!assets.isEmpty()) {
            mutated.set(operation, encoded(assets));
        }
    }

}
