package dev.atlanspring.client;

import java.util.List;
import java.util.UUID;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AtlanTag;
import dev.atlanspring.client.asset.DeleteType;
import dev.atlanspring.client.asset.MutationResult;
import dev.atlanspring.client.asset.SaveOptions;
import dev.atlanspring.client.asset.TagHandling;
import dev.atlanspring.client.error.AtlanTagNotFoundException;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.embedded.DemoCatalog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tag writes that take effect on an embedded Atlan that behaves as Atlan does: with {@code appendTags=true} it
 * reads only {@code addOrUpdateClassifications} and {@code removeClassifications} (atlas-metastore
 * {@code AtlasEntityComparator}), fills a missing {@code propagate} with {@code true} ({@code EntityGraphMapper}),
 * and skips GUIDs it does not have when deleting ({@code AtlasEntityStoreV2.deleteByIds}). A client that appended
 * through {@code classifications}, or left the propagation flags out, fails here.
 */
class AtlanTagWritesTests extends EmbeddedClientTests {

    private static final String PII = DemoCatalog.PII_TAG_DISPLAY_NAME;

    private static final String CONFIDENTIAL = DemoCatalog.CONFIDENTIAL_TAG_DISPLAY_NAME;

    private static String newTable(String... tags) {
        String qualifiedName = "test/tags/" + UUID.randomUUID();
        Asset.Builder table = Asset.builder("Table", qualifiedName).name("T");
        for (String tag : tags) {
            table.classification(AtlanTag.of(tag));
        }
        client.assets().save(table.build());
        return qualifiedName;
    }

    private static List<String> tagsOf(String qualifiedName) {
        return client.assets().getByQualifiedName("Table", qualifiedName).classifications().stream()
            .map(AtlanTag::typeName).toList();
    }

    private static JsonNode storedTag(String qualifiedName) {
        return atlan.entity("Table", qualifiedName).orElseThrow().get("classifications").get(0);
    }

    @Test
    void anAppendingSaveAddsToTheTagsAnExistingAssetHas() {
        String qualifiedName = newTable(PII);

        client.assets().save(List.of(Asset.builder("Table", qualifiedName).classification(AtlanTag.of(CONFIDENTIAL))
            .build()), SaveOptions.DEFAULT.withTags(TagHandling.APPEND));

        assertThat(tagsOf(qualifiedName)).containsExactlyInAnyOrder(PII, CONFIDENTIAL);
    }

    @Test
    void addTagsAndRemoveTagsChangeOnlyTheNamedTags() {
        String qualifiedName = newTable(PII);

        client.assets().addTags("Table", qualifiedName, CONFIDENTIAL);
        assertThat(tagsOf(qualifiedName)).containsExactlyInAnyOrder(PII, CONFIDENTIAL);

        client.assets().removeTags("Table", qualifiedName, PII);
        assertThat(tagsOf(qualifiedName)).containsExactly(CONFIDENTIAL);
        assertThat(atlan.entity("Table", qualifiedName).orElseThrow().path("attributes").path("name").stringValue())
            .as("the identity sent with the tags leaves the asset's attributes as they were").isEqualTo("T");
    }

    @Test
    void tagsAreAddedAndRemovedByGuidToo() {
        String qualifiedName = newTable();
        String guid = client.assets().getByQualifiedName("Table", qualifiedName).guid();

        client.reactive().assets().addTagsByGuid(guid, PII, CONFIDENTIAL).block();
        client.reactive().assets().removeTagsByGuid(guid, CONFIDENTIAL).block();

        assertThat(tagsOf(qualifiedName)).containsExactly(PII);
    }

    @Test
    void aTagAddedWithoutSayingSoDoesNotPropagate() {
        String qualifiedName = newTable(PII);

        JsonNode saved = storedTag(qualifiedName);
        assertThat(saved.get("propagate").asBoolean()).as("Atlan would default a missing flag to true").isFalse();
        assertThat(saved.get("removePropagationsOnEntityDelete").asBoolean()).isTrue();
        assertThat(saved.get("restrictPropagationThroughLineage").asBoolean()).isFalse();
        assertThat(saved.get("restrictPropagationThroughHierarchy").asBoolean()).isFalse();
    }

    @Test
    void aPropagatingTagIsOneTheUserAsksFor() {
        String qualifiedName = newTable();

        client.assets().addTags("Table", qualifiedName,
                List.of(AtlanTag.builder(PII).propagate(true).restrictPropagationThroughHierarchy(true).build()));

        JsonNode saved = storedTag(qualifiedName);
        assertThat(saved.get("propagate").asBoolean()).isTrue();
        assertThat(saved.get("restrictPropagationThroughHierarchy").asBoolean()).isTrue();
        assertThat(client.assets().getByQualifiedName("Table", qualifiedName).classifications().get(0).propagate())
            .isTrue();
    }

    @Test
    void addingTagsToAMissingAssetIsNotFoundAndCreatesNothing() {
        assertThatExceptionOfType(NotFoundException.class)
            .isThrownBy(() -> client.assets().addTags("Table", "test/tags/none", PII));
        assertThat(atlan.entity("Table", "test/tags/none")).isEmpty();
    }

    @Test
    void anUnknownTagNameFailsBeforeAnythingIsWritten() {
        String qualifiedName = newTable(PII);

        assertThatExceptionOfType(AtlanTagNotFoundException.class)
            .isThrownBy(() -> client.assets().addTags("Table", qualifiedName, "Secret"));
        assertThat(tagsOf(qualifiedName)).containsExactly(PII);
    }

    @Test
    void deletingAGuidThatDoesNotExistDeletesNothingAndSaysSo() {
        String qualifiedName = newTable();
        String guid = client.assets().getByQualifiedName("Table", qualifiedName).guid();

        MutationResult both = client.assets().delete(List.of(guid, "00000000-0000-4000-8000-00000000dead"),
                DeleteType.SOFT);
        MutationResult none = client.assets().delete("00000000-0000-4000-8000-00000000dead", DeleteType.HARD);

        assertThat(both.deletedGuids()).containsExactly(guid);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.deletedGuids()).isEmpty();
    }

}
