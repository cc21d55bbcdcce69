package dev.atlanspring.client;

import java.util.List;

import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.typedef.TypeDef;
import dev.atlanspring.client.typedef.TypeDefCategory;
import dev.atlanspring.client.user.AtlanGroup;
import dev.atlanspring.client.user.GroupPage;
import dev.atlanspring.embedded.DemoCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Type definitions and groups against the embedded Atlan.
 */
class TypeDefsAndGroupsTests extends EmbeddedClientTests {

    @Test
    void tagDefinitionsListWithTheirHashedAndDisplayNames() {
        List<TypeDef> tags = client.typeDefs().list(TypeDefCategory.CLASSIFICATION);

        assertThat(tags).extracting(TypeDef::category).containsOnly(TypeDefCategory.CLASSIFICATION);
        assertThat(tags).filteredOn((def) -> DemoCatalog.PII_TAG_NAME.equals(def.name())).singleElement()
            .satisfies((pii) -> {
                assertThat(pii.displayName()).isEqualTo(DemoCatalog.PII_TAG_DISPLAY_NAME);
                assertThat(pii.nameToShow()).isEqualTo(DemoCatalog.PII_TAG_DISPLAY_NAME);
                assertThat(pii.options()).containsEntry("color", "Red");
            });
    }

    @Test
    void entityAndEnumDefinitionsListByCategoryAndTheDemoHasOneCustomMetadataSet() {
        List<TypeDef> entities = client.typeDefs().list(TypeDefCategory.ENTITY);
        List<TypeDef> enums = client.typeDefs().list(TypeDefCategory.ENUM);

        assertThat(entities).extracting(TypeDef::name).contains("Asset", "Table", "Column", "AtlasGlossaryTerm");
        assertThat(entities).filteredOn((def) -> "Table".equals(def.name())).singleElement()
            .satisfies((table) -> {
                assertThat(table.superTypes()).containsExactly("SQL");
                assertThat(table.attributeDefs()).extracting((attribute) -> attribute.name())
                    .contains("rowCount", "columnCount");
            });
        assertThat(enums).singleElement().satisfies((def) -> assertThat(def.elementDefs())
            .extracting((element) -> element.value()).startsWith("DRAFT", "ACTIVE"));
        assertThat(client.typeDefs().list(TypeDefCategory.STRUCT)).isEmpty();
        // The demo seeds one custom metadata set (issue 15).
        assertThat(client.typeDefs().list(TypeDefCategory.BUSINESS_METADATA)).extracting(TypeDef::displayName)
            .containsExactly("Data Quality");
    }

    @Test
    void aDefinitionReadsByNameAndATagByDisplayName() {
        assertThat(client.typeDefs().get("Column").category()).isEqualTo(TypeDefCategory.ENTITY);
        assertThat(client.typeDefs().atlanTag(DemoCatalog.CONFIDENTIAL_TAG_DISPLAY_NAME).name())
            .isEqualTo(DemoCatalog.CONFIDENTIAL_TAG_NAME);
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client.typeDefs().get("NoSuchType"))
            .withMessageContaining("NoSuchType");
    }

    @Test
    void groupsReadPageByPageOrAllAtOnce() {
        GroupPage page = client.users().groups(1, 2);
        List<AtlanGroup> all = client.users().groups();

        assertThat(page.totalRecord()).isEqualTo(DemoCatalog.GROUP_COUNT);
        assertThat(page.groups()).extracting(AtlanGroup::name).containsExactly("analysts", "data-stewards");
        assertThat(all).hasSize(DemoCatalog.GROUP_COUNT);
        assertThat(all.get(0).displayName()).isEqualTo("Data Engineers");
        assertThat(all.get(0).description()).isEqualTo("Build and run the pipelines that load the warehouse.");
        assertThat(all.get(0).userCount()).isEqualTo(4);
    }

}
