package dev.atlanspring.client.lineage;

import java.util.List;
import java.util.Map;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetRef;
import dev.atlanspring.client.http.AtlanJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The qualified names {@link LineageProcess} generates are the official SDKs' (atlan-java
 * {@code LineageProcess.generateQualifiedName}, pyatlan {@code Process.Attributes.generate_qualified_name}): the
 * expected values below were computed outside this code base, with Python's {@code hashlib.md5} over the SDKs'
 * concatenation (name, connection qualified name, parent GUID, input GUIDs, output GUIDs, UTF-8, lower-case hex).
 */
class LineageProcessTests {

    private static final String CONNECTION = "default/snowflake/1700000000";

    @Test
    void theQualifiedNameIsTheConnectionAndTheMd5OfNameConnectionInputsAndOutputs() {
        List<AssetRef> inputs = List.of(AssetRef.byGuid("Table", "5eed0700-0000-4000-8000-000000000002"),
                AssetRef.byGuid("Table", "5eed0700-0000-4000-8000-000000000003"));
        List<AssetRef> outputs = List.of(AssetRef.byGuid("Table", "5eed0700-0000-4000-8000-000000000001"));
        assertThat(LineageProcess.qualifiedName("load ORDERS", CONNECTION, null, inputs, outputs, null))
            .isEqualTo("default/snowflake/1700000000/3cbb97985345626962af26c9fd71a4fb");
    }

    @Test
    void aColumnProcessHashesItsParentsGuidBeforeItsInputsAndOutputs() {
        assertThat(LineageProcess.qualifiedName("ORDER_ITEMS.ORDER_ID to ORDERS.ORDER_ID", CONNECTION, null,
                List.of(AssetRef.byGuid("Column", "2c7e3baf-e48c-34b0-9c44-0b01f33bf9ae")),
                List.of(AssetRef.byGuid("Column", "d6f1a0ec-25c1-331d-bba9-c40722894172")),
                AssetRef.byGuid("Process", "5eed0a00-0000-4000-8000-000000000001")))
            .isEqualTo("default/snowflake/1700000000/23b79287147919ebb0505a0efc1c13d0");
    }

    @Test
    void aReferenceWithoutAGuidIsHashedByItsQualifiedNameAndTextAsUtf8() {
        assertThat(LineageProcess.qualifiedName("copy", CONNECTION, null,
                List.of(AssetRef.byQualifiedName("Table", "default/snowflake/1700000000/DB/S/A")),
                List.of(AssetRef.byQualifiedName("Table", "default/snowflake/1700000000/DB/S/B")), null))
            .isEqualTo("default/snowflake/1700000000/dc4eda3b9c3c3286d1278351ca8202ba");
        assertThat(LineageProcess.qualifiedName("Bestellungen laden – täglich", CONNECTION, null,
                List.of(AssetRef.byGuid("Table", "a1")), List.of(AssetRef.byGuid("Table", "b2")), null))
            .isEqualTo("default/snowflake/1700000000/09ec7390207d3603106e5163d5166021");
    }

    @Test
    void aProcessIdIsUsedAsItIs() {
        assertThat(LineageProcess.builder("dbt run", CONNECTION)
            .processId("job-42")
            .input(AssetRef.byGuid("Table", "a1"))
            .output(AssetRef.byGuid("Table", "b2"))
            .build()
            .qualifiedName()).isEqualTo(CONNECTION + "/job-42");
    }

    @Test
    void theProcessIsAnAssetWithItsConnectionInputsOutputsAndSql() {
        Asset process = LineageProcess.columnBuilder("c", CONNECTION, AssetRef.byGuid("Process", "p1"))
            .input(AssetRef.byGuid("Column", "a1"))
            .output(AssetRef.byQualifiedName("Column", CONNECTION + "/DB/S/T/C"))
            .sql("INSERT INTO T SELECT C FROM S")
            .code("print(1)")
            .build();

        JsonNode json = AtlanJson.mapper().readTree(AtlanJson.mapper().writeValueAsString(process));
        assertThat(json.get("typeName").asString()).isEqualTo("ColumnProcess");
        assertThat(json.get("guid").asString()).startsWith("-");
        assertThat(json.get("attributes")).isEqualTo(AtlanJson.mapper().valueToTree(Map.of("name", "c",
                "qualifiedName", process.qualifiedName(), "connectorName", "snowflake", "connectionQualifiedName",
                CONNECTION, "sql", "INSERT INTO T SELECT C FROM S", "code", "print(1)")));
        assertThat(json.get("relationshipAttributes")).isEqualTo(AtlanJson.mapper().readTree("""
                {"inputs":[{"typeName":"Column","guid":"a1"}],
                 "outputs":[{"typeName":"Column","uniqueAttributes":{"qualifiedName":
                   "default/snowflake/1700000000/DB/S/T/C"}}],
                 "process":{"typeName":"Process","guid":"p1"}}"""));
    }

    @Test
    void badPartsFailWithWhatToDo() {
        assertThatIllegalArgumentException().isThrownBy(() -> LineageProcess.builder(" ", CONNECTION))
            .withMessageContaining("name is blank");
        assertThatIllegalArgumentException().isThrownBy(() -> LineageProcess.builder("p", "snowflake"))
            .withMessageContaining("default/snowflake/1700000000");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> LineageProcess.builder("p", CONNECTION).input(AssetRef.byGuid("Table", "a")).build())
            .withMessageContaining("at least one input and one output");
    }

}
