package dev.atlanspring.client.asset;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An asset is immutable however its builder is used afterwards: the builder hands its maps to the asset it builds
 * (reading JSON builds one asset per builder, so nothing is copied) and copies them before it changes them again.
 */
class AssetBuilderTests {

    @Test
    void changingTheBuilderAfterBuildingNeverChangesTheAssetBuilt() {
        Asset.Builder builder = Asset.builder("Table", "default/snowflake/1/db/schema/ORDERS")
            .name("ORDERS")
            .relationshipAttribute("schema", AssetRef.byGuid("Schema", "s-1"))
            .otherField("someFutureField", "first");
        Asset first = builder.build();

        builder.name("ORDERS_V2")
            .attribute("rowCount", 12)
            .relationshipAttribute("atlanSchema", AssetRef.byGuid("Schema", "s-2"))
            .otherField("someFutureField", "second");
        Asset second = builder.build();
        builder.attributes(Map.of("description", "third"));
        Asset third = builder.build();

        assertThat(first.attributes()).containsExactly(Map.entry("qualifiedName", "default/snowflake/1/db/schema/ORDERS"),
                Map.entry("name", "ORDERS"));
        assertThat(first.relationshipAttributes()).containsOnlyKeys("schema");
        assertThat(first.otherFields()).containsExactly(Map.entry("someFutureField", "first"));
        assertThat(second.attributes()).containsOnlyKeys("qualifiedName", "name", "rowCount")
            .containsEntry("name", "ORDERS_V2");
        assertThat(second.relationshipAttributes()).containsOnlyKeys("schema", "atlanSchema");
        assertThat(second.otherFields()).containsExactly(Map.entry("someFutureField", "second"));
        assertThat(third.attributes()).containsOnlyKeys("qualifiedName", "name", "rowCount", "description");
        assertThat(second.attributes()).doesNotContainKey("description");
    }

    @Test
    void aMapGivenToTheBuilderIsCopiedAndTheAssetsMapsCannotBeChanged() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("name", "ORDERS");
        Asset asset = Asset.builder("Table", "q").attributes(given).build();
        given.put("name", "CHANGED");

        assertThat(asset.name()).isEqualTo("ORDERS");
        assertThatExceptionOfType(UnsupportedOperationException.class)
            .isThrownBy(() -> asset.attributes().put("name", "x"));
        assertThatExceptionOfType(UnsupportedOperationException.class)
            .isThrownBy(() -> asset.otherFields().put("x", "y"));
    }

}
