package dev.atlanspring.client.contract;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.custommetadata.CustomMetadataNotFoundException;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.search.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * Custom metadata requests and responses in the shapes Atlan records. The definitions,
 * {@code typedefs-custom-metadata.json}, follow the {@code businessMetadataDefs} of atlanhq/atlan-python
 * {@code tests/unit/data/typedefs.json} (651f66fb1): options as strings, an enum attribute typed by its enum's
 * name with {@code isEnum}, a multi-valued one as {@code array<...>} with {@code multiValueSelect}, an archived one
 * with {@code isArchived}, {@code archivedAt}, {@code archivedBy} and the {@code -archived-<epoch>} display name
 * pyatlan's {@code AttributeDef.archive} gives it; number and date attributes typed as pyatlan's
 * {@code AtlanCustomAttributePrimitiveType} names them ({@code float}, {@code int}, {@code date}). The asset,
 * {@code entity-with-custom-metadata.json}, carries {@code businessAttributes} as in {@code glossary_term.json}
 * (hashed set to hashed attribute to value; an unset multi-valued attribute as {@code []}). The writes are what
 * pyatlan's {@code update_custom_metadata_attributes}, {@code replace_custom_metadata} ({@code clear_unset}) and
 * {@code remove_custom_metadata} ({@code clear_all}) send to {@code ADD_BUSINESS_ATTRIBUTE_BY_ID}, served by
 * atlas-metastore {@code EntityREST.addOrUpdateBusinessAttributes(guid, bmName, ...)}; Atlan has no by-unique-
 * attribute variant of it, so a call by qualified name reads the asset's minimal form first. Archived attributes
 * are left out of every name lookup, as pyatlan's {@code CustomMetadataCache._refresh_cache} leaves them out.
 */
class CustomMetadataContractTests extends ContractTests {

    private static final String GUID = "0c7e2f1a-5b3d-4e8f-9a6b-1d2c3e4f5a60";

    private static final String QUALIFIED_NAME = "default/postgres/1700000000/sales_db/public/orders";

    private static final String SET = "Wm5nB8vC1xZ4lK7jH0gF3d";

    private static final String SET_PATH = "/api/meta/entity/guid/" + GUID + "/businessmetadata/" + SET;

    /** Every attribute but the archived one, each as null: what replace and remove clear. */
    private static final List<String> LIVE_ATTRIBUTES = List.of("hR3vT8yW1qZ5kN2mB7cX4d", "nQ6wE9rT2yU5iO8pA1sD3f",
            "dL4kJ7hG0fS3aZ6xC9vB2n", "cE1rT4yU7iO0pA3sD6fG9h", "tI5oP8aS1dF4gH7jK0lZ3x", "rG2hJ5kL8zX1cV4bN7mQ0w",
            "sW9eR2tY5uI8oP1aS4dF7g");

    @BeforeEach
    void serveDefinitionsAndAsset() {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/types/typedefs"))
            .withQueryParam("type", equalTo("business_metadata"))
            .willReturn(ok("typedefs-custom-metadata.json")));
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/entity/guid/" + GUID))
            .willReturn(ok("entity-with-custom-metadata.json")));
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .withQueryParam("attr:qualifiedName", equalTo(QUALIFIED_NAME))
            .willReturn(ok("entity-with-custom-metadata.json")));
        wireMock.stubFor(post(urlPathMatching("/api/meta/entity/guid/.*/businessmetadata/.*"))
            .willReturn(aResponse().withStatus(204)));
    }

    @Test
    void valuesComeBackTypedByTheirDefinitionAndArchivedAttributesAreLeftOut() {
        Map<String, Map<String, Object>> all = client.customMetadata().get(GUID);

        assertThat(all).containsOnlyKeys("Stewardship");
        assertThat(all.get("Stewardship")).containsExactly(entry("Review score", 4.5), entry("Open issues", 2L),
                entry("Last reviewed", Instant.parse("2024-04-01T00:00:00Z")), entry("Certified", true),
                entry("Tier", "Gold"), entry("Regions", List.of("EMEA", "APAC")), entry("Stewards", List.of()));
        wireMock.verify(getRequestedFor(urlPathEqualTo("/api/meta/entity/guid/" + GUID))
            .withQueryParam("minExtInfo", equalTo("true"))
            .withQueryParam("ignoreRelationships", equalTo("true")));
    }

    @Test
    void anUpdateSendsHashedNamesEpochMillisListsAndNullForARemovedAttribute() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Review score", 3.0);
        values.put("Last reviewed", Instant.parse("2024-05-01T00:00:00Z"));
        values.put("Regions", List.of("AMER"));
        values.put("Tier", null);

        client.customMetadata().update(GUID, "Stewardship", values);

        wireMock.verify(postRequestedFor(urlPathEqualTo(SET_PATH)).withRequestBody(equalToJson("""
                {"hR3vT8yW1qZ5kN2mB7cX4d": 3.0, "dL4kJ7hG0fS3aZ6xC9vB2n": 1714521600000,
                 "rG2hJ5kL8zX1cV4bN7mQ0w": ["AMER"], "tI5oP8aS1dF4gH7jK0lZ3x": null}
                """)));
    }

    @Test
    void replaceSendsEveryOtherLiveAttributeAsNullAndRemoveSendsThemAll() {
        client.customMetadata().replace(GUID, "Stewardship", Map.of("Certified", false));
        client.customMetadata().remove(GUID, "Stewardship");

        List<String> bodies = wireMock.findAll(postRequestedFor(urlPathEqualTo(SET_PATH)))
            .stream().map((request) -> request.getBodyAsString()).toList();
        assertThat(bodies).hasSize(2);
        Map<String, Object> replaced = nulls();
        replaced.put("cE1rT4yU7iO0pA3sD6fG9h", false);
        assertThat(JSON.readTree(bodies.get(0))).isEqualTo(JSON.valueToTree(replaced));
        assertThat(JSON.readTree(bodies.get(1))).isEqualTo(JSON.valueToTree(nulls()));
    }

    @Test
    void byQualifiedNameTheAssetIsReadMinimalForItsGuidThenWrittenByGuid() {
        assertThat(client.customMetadata().getByQualifiedName("Table", QUALIFIED_NAME, "Stewardship"))
            .containsEntry("Tier", "Gold");

        client.customMetadata().updateByQualifiedName("Table", QUALIFIED_NAME, "Stewardship", Map.of("Open issues", 0));

        wireMock.verify(2, getRequestedFor(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .withQueryParam("minExtInfo", equalTo("true")));
        wireMock.verify(postRequestedFor(urlPathEqualTo(SET_PATH))
            .withRequestBody(equalToJson("{\"nQ6wE9rT2yU5iO8pA1sD3f\": 0}")));
    }

    @Test
    void byQualifiedNameAMissingAssetIsNotFoundAndNothingIsWritten() {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/entity/uniqueAttribute/type/Table"))
            .withQueryParam("attr:qualifiedName", equalTo("default/postgres/1700000000/gone"))
            .willReturn(answer(404, "error-404-unique-attribute-not-found.json")));

        assertThatExceptionOfType(NotFoundException.class)
            .isThrownBy(() -> client.customMetadata()
                .removeByQualifiedName("Table", "default/postgres/1700000000/gone", "Stewardship"));
        wireMock.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void anArchivedOrUnknownNameFailsBeforeTheAssetIsReadListingTheLiveNames() {
        assertThatExceptionOfType(CustomMetadataNotFoundException.class)
            .isThrownBy(() -> client.customMetadata().updateByQualifiedName("Table", QUALIFIED_NAME, "Stewardship",
                    Map.of("Steward-archived-1690000000000", "asmith")))
            .withMessageContaining("'Steward-archived-1690000000000'")
            .withMessageContaining("[Review score, Open issues, Last reviewed, Certified, Tier, Regions, Stewards]");
        assertThatExceptionOfType(CustomMetadataNotFoundException.class)
            .isThrownBy(() -> client.customMetadata().get(GUID, "Stewardshp"))
            .withMessageContaining("[Stewardship]");

        assertThat(wireMock.findAll(anyRequestedFor(urlPathMatching("/api/meta/entity/.*")))).isEmpty();
    }

    @Test
    void theSearchFieldIsTheHashedAttributeNameAsTheSdksCustomMetadataFieldQueriesIt() {
        assertThat(client.customMetadata().searchField("Stewardship", "Certified")).isEqualTo("cE1rT4yU7iO0pA3sD6fG9h");
    }

    /**
     * Search results carry the custom metadata they asked for in {@code attributes}, under
     * {@code <set hash>.<attribute hash>} (atlas-metastore {@code EntityGraphRetriever} sets each requested
     * attribute under the name asked for; {@code AtlasEntityType.getBusinesAAttribute} resolves it), the names
     * atlan-java's {@code CustomMetadataCache.getAttributesForSearchResults} asks for.
     */
    @Test
    void searchResultsAskForEveryLiveAttributeAndAreTranslatedFromTheirDottedNames() {
        wireMock.stubFor(post(urlPathEqualTo("/api/meta/search/indexsearch")).willReturn(okJson("""
                {"queryType":"INDEX","approximateCount":1,"entities":[{"typeName":"Table","guid":"%s",
                  "status":"ACTIVE","displayText":"orders","attributes":{"qualifiedName":"%s","name":"orders",
                  "%s.tI5oP8aS1dF4gH7jK0lZ3x":"Silver","%s.dL4kJ7hG0fS3aZ6xC9vB2n":1711929600000},
                  "isIncomplete":false,"labels":[]}]}
                """.formatted(GUID, QUALIFIED_NAME, SET, SET))));

        List<String> names = client.customMetadata().searchAttributes("Stewardship");
        List<Asset> found = client.assets().search(Search.type("Table").attributes(names)).firstPage();

        assertThat(names).hasSize(7).allSatisfy((name) -> assertThat(name).startsWith(SET + "."));
        assertThat(onlyBodySentTo("POST", "/api/meta/search/indexsearch").get("attributes").valueStream()
            .map((name) -> name.asString()).toList()).containsAll(names);
        assertThat(client.customMetadata().of(found.get(0), "Stewardship")).containsOnly(entry("Tier", "Silver"),
                entry("Last reviewed", Instant.parse("2024-04-01T00:00:00Z")));
    }

    private static Map<String, Object> nulls() {
        Map<String, Object> nulls = new LinkedHashMap<>();
        LIVE_ATTRIBUTES.forEach((name) -> nulls.put(name, null));
        return nulls;
    }

}
