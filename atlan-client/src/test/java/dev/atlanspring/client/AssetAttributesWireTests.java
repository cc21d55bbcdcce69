package dev.atlanspring.client;

import java.util.List;

import dev.atlanspring.client.asset.AssetRef;
import dev.atlanspring.client.asset.CertificateStatus;
import dev.atlanspring.client.asset.MutationResult;
import dev.atlanspring.client.error.NotFoundException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The requests that set and remove certificates and terms, and Atlan's answers to them, in the shapes the official
 * SDKs send and record: the partial update by unique attribute of pyatlan's {@code UpdateAssetByAttribute}, its
 * {@code nullFields} sent as JSON nulls by {@code remove_certificate}, terms as {@code appendRelationshipAttributes}
 * ({@code ManageTerms}, atlanhq/atlan-python {@code pyatlan/client/common/asset.py}), and a
 * {@code PARTIAL_UPDATE} mutation response shaped like {@code tests/unit/data/asset_mutated_response_update.json}
 * (commit 7ae54e107e631d6823cfad79135cb3d723b57d99), with invented values.
 */
class AssetAttributesWireTests extends WireMockClientTests {

    private static final String QUALIFIED_NAME = "default/snowflake/1712345678/WAREHOUSE/FINANCE/LEDGER";

    private static final String PARTIAL_UPDATE_RESPONSE = """
            {"mutatedEntities":{"PARTIAL_UPDATE":[{"typeName":"Table","attributes":{
              "qualifiedName":"%s","name":"LEDGER","certificateStatus":"VERIFIED",
              "certificateStatusMessage":"Reconciled monthly","certificateUpdatedBy":"quinn",
              "certificateUpdatedAt":1712345999000,"ownerUsers":[],"ownerGroups":[]},
              "guid":"0c1d2e3f-4a5b-4c6d-8e7f-001122334455","status":"ACTIVE","displayText":"LEDGER",
              "classificationNames":[],"classifications":[],"meaningNames":[],"meanings":[],
              "isIncomplete":false,"labels":[],"createdBy":"quinn","updatedBy":"quinn",
              "createTime":1712345678000,"updateTime":1712345999000}]},"guidAssignments":{}}
            """.formatted(QUALIFIED_NAME);

    @Test
    void aCertificateIsAPartialUpdateByQualifiedNameOfOnlyItsAttributes() {
        wireMock.stubFor(put(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .willReturn(okJson(PARTIAL_UPDATE_RESPONSE)));

        MutationResult result = this.client.assetAttributes().updateCertificate("Table", QUALIFIED_NAME,
                CertificateStatus.VERIFIED, "Reconciled monthly");

        assertThat(result.partiallyUpdated()).singleElement()
            .satisfies((asset) -> assertThat(asset.attribute("certificateStatus")).isEqualTo("VERIFIED"));
        wireMock.verify(putRequestedFor(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .withQueryParam("attr:qualifiedName", equalTo(QUALIFIED_NAME))
            .withRequestBody(equalToJson("""
                    {"entity":{"typeName":"Table","attributes":{"qualifiedName":"%s",
                      "certificateStatus":"VERIFIED","certificateStatusMessage":"Reconciled monthly"}}}
                    """.formatted(QUALIFIED_NAME))));
    }

    @Test
    void removingACertificateSendsBothAttributesAsNulls() {
        wireMock.stubFor(put(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .willReturn(okJson("{\"mutatedEntities\":{},\"guidAssignments\":{}}")));

        this.client.assetAttributes().removeCertificate("Table", QUALIFIED_NAME);

        wireMock.verify(putRequestedFor(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .withRequestBody(equalToJson("""
                    {"entity":{"typeName":"Table","attributes":{"qualifiedName":"%s",
                      "certificateStatus":null,"certificateStatusMessage":null}}}
                    """.formatted(QUALIFIED_NAME))));
    }

    @Test
    void appendingTermsReadsTheAssetThenSavesOnlyItsIdentityWithAppendRelationshipAttributes() {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .willReturn(okJson("""
                    {"referredEntities":{},"entity":{"typeName":"Table","guid":"0c1d2e3f-4a5b-4c6d-8e7f-001122334455",
                      "status":"ACTIVE","attributes":{"qualifiedName":"%s","name":"LEDGER"}}}
                    """.formatted(QUALIFIED_NAME))));
        wireMock.stubFor(post(urlPathEqualTo("/api/meta/entity/bulk"))
            .willReturn(okJson(PARTIAL_UPDATE_RESPONSE.replace("PARTIAL_UPDATE", "UPDATE"))));

        MutationResult result = this.client.assetAttributes().appendTerms("Table", QUALIFIED_NAME,
                List.of(AssetRef.byGuid("AtlasGlossaryTerm", "7e7e7e7e-0000-4000-8000-00000000beef"),
                        AssetRef.byQualifiedName("AtlasGlossaryTerm", "tErMlEdGeR01@gLoSsArY01")));

        assertThat(result.updated()).hasSize(1);
        wireMock.verify(postRequestedFor(urlPathEqualTo("/api/meta/entity/bulk"))
            .withRequestBody(equalToJson("""
                    {"entities":[{"typeName":"Table","guid":"0c1d2e3f-4a5b-4c6d-8e7f-001122334455",
                      "attributes":{"qualifiedName":"%s","name":"LEDGER"},
                      "appendRelationshipAttributes":{"meanings":[
                        {"typeName":"AtlasGlossaryTerm","guid":"7e7e7e7e-0000-4000-8000-00000000beef"},
                        {"typeName":"AtlasGlossaryTerm","uniqueAttributes":{"qualifiedName":"tErMlEdGeR01@gLoSsArY01"}}
                      ]}}]}
                    """.formatted(QUALIFIED_NAME))));
    }

    /**
     * Given only a GUID, the asset's minimal form is read for its type and qualified name (as pyatlan's
     * {@code _manage_terms} finds the asset first), then the same partial update by unique attribute follows.
     */
    @Test
    void byGuidTheAssetIsReadMinimalThenTheSamePartialUpdateIsSent() {
        String guid = "0c1d2e3f-4a5b-4c6d-8e7f-001122334455";
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/entity/guid/" + guid)).willReturn(okJson("""
                {"referredEntities":{},"entity":{"typeName":"Table","guid":"%s","status":"ACTIVE",
                  "attributes":{"qualifiedName":"%s","name":"LEDGER"}}}
                """.formatted(guid, QUALIFIED_NAME))));
        wireMock.stubFor(put(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .willReturn(okJson(PARTIAL_UPDATE_RESPONSE)));

        MutationResult result = this.client.assetAttributes().updateOwnersByGuid(guid, List.of("quinn"),
                List.of("finance"));

        assertThat(result.partiallyUpdated()).extracting((asset) -> asset.guid()).containsExactly(guid);
        wireMock.verify(getRequestedFor(urlPathEqualTo("/api/meta/entity/guid/" + guid))
            .withQueryParam("minExtInfo", equalTo("true"))
            .withQueryParam("ignoreRelationships", equalTo("true")));
        wireMock.verify(putRequestedFor(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .withQueryParam("attr:qualifiedName", equalTo(QUALIFIED_NAME))
            .withRequestBody(equalToJson("""
                    {"entity":{"typeName":"Table","attributes":{"qualifiedName":"%s",
                      "ownerUsers":["quinn"],"ownerGroups":["finance"]}}}
                    """.formatted(QUALIFIED_NAME))));
    }

    @Test
    void byGuidAnAssetThatDoesNotExistIsNotFoundAndNothingIsWritten() {
        String guid = "0c1d2e3f-4a5b-4c6d-8e7f-00000000dead";
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/entity/guid/" + guid)).willReturn(aResponse().withStatus(404)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"errorCode\":\"ATLAS-404-00-005\",\"errorMessage\":\"Given instance guid " + guid
                    + " is invalid/not found\"}")));

        assertThatExceptionOfType(NotFoundException.class)
            .isThrownBy(() -> this.client.assetAttributes().removeCertificateByGuid(guid))
            .withMessageContaining(guid);
        wireMock.verify(0, putRequestedFor(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table")));
    }

}
