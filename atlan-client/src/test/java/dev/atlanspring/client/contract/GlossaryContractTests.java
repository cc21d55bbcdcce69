package dev.atlanspring.client.contract;

import java.util.List;
import java.util.Map;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.error.ApiException;
import dev.atlanspring.client.error.ConflictException;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.glossary.ReactiveGlossaries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Glossaries, terms and categories over the wire. The searches are pyatlan's ({@code pyatlan/model/search.py}
 * {@code with_active_glossary}, {@code with_active_term}, {@code with_active_category}; atlan-java
 * {@code Glossary.findByName} pages by two and warns on more than one); the search answers mirror PY
 * {@code tests/unit/data/search_responses/glossary_category_by_name.json} (relationship attributes asked for under
 * {@code attributes} come back there, as {@code anchor} and {@code parentCategory} references with
 * {@code uniqueAttributes}); the creation body is pyatlan's {@code AtlasGlossaryTerm.creator} (a placeholder
 * qualifiedName, the {@code anchor} under {@code attributes}); the 409 is atlas-metastore's
 * {@code AtlasErrorCode.GLOSSARY_TERM_ALREADY_EXISTS} raised by {@code AbstractGlossaryPreProcessor.termExists}.
 */
class GlossaryContractTests extends ContractTests {

    private static final String INDEX_SEARCH = "/api/meta/search/indexsearch";

    private static final String BULK = "/api/meta/entity/bulk";

    private static final String GLOSSARY_QN = "Vq3nB8sLkT1wXe5RzA0cM";

    private static final String GLOSSARY_GUID = "3c1f9e2a-7b4d-4e6a-9f8c-2d5b1a0e7c41";

    @BeforeEach
    void serveTheTags() {
        serveTagDefinitions();
    }

    /** The search's filter clauses, as {@code field -> value}. */
    private static Map<String, String> filters(JsonNode search) {
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        search.at("/dsl/query/bool/filter").forEach((clause) -> clause.get("term").properties()
            .forEach((entry) -> filters.put(entry.getKey(), entry.getValue().isObject()
                    ? entry.getValue().get("value").asString() : entry.getValue().asString())));
        return filters;
    }

    @Test
    void findGlossarySearchesActiveGlossariesByExactNameAndReadsTheHit() {
        wireMock.stubFor(post(urlPathEqualTo(INDEX_SEARCH)).willReturn(ok("index-search-glossary-by-name.json")));

        Asset glossary = this.client.glossaries().findGlossary("Commercial Terms");

        assertThat(glossary.typeName()).isEqualTo("AtlasGlossary");
        assertThat(glossary.guid()).isEqualTo(GLOSSARY_GUID);
        assertThat(glossary.qualifiedName()).isEqualTo(GLOSSARY_QN);
        JsonNode sent = onlyBodySentTo("POST", INDEX_SEARCH);
        assertThat(filters(sent)).containsExactly(Map.entry("__state", "ACTIVE"),
                Map.entry("__typeName.keyword", "AtlasGlossary"), Map.entry("name.keyword", "Commercial Terms"));
        assertThat(sent.at("/dsl/size").asInt()).isEqualTo(2);
        assertThat(sent.get("relationAttributes").get(0).asString()).isEqualTo("name");
    }

    @Test
    void findTermInGlossarySearchesByNameAndGlossaryQualifiedNameAndReadsTheAnchor() {
        wireMock.stubFor(post(urlPathEqualTo(INDEX_SEARCH)).willReturn(ok("index-search-term-by-name.json")));

        Asset term = this.client.glossaries().findTermInGlossary("Net Revenue", GLOSSARY_QN);

        assertThat(term.typeName()).isEqualTo("AtlasGlossaryTerm");
        assertThat(term.qualifiedName()).endsWith("@" + GLOSSARY_QN);
        @SuppressWarnings("unchecked")
        Map<String, Object> anchor = (Map<String, Object>) term.attribute("anchor");
        assertThat(anchor).containsEntry("guid", GLOSSARY_GUID)
            .containsEntry("uniqueAttributes", Map.of("qualifiedName", GLOSSARY_QN));
        JsonNode sent = onlyBodySentTo("POST", INDEX_SEARCH);
        assertThat(filters(sent)).containsExactly(Map.entry("__state", "ACTIVE"),
                Map.entry("__typeName.keyword", "AtlasGlossaryTerm"), Map.entry("name.keyword", "Net Revenue"),
                Map.entry("__glossary", GLOSSARY_QN));
        assertThat(sent.get("attributes")).extracting(JsonNode::asString).contains("anchor");
    }

    @Test
    void findTermByGlossaryNameFindsTheGlossaryFirstThenSearchesInItsQualifiedName() {
        wireMock.stubFor(post(urlPathEqualTo(INDEX_SEARCH))
            .withRequestBody(matchingJsonPath("$.dsl.query.bool.filter[1].term['__typeName.keyword']",
                    equalTo("AtlasGlossary")))
            .willReturn(ok("index-search-glossary-by-name.json")));
        wireMock.stubFor(post(urlPathEqualTo(INDEX_SEARCH))
            .withRequestBody(matchingJsonPath("$.dsl.query.bool.filter[3].term.__glossary", equalTo(GLOSSARY_QN)))
            .willReturn(ok("index-search-term-by-name.json")));

        Asset term = this.client.glossaries().findTerm("Net Revenue", "Commercial Terms");

        assertThat(term.name()).isEqualTo("Net Revenue");
        wireMock.verify(2, postRequestedFor(urlPathEqualTo(INDEX_SEARCH)));
    }

    @Test
    void categoriesOfOneNameUnderDifferentParentsAreAllReturned() {
        wireMock.stubFor(post(urlPathEqualTo(INDEX_SEARCH)).willReturn(ok("index-search-category-by-name.json")));

        List<Asset> europe = this.client.glossaries().findCategoriesInGlossary("Europe", GLOSSARY_QN);

        assertThat(europe).hasSize(2).allSatisfy((category) -> assertThat(category.name()).isEqualTo("Europe"));
        assertThat(europe).extracting((category) -> (Object) ((Map<?, ?>) category.attribute("parentCategory")).get("guid"))
            .containsExactly("5a7c9e1b-3d5f-4b7a-9c1e-3f5a7b9d1c27", "6b8d0f2c-4e6a-4c8e-0a2c-6e8a0c2e4a51");
        assertThat(filters(onlyBodySentTo("POST", INDEX_SEARCH))).containsEntry("__typeName.keyword",
                "AtlasGlossaryCategory").containsEntry("__glossary", GLOSSARY_QN);
    }

    @Test
    void nothingFoundIsANotFoundExceptionNamingWhatWasLookedFor() {
        wireMock.stubFor(post(urlPathEqualTo(INDEX_SEARCH)).willReturn(ok("index-search-no-entities.json")));

        assertThatThrownBy(() -> this.client.glossaries().findTermInGlossary("Churn", GLOSSARY_QN))
            .isInstanceOf(NotFoundException.class)
            .hasMessageContaining("No active term named 'Churn' in the glossary " + GLOSSARY_QN + " found");
        StepVerifier.create(this.client.reactive().glossaries().findGlossary("Nope"))
            .expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("glossary named 'Nope'"))
            .verify();
    }

    @Test
    void createTermSendsPyatlansCreatorShapeAndAnswersTheTermWithAtlansQualifiedName() {
        wireMock.stubFor(post(urlPathEqualTo(BULK)).willReturn(ok("mutation-create-glossary-term.json")));

        Asset term = this.client.glossaries().createTerm("Gross Margin", GLOSSARY_GUID);

        assertThat(term.guid()).isEqualTo("9d1f3b5c-7e9a-4d1f-3b5c-9e1a3c5e7a84");
        assertThat(term.qualifiedName()).isEqualTo("kJ8hG6fD4sA2pO0iU9yT7@" + GLOSSARY_QN);
        JsonNode entity = onlyBodySentTo("POST", BULK).get("entities").get(0);
        assertThat(entity.get("typeName").asString()).isEqualTo("AtlasGlossaryTerm");
        assertThat(entity.get("guid").asString()).startsWith("-");
        assertThat(entity.at("/attributes/name").asString()).isEqualTo("Gross Margin");
        assertThat(entity.at("/attributes/qualifiedName").asString()).matches("[A-Za-z0-9_-]{21}");
        assertThat(entity.at("/attributes/anchor/typeName").asString()).isEqualTo("AtlasGlossary");
        assertThat(entity.at("/attributes/anchor/guid").asString()).isEqualTo(GLOSSARY_GUID);
    }

    @Test
    void createCategoryUnderAParentSendsTheParentAsAReference() {
        wireMock.stubFor(post(urlPathEqualTo(BULK)).willReturn(ok("mutation-create-glossary-term.json")));

        StepVerifier.create(this.client.reactive().glossaries().createCategory("Nordics", GLOSSARY_GUID,
                "5a7c9e1b-3d5f-4b7a-9c1e-3f5a7b9d1c27")).expectErrorSatisfies((ex) -> assertThat(ex)
                    .hasMessageContaining("without creating it"))
            .verify();

        JsonNode entity = onlyBodySentTo("POST", BULK).get("entities").get(0);
        assertThat(entity.get("typeName").asString()).isEqualTo("AtlasGlossaryCategory");
        assertThat(entity.at("/attributes/parentCategory/typeName").asString()).isEqualTo("AtlasGlossaryCategory");
        assertThat(entity.at("/attributes/parentCategory/guid").asString())
            .isEqualTo("5a7c9e1b-3d5f-4b7a-9c1e-3f5a7b9d1c27");
    }

    @Test
    void aTermNameTakenInTheGlossaryIsAConflictWithAtlansCodeAndIsNotRetried() {
        wireMock.stubFor(post(urlPathEqualTo(BULK)).willReturn(answer(409,
                "error-409-glossary-term-already-exists.json")));

        assertThatThrownBy(() -> this.client.glossaries().createTerm("Gross Margin", GLOSSARY_GUID))
            .isInstanceOfSatisfying(ConflictException.class, (ex) -> {
                assertThat(ex.getErrorCode()).isEqualTo("ATLAS-409-00-009");
                assertThat(ex.getMessage()).contains("Glossary term with name Gross Margin already exists");
            });
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(BULK)));
    }

    @Test
    void creatingIsNotRepeatedAfterA500ThatMayHaveCreatedIt() {
        wireMock.stubFor(post(urlPathEqualTo(BULK)).willReturn(answer(500, "error-500-unhandled.json")));

        assertThatThrownBy(() -> this.client.glossaries().createGlossary("Commercial Terms"))
            .isInstanceOf(ApiException.class);
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(BULK)));
        assertThat(ReactiveGlossaries.CREATE.idempotent()).isFalse();
    }

    @Test
    void badNamesFailBeforeAnyRequest() {
        assertThatThrownBy(() -> this.client.glossaries().createTerm("a@b", GLOSSARY_GUID))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contains '@'");
        assertThatThrownBy(() -> this.client.glossaries().findGlossary(" "))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("glossary name is blank");
        assertThatThrownBy(() -> this.client.glossaries().assignTerms("some-guid",
                List.of(Asset.builder("Table", "default/x").guid("g").build())))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Only glossary terms");
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

}
