package dev.atlanspring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AtlanTag;
import dev.atlanspring.client.asset.CustomMetadataHandling;
import dev.atlanspring.client.asset.DeleteType;
import dev.atlanspring.client.asset.GetOptions;
import dev.atlanspring.client.asset.MutationResult;
import dev.atlanspring.client.asset.SaveOptions;
import dev.atlanspring.client.asset.TagHandling;
import dev.atlanspring.client.error.AtlanTagNotFoundException;
import dev.atlanspring.client.error.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The write options and the newer asset operations: the exact requests they send and what the user gets back.
 */
class AssetWriteOptionsTests extends WireMockClientTests {

    private static final String BULK = "/api/meta/entity/bulk";

    private static final String TAGS = """
            {"classificationDefs": [
              {"category": "CLASSIFICATION", "name": "Wq8ZDbXw2fcLp3QHrm9Ysn", "displayName": "PII"}]}
            """;

    private static final String ENTITY = """
            {"entity": {"typeName": "Table", "guid": "g-1", "status": "%s",
              "attributes": {"qualifiedName": "q/ORDERS", "name": "ORDERS"},
              "classifications": [{"typeName": "Wq8ZDbXw2fcLp3QHrm9Ysn", "entityGuid": "g-1", "propagate": true}]}}
            """;

    @ParameterizedTest
    @CsvSource({ "IGNORE, IGNORE, false, false, false, false", "APPEND, IGNORE, false, true, false, false",
            "REPLACE, IGNORE, true, false, false, false", "IGNORE, APPEND, false, false, true, false",
            "IGNORE, REPLACE, false, false, true, true", "APPEND, REPLACE, false, true, true, true" })
    void saveOptionsBecomeAtlansFourFlags(TagHandling tags, CustomMetadataHandling customMetadata,
            String replaceTags, String appendTags, String replaceBusinessAttributes,
            String overwriteBusinessAttributes) {
        wireMock.stubFor(post(urlPathEqualTo(BULK)).willReturn(okJson("{}")));

        this.client.assets()
            .save(List.of(Asset.builder("Table", "q/ORDERS").build()), new SaveOptions(tags, customMetadata));

        wireMock.verify(postRequestedFor(urlPathEqualTo(BULK))
            .withQueryParam("replaceTags", havingExactly(replaceTags))
            .withQueryParam("appendTags", havingExactly(appendTags))
            .withQueryParam("replaceBusinessAttributes", havingExactly(replaceBusinessAttributes))
            .withQueryParam("overwriteBusinessAttributes", havingExactly(overwriteBusinessAttributes))
            .withRequestBody(equalToJson("""
                    {"entities": [{"typeName": "Table", "guid": "-1", "attributes": {"qualifiedName": "q/ORDERS"}}]}
                    """)));
    }

    /**
     * atlas-metastore AtlasEntityComparator: with appendTags=true only addOrUpdateClassifications is read, so an
     * append sends its tags there, each with the four propagation flags the SDKs send (pyatlan AtlanTag defaults).
     */
    @Test
    void anAppendSendsTheTagsUnderAddOrUpdateWithEveryPropagationFlag() {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/types/typedefs")).willReturn(okJson(TAGS)));
        wireMock.stubFor(post(urlPathEqualTo(BULK)).willReturn(okJson("{}")));
        Asset table = Asset.builder("Table", "q/ORDERS")
            .classification(AtlanTag.of("PII"))
            .otherField("businessAttributes", Map.of("dQ7hashedSet", Map.of("score", 9)))
            .build();

        this.client.assets().save(List.of(table), SaveOptions.DEFAULT.withTags(TagHandling.APPEND)
            .withCustomMetadata(CustomMetadataHandling.APPEND));

        wireMock.verify(postRequestedFor(urlPathEqualTo(BULK)).withQueryParam("appendTags", havingExactly("true"))
            .withRequestBody(equalToJson("""
                {"entities": [{"typeName": "Table", "guid": "-1", "attributes": {"qualifiedName": "q/ORDERS"},
                  "addOrUpdateClassifications": [{"typeName": "Wq8ZDbXw2fcLp3QHrm9Ysn", "propagate": false,
                    "removePropagationsOnEntityDelete": true, "restrictPropagationThroughLineage": false,
                    "restrictPropagationThroughHierarchy": false}],
                  "businessAttributes": {"dQ7hashedSet": {"score": 9}}}]}
                """)));
    }

    /** Atlan fills a missing propagate with true (EntityGraphMapper); the client never leaves it missing. */
    @Test
    void aReplaceSendsTheTagsUnderClassificationsAndAPropagatingTagOnlyWhenAsked() {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/types/typedefs")).willReturn(okJson(TAGS)));
        wireMock.stubFor(post(urlPathEqualTo(BULK)).willReturn(okJson("{}")));
        Asset table = Asset.builder("Table", "q/ORDERS")
            .classification(AtlanTag.builder("PII").propagate(true).restrictPropagationThroughLineage(true).build())
            .build();

        this.client.assets().save(List.of(table), SaveOptions.DEFAULT.withTags(TagHandling.REPLACE));

        wireMock.verify(postRequestedFor(urlPathEqualTo(BULK)).withQueryParam("replaceTags", havingExactly("true"))
            .withRequestBody(equalToJson("""
                {"entities": [{"typeName": "Table", "guid": "-1", "attributes": {"qualifiedName": "q/ORDERS"},
                  "classifications": [{"typeName": "Wq8ZDbXw2fcLp3QHrm9Ysn", "propagate": true,
                    "removePropagationsOnEntityDelete": true, "restrictPropagationThroughLineage": true,
                    "restrictPropagationThroughHierarchy": false}]}]}
                """)));
    }

    /**
     * What pyatlan's add_atlan_tags / remove_atlan_tag send (pyatlan/client/asset.py, common/asset.py
     * ModifyAtlanTags): the asset read first, then only its identity with appendTags=true and the tags in
     * addOrUpdateClassifications or removeClassifications.
     */
    @Test
    void addTagsAndRemoveTagsSendOnlyTheIdentityAndTheTagLists() {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/types/typedefs")).willReturn(okJson(TAGS)));
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .willReturn(okJson(ENTITY.formatted("ACTIVE"))));
        wireMock.stubFor(post(urlPathEqualTo(BULK)).willReturn(okJson("{}")));

        this.client.assets().addTags("Table", "q/ORDERS", "PII");
        this.client.assets().removeTags("Table", "q/ORDERS", "PII");

        wireMock.verify(2, getRequestedFor(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .withQueryParam("ignoreRelationships", equalTo("true")));
        wireMock.verify(postRequestedFor(urlPathEqualTo(BULK)).withQueryParam("appendTags", havingExactly("true"))
            .withQueryParam("replaceTags", havingExactly("false"))
            .withRequestBody(equalToJson("""
                {"entities": [{"typeName": "Table", "guid": "g-1",
                  "attributes": {"qualifiedName": "q/ORDERS", "name": "ORDERS"},
                  "addOrUpdateClassifications": [{"typeName": "Wq8ZDbXw2fcLp3QHrm9Ysn", "propagate": false,
                    "removePropagationsOnEntityDelete": true, "restrictPropagationThroughLineage": false,
                    "restrictPropagationThroughHierarchy": false}]}]}
                """)));
        wireMock.verify(postRequestedFor(urlPathEqualTo(BULK)).withQueryParam("appendTags", havingExactly("true"))
            .withRequestBody(equalToJson("""
                {"entities": [{"typeName": "Table", "guid": "g-1",
                  "attributes": {"qualifiedName": "q/ORDERS", "name": "ORDERS"},
                  "removeClassifications": [{"typeName": "Wq8ZDbXw2fcLp3QHrm9Ysn"}]}]}
                """)));
    }

    @Test
    void anUnknownTagFailsBeforeAnythingIsSaved() {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/types/typedefs")).willReturn(okJson(TAGS)));
        Asset table = Asset.builder("Table", "q/ORDERS").classification(AtlanTag.of("Secret")).build();

        assertThatExceptionOfType(AtlanTagNotFoundException.class)
            .isThrownBy(() -> this.client.assets().save(table))
            .satisfies((ex) -> assertThat(ex.getTagName()).isEqualTo("Secret"))
            .isInstanceOf(NotFoundException.class)
            .withMessageStartingWith("No Atlan tag has the display name 'Secret'")
            .withMessageContaining("typeDefs().list(TypeDefCategory.CLASSIFICATION)");
        wireMock.verify(0, postRequestedFor(urlPathEqualTo(BULK)));
    }

    @Test
    void getOptionsLeaveOutRelationshipsAndReferredAssetsAndTagsReadAsDisplayNames() {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/types/typedefs")).willReturn(okJson(TAGS)));
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/entity/guid/g-1")).willReturn(okJson(ENTITY.formatted("ACTIVE"))));

        Asset asset = this.client.assets().get("g-1", GetOptions.MINIMAL);
        this.client.assets().get("g-1", GetOptions.DEFAULT.withIgnoreRelationships(true));

        assertThat(asset.classifications()).singleElement().satisfies((tag) -> {
            assertThat(tag.typeName()).isEqualTo("PII");
            assertThat(tag.propagate()).isTrue();
        });
        wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/meta/entity/guid/g-1"))
            .withQueryParam("ignoreRelationships", equalTo("true"))
            .withQueryParam("minExtInfo", equalTo("true")));
        wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/meta/entity/guid/g-1"))
            .withQueryParam("ignoreRelationships", equalTo("true"))
            .withQueryParam("minExtInfo", equalTo("false")));
        wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/meta/types/typedefs")));
    }

    @Test
    void updateAttributesSendsOnlyTheAttributesToChangeByQualifiedName() {
        wireMock.stubFor(put(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table")).willReturn(okJson("""
                {"mutatedEntities": {"PARTIAL_UPDATE": [{"typeName": "Table", "guid": "g-1", "status": "ACTIVE",
                  "attributes": {"qualifiedName": "q/ORDERS+1"}}]}}
                """)));
        Map<String, Object> changes = new java.util.LinkedHashMap<>();
        changes.put("description", "All orders");
        changes.put("userDescription", null);

        MutationResult result = this.client.assets().updateAttributes("Table", "q/ORDERS+1", changes);

        assertThat(result.partiallyUpdated()).extracting(Asset::guid).containsExactly("g-1");
        wireMock.verify(putRequestedFor(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .withQueryParam("attr:qualifiedName", havingExactly("q/ORDERS+1"))
            .withRequestBody(equalToJson("""
                    {"entity": {"typeName": "Table",
                      "attributes": {"qualifiedName": "q/ORDERS+1", "description": "All orders",
                                     "userDescription": null}}}
                    """)));
    }

    @Test
    void deletingManyGuidsSplitsThemIntoRequestsOfFiftyAndAddsUpTheResults() {
        List<String> guids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            guids.add("g-" + i);
        }
        wireMock.stubFor(delete(urlPathEqualTo(BULK)).willReturn(okJson("""
                {"mutatedEntities": {"DELETE": [{"typeName": "Table", "guid": "x", "status": "DELETED",
                  "attributes": {"qualifiedName": "q/x"}}]}}
                """)));

        MutationResult result = this.client.assets().delete(guids, DeleteType.PURGE);

        assertThat(result.deleted()).hasSize(3);
        wireMock.verify(deleteRequestedFor(urlPathEqualTo(BULK))
            .withQueryParam("guid", havingExactly(guids.subList(0, 50).toArray(String[]::new)))
            .withQueryParam("deleteType", equalTo("PURGE")));
        wireMock.verify(deleteRequestedFor(urlPathEqualTo(BULK))
            .withQueryParam("guid", havingExactly(guids.subList(50, 100).toArray(String[]::new))));
        wireMock.verify(deleteRequestedFor(urlPathEqualTo(BULK))
            .withQueryParam("guid", havingExactly(guids.subList(100, 120).toArray(String[]::new))));
        wireMock.verify(3, deleteRequestedFor(urlPathEqualTo(BULK)));
    }

    @Test
    void aFailedDeleteRequestStopsTheOnesAfterIt() {
        List<String> guids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            guids.add("g-" + i);
        }
        wireMock.stubFor(delete(urlPathEqualTo(BULK)).willReturn(aResponse().withStatus(404).withBody("""
                {"errorCode": "ATLAS-404-00-005", "errorMessage": "Given instance guid g-0 is invalid/not found"}
                """)));

        assertThatExceptionOfType(NotFoundException.class)
            .isThrownBy(() -> this.client.assets().delete(guids, DeleteType.SOFT));
        wireMock.verify(1, deleteRequestedFor(urlPathEqualTo(BULK)));
    }

    @Test
    void restoreSavesASoftDeletedAssetAsActiveUnderItsGuid() {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/types/typedefs")).willReturn(okJson(TAGS)));
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .willReturn(okJson(ENTITY.formatted("DELETED"))));
        wireMock.stubFor(post(urlPathEqualTo(BULK)).willReturn(okJson("""
                {"mutatedEntities": {"UPDATE": [{"typeName": "Table", "guid": "g-1", "status": "ACTIVE",
                  "attributes": {"qualifiedName": "q/ORDERS"}}]}}
                """)));

        MutationResult result = this.client.assets().restore("Table", "q/ORDERS");

        assertThat(result.updated()).extracting(Asset::guid).containsExactly("g-1");
        wireMock.verify(getRequestedFor(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .withQueryParam("attr:qualifiedName", equalTo("q/ORDERS"))
            .withQueryParam("minExtInfo", equalTo("true")));
        wireMock.verify(postRequestedFor(urlPathEqualTo(BULK)).withRequestBody(equalToJson("""
                {"entities": [{"typeName": "Table", "guid": "g-1", "status": "ACTIVE",
                  "attributes": {"qualifiedName": "q/ORDERS"}}]}
                """)));
    }

    @Test
    void restoringAnActiveAssetSavesNothing() {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/types/typedefs")).willReturn(okJson(TAGS)));
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .willReturn(okJson(ENTITY.formatted("ACTIVE"))));

        assertThat(this.client.assets().restore("Table", "q/ORDERS").isEmpty()).isTrue();
        wireMock.verify(0, postRequestedFor(urlPathEqualTo(BULK)));
    }

}
