package dev.atlanspring.client.asset;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.atlanspring.client.http.AtlanJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AssetJsonTests {

    private final JsonMapper mapper = AtlanJson.mapper();

    private static final String TABLE = """
            {
              "typeName": "Table",
              "guid": "b4113341-251b-4adc-81fb-2420501c30e6",
              "status": "ACTIVE",
              "attributes": {
                "qualifiedName": "default/snowflake/1700000000/ANALYTICS/SALES/ORDERS",
                "name": "ORDERS",
                "rowCount": 123456789012,
                "someFutureAttribute": {"nested": [1, 2.5, "three", null, true]},
                "clearedAttribute": null
              },
              "relationshipAttributes": {
                "schema": {"guid": "s-1", "typeName": "Schema", "uniqueAttributes": {"qualifiedName": "q"}}
              },
              "classifications": [
                {"typeName": "Wq8ZDbXw2fcLp3QHrm9Ysn", "entityGuid": "b4113341-251b-4adc-81fb-2420501c30e6",
                 "entityStatus": "ACTIVE", "propagate": true,
                 "attributes": {"sourceTagAttachment": [{"sourceTagName": "pii", "isSourceTagSynced": true}]},
                 "validityPeriods": [{"startTime": "2024/01/01 00:00:00", "timeZone": "UTC"}],
                 "displayName": "Personal data", "someFutureTagField": {"k": [1, null]}}
              ],
              "meanings": [{"termGuid": "t-1", "relationGuid": "r-1", "displayText": "Revenue",
                            "steward": "jdoe", "confidence": 0, "status": "VALIDATED", "someFutureTermField": 1}],
              "labels": ["gold"],
              "createdBy": "demo",
              "updatedBy": "someone",
              "createTime": 1700000000000,
              "updateTime": 1700000001000,
              "version": 7,
              "isIncomplete": false,
              "provenanceType": 0,
              "customAttributes": {"k": "v"}
            }
            """;

    @Test
    void readsEveryKnownField() {
        Asset asset = this.mapper.readValue(TABLE, Asset.class);
        assertThat(asset.typeName()).isEqualTo("Table");
        assertThat(asset.guid()).isEqualTo("b4113341-251b-4adc-81fb-2420501c30e6");
        assertThat(asset.status()).isEqualTo(AssetStatus.ACTIVE);
        assertThat(asset.qualifiedName()).isEqualTo("default/snowflake/1700000000/ANALYTICS/SALES/ORDERS");
        assertThat(asset.name()).isEqualTo("ORDERS");
        assertThat(asset.attribute("rowCount", Long.class)).isEqualTo(123456789012L);
        AtlanTag tag = asset.classifications().get(0);
        assertThat(tag.typeName()).isEqualTo("Wq8ZDbXw2fcLp3QHrm9Ysn");
        assertThat(tag.entityGuid()).isEqualTo("b4113341-251b-4adc-81fb-2420501c30e6");
        assertThat(tag.entityStatus()).isEqualTo(AssetStatus.ACTIVE);
        assertThat(tag.propagate()).isTrue();
        assertThat(tag.removePropagationsOnEntityDelete()).isNull();
        assertThat(tag.displayName()).isEqualTo("Personal data");
        assertThat(tag.attributes()).containsKey("sourceTagAttachment");
        assertThat(tag.validityPeriods()).singleElement().satisfies((period) ->
                assertThat(period).containsEntry("timeZone", "UTC"));
        assertThat(tag.otherFields()).containsKey("someFutureTagField");
        TermAssignment term = asset.meanings().get(0);
        assertThat(term.termGuid()).isEqualTo("t-1");
        assertThat(term.relationGuid()).isEqualTo("r-1");
        assertThat(term.displayText()).isEqualTo("Revenue");
        assertThat(term.steward()).isEqualTo("jdoe");
        assertThat(term.confidence()).isZero();
        assertThat(term.status()).isEqualTo("VALIDATED");
        assertThat(term.otherFields()).containsEntry("someFutureTermField", 1);
        assertThat(asset.labels()).containsExactly("gold");
        assertThat(asset.createdBy()).isEqualTo("demo");
        assertThat(asset.updatedBy()).isEqualTo("someone");
        assertThat(asset.createTime()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
        assertThat(asset.updateTime()).isEqualTo(Instant.ofEpochMilli(1700000001000L));
        assertThat(asset.version()).isEqualTo(7L);
        assertThat(asset.relationshipAttributes()).containsKey("schema");
    }

    @Test
    void writesBackWhatItDoesNotKnowWithoutLosingIt() {
        Asset asset = this.mapper.readValue(TABLE, Asset.class);
        JsonNode written = this.mapper.readTree(this.mapper.writeValueAsString(asset));
        assertThat(written).isEqualTo(this.mapper.readTree(TABLE));
    }

    @Test
    void aRenamedTagKeepsEverythingElseItCarried() {
        AtlanTag tag = this.mapper.readValue(TABLE, Asset.class).classifications().get(0);

        AtlanTag renamed = tag.withTypeName("PII");

        assertThat(renamed.typeName()).isEqualTo("PII");
        assertThat(renamed).usingRecursiveComparison().ignoringFields("typeName").isEqualTo(tag);
    }

    @Test
    void aTagMadeByNameWritesOnlyItsName() {
        JsonNode written = this.mapper.readTree(this.mapper.writeValueAsString(AtlanTag.of("PII")));
        assertThat(written).isEqualTo(this.mapper.readTree("{\"typeName\": \"PII\"}"));
    }

    @Test
    void keepsUnknownFieldsThroughToBuilder() {
        Asset asset = this.mapper.readValue(TABLE, Asset.class).toBuilder().name("ORDERS_V2").build();
        assertThat(asset.otherFields()).containsEntry("isIncomplete", false).containsKey("customAttributes");
        assertThat(asset.attributes()).containsKey("someFutureAttribute").containsEntry("name", "ORDERS_V2");
        assertThat(asset.qualifiedName()).isEqualTo("default/snowflake/1700000000/ANALYTICS/SALES/ORDERS");
    }

    @Test
    void builtAssetWritesOnlyWhatWasSet() {
        Asset term = Asset.builder("AtlasGlossaryTerm", "abc@glossary")
            .name("Revenue")
            .guid("-1")
            .relationshipAttribute("anchor", AssetRef.byGuid("AtlasGlossary", "g-1"))
            .relationshipAttribute("parent", AssetRef.byQualifiedName("AtlasGlossaryCategory", "c@glossary"))
            .build();
        JsonNode written = this.mapper.readTree(this.mapper.writeValueAsString(term));
        assertThat(written).isEqualTo(this.mapper.readTree("""
                {"typeName": "AtlasGlossaryTerm", "guid": "-1",
                 "attributes": {"qualifiedName": "abc@glossary", "name": "Revenue"},
                 "relationshipAttributes": {
                   "anchor": {"typeName": "AtlasGlossary", "guid": "g-1"},
                   "parent": {"typeName": "AtlasGlossaryCategory", "uniqueAttributes": {"qualifiedName": "c@glossary"}}
                 }}
                """));
    }

    @Test
    void unknownStatusReadsAsNullInsteadOfFailing() {
        Asset asset = this.mapper.readValue("{\"typeName\":\"Table\",\"status\":\"ARCHIVED\"}", Asset.class);
        assertThat(asset.status()).isNull();
    }

    @Test
    void attributeOfTheWrongTypeSaysWhichAndHowToReadIt() {
        Asset asset = Asset.builder("Table", "q").attribute("rowCount", Map.of("not", "a number")).build();
        assertThatIllegalArgumentException().isThrownBy(() -> asset.attribute("rowCount", Long.class))
            .withMessageContaining("'rowCount'")
            .withMessageContaining("attribute(name)");
    }

    @Test
    void placeholderGuidIsNegative() {
        assertThat(Asset.builder("Table", "q").placeholderGuid().build().guid()).startsWith("-");
    }

    @Test
    void assetIsImmutable() {
        Asset asset = Asset.builder("Table", "q").labels(List.of("a")).build();
        org.assertj.core.api.Assertions.assertThatExceptionOfType(UnsupportedOperationException.class)
            .isThrownBy(() -> asset.attributes().put("x", 1));
        org.assertj.core.api.Assertions.assertThatExceptionOfType(UnsupportedOperationException.class)
            .isThrownBy(() -> asset.labels().add("b"));
    }

}
