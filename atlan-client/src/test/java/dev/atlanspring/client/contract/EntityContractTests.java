package dev.atlanspring.client.contract;

import java.time.Instant;
import java.util.List;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetStatus;
import dev.atlanspring.client.asset.AtlanTag;
import dev.atlanspring.client.asset.GetOptions;
import dev.atlanspring.client.asset.SaveOptions;
import dev.atlanspring.client.asset.TagHandling;
import dev.atlanspring.client.asset.TermAssignment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An asset read by GUID, in the shapes pyatlan recorded: {@code entity-by-guid.json} mirrors
 * {@code atlanhq/atlan-python} {@code tests/unit/data/asset_responses/get_by_guid.json} (its tag from
 * {@code glossary_term.json} and Atlas's {@code AtlasClassification}, its term from {@code lineage.json}), and
 * {@code entity-by-guid-min.json} mirrors {@code retrieve_minimal.json}, at 7ae54e1. Reading one and saving it back
 * must send Atlan the very entity it sent, tag attachments included.
 */
class EntityContractTests extends ContractTests {

    private static final String GUID = "0c7e2f1a-5b3d-4e8f-9a6b-1d2c3e4f5a60";

    @BeforeEach
    void serveTheSaveAndTheTags() {
        serveTagDefinitions();
        wireMock.stubFor(post(urlPathEqualTo("/api/meta/entity/bulk")).willReturn(ok("mutation-update.json")));
    }

    private void serveEntity(String body) {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/entity/guid/" + GUID)).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody(body)));
    }

    @Test
    void aTableReadByGuidHasEveryFieldAtlanSent() {
        serveEntity(fixture("entity-by-guid.json"));

        Asset table = client.assets().get(GUID);

        assertThat(table.typeName()).isEqualTo("Table");
        assertThat(table.guid()).isEqualTo(GUID);
        assertThat(table.status()).isEqualTo(AssetStatus.ACTIVE);
        assertThat(table.qualifiedName()).isEqualTo("default/postgres/1700000000/sales_db/public/orders");
        assertThat(table.name()).isEqualTo("orders");
        assertThat(table.attribute("userDescription")).isEqualTo("Customer orders, one row per order");
        assertThat(table.attribute("rowCount", Long.class)).isEqualTo(1200L);
        assertThat(table.attribute("popularityScore", Double.class)).isEqualTo(1.17549435e-38);
        assertThat(table.attributes()).containsEntry("description", null).containsEntry("readme", null);
        assertThat(table.attribute("ownerUsers")).isEqualTo(List.of("jdoe"));
        assertThat(table.createdBy()).isEqualTo("jdoe");
        assertThat(table.updatedBy()).startsWith("service-account-apikey-");
        assertThat(table.createTime()).isEqualTo(Instant.ofEpochMilli(1712000000000L));
        assertThat(table.updateTime()).isEqualTo(Instant.ofEpochMilli(1712003600000L));
        assertThat(table.version()).isZero();
        assertThat(table.labels()).isEmpty();
        assertThat(table.relationshipAttributes()).containsKeys("columns", "atlanSchema", "meanings", "links",
                "readme");
        assertThat(table.otherFields()).containsEntry("isIncomplete", false).containsKey("customAttributes");
    }

    @Test
    void itsTagReadsUnderTheDisplayNameWithEveryPropagationFlag() {
        serveEntity(fixture("entity-by-guid.json"));

        AtlanTag tag = client.assets().get(GUID).classifications().get(0);

        assertThat(tag.typeName()).isEqualTo("PII");
        assertThat(tag.entityGuid()).isEqualTo(GUID);
        assertThat(tag.entityStatus()).isEqualTo(AssetStatus.ACTIVE);
        assertThat(tag.propagate()).isTrue();
        assertThat(tag.removePropagationsOnEntityDelete()).isTrue();
        assertThat(tag.restrictPropagationThroughLineage()).isFalse();
        assertThat(tag.restrictPropagationThroughHierarchy()).isFalse();
        assertThat(tag.attributes()).isNull();
        assertThat(tag.validityPeriods()).isNull();
        assertThat(tag.otherFields()).isEmpty();
    }

    @Test
    void itsTermAssignmentKeepsTheConfidenceAtlanSendsEvenWhenZero() {
        serveEntity(fixture("entity-by-guid.json"));

        TermAssignment term = client.assets().get(GUID).meanings().get(0);

        assertThat(term.termGuid()).isEqualTo("9d8c7b6a-5f4e-4d3c-8b2a-190f8e7d6c64");
        assertThat(term.relationGuid()).isEqualTo("5e4d3c2b-1a09-4f8e-8d7c-6b5a49382765");
        assertThat(term.displayText()).isEqualTo("Order");
        assertThat(term.confidence()).isZero();
        assertThat(term.steward()).isNull();
        assertThat(term.otherFields()).isEmpty();
    }

    @Test
    void decodingThenEncodingTheEntityGivesBackTheSameTree() {
        JsonNode entity = tree("entity-by-guid.json").get("entity");

        assertThat(encoded(JSON.treeToValue(entity, Asset.class))).isEqualTo(entity);
    }

    @Test
    void aTableReadAndSavedBackSendsAtlanTheEntityItSent() {
        serveEntity(fixture("entity-by-guid.json"));

        Asset table = client.assets().get(GUID);
        client.assets().save(List.of(table), SaveOptions.DEFAULT.withTags(TagHandling.REPLACE));

        JsonNode sent = onlyBodySentTo("POST", "/api/meta/entity/bulk").get("entities");
        assertThat(sent).containsExactly(tree("entity-by-guid.json").get("entity"));
    }

    @Test
    void aTagWithSourceSyncedAttachmentsAndValidityPeriodsIsSavedBackWithThem() {
        JsonNode withAttachment = tree("entity-by-guid.json");
        ObjectNode tag = (ObjectNode) withAttachment.get("entity").get("classifications").get(0);
        // Atlas's AtlasClassification carries 'attributes' and 'validityPeriods' (MS AtlasClassification L48-200);
        // a source-synced tag keeps its attachment as a SourceTagAttachment struct under a hashed attribute name.
        tag.set("attributes", JSON.readTree("""
                {"Hy6tGb8nJm2kLp4qRs7wXz": [{"typeName": "SourceTagAttachment", "attributes": {
                  "sourceTagName": "CONFIDENTIAL", "sourceTagQualifiedName": "default/snowflake/1700000000/TAGS",
                  "sourceTagGuid": "1a2b3c4d-0000-4000-8000-000000000001", "sourceTagConnectorName": "snowflake",
                  "sourceTagValue": [{"tagAttachmentKey": "", "tagAttachmentValue": "restricted"}],
                  "isSourceTagSynced": true, "sourceTagSyncTimestamp": 1712000000000, "sourceTagSyncError": ""}}]}
                """));
        tag.set("validityPeriods", JSON.readTree("""
                [{"startTime": "2024/04/01 00:00:00", "endTime": "2024/12/31 23:59:59", "timeZone": "UTC"}]
                """));
        serveEntity(withAttachment.toString());

        Asset table = client.assets().get(GUID);
        client.assets().save(List.of(table), SaveOptions.DEFAULT.withTags(TagHandling.REPLACE));

        assertThat(table.classifications().get(0).attributes()).containsKey("Hy6tGb8nJm2kLp4qRs7wXz");
        assertThat(table.classifications().get(0).validityPeriods()).hasSize(1);
        JsonNode sent = onlyBodySentTo("POST", "/api/meta/entity/bulk").get("entities");
        assertThat(sent).containsExactly(withAttachment.get("entity"));
    }

    @Test
    void aMinimalTableHasNoRelationshipsAndStillRoundTrips() {
        serveEntity(fixture("entity-by-guid-min.json"));

        Asset table = client.assets().get(GUID, GetOptions.MINIMAL);
        client.assets().save(table);

        assertThat(table.relationshipAttributes()).isEmpty();
        assertThat(table.classifications()).isEmpty();
        assertThat(table.attribute("columnCount", Integer.class)).isEqualTo(3);
        assertThat(onlyBodySentTo("POST", "/api/meta/entity/bulk").get("entities"))
            .containsExactly(tree("entity-by-guid-min.json").get("entity"));
    }

}
