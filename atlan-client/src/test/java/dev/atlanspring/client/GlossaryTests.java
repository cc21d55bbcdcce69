package dev.atlanspring.client;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.GetOptions;
import dev.atlanspring.client.asset.MutationResult;
import dev.atlanspring.client.asset.TermAssignment;
import dev.atlanspring.client.error.ConflictException;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.glossary.ReactiveGlossaries;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.embedded.DemoCatalog;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Glossaries end to end against the embedded demo Atlan, in both faces. The demo follows atlas-metastore's glossary
 * pre-processors ({@code GlossaryPreProcessor}, {@code TermPreProcessor}, {@code CategoryPreProcessor}: generated
 * qualified names, names unique per glossary or level, {@code AtlasErrorCode} 409s) and keeps both ends of the
 * {@code AtlasGlossarySemanticAssignment} relationship, as Atlas's edges do.
 */
class GlossaryTests extends EmbeddedClientTests {

    private static final String ORDERS_TABLE = "5eed0700-0000-4000-8000-000000000001";

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The GUIDs of a relationship attribute's references, as the client reads them. */
    private static List<String> relatedGuids(String guid, String attribute) {
        return guids(client.assets().get(guid, GetOptions.WITH_RELATIONSHIPS).relationshipAttributes().get(attribute));
    }

    private static List<String> guids(Object refs) {
        return ((List<?>) refs).stream().map((ref) -> String.valueOf(((Map<?, ?>) ref).get("guid"))).toList();
    }

    @Test
    void theDemoGlossaryAndItsTermsAreFoundByName() {
        Asset glossary = client.glossaries().findGlossary(DemoCatalog.GLOSSARY_NAME);
        Asset revenue = client.glossaries().findTerm("Revenue", DemoCatalog.GLOSSARY_NAME);

        assertThat(glossary.guid()).isEqualTo(DemoCatalog.GLOSSARY_GUID);
        assertThat(glossary.qualifiedName()).isEqualTo(DemoCatalog.GLOSSARY_QUALIFIED_NAME);
        assertThat(revenue.guid()).isEqualTo(DemoCatalog.REVENUE_TERM_GUID);
        assertThat(revenue.qualifiedName()).isEqualTo(DemoCatalog.REVENUE_TERM_QUALIFIED_NAME);
        assertThat(client.reactive().glossaries().findTermInGlossary("Churn", DemoCatalog.GLOSSARY_QUALIFIED_NAME)
            .map(Asset::guid).block()).isEqualTo(DemoCatalog.CHURN_TERM_GUID);
    }

    @Test
    void aMissingGlossaryOrTermIsANotFoundExceptionNamingIt() {
        assertThatThrownBy(() -> client.glossaries().findGlossary("No Such Glossary"))
            .isInstanceOf(NotFoundException.class).hasMessageContaining("glossary named 'No Such Glossary'");
        StepVerifier.create(client.reactive().glossaries().findTerm("Revenu", DemoCatalog.GLOSSARY_NAME))
            .expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("term named 'Revenu' in the glossary " + DemoCatalog.GLOSSARY_QUALIFIED_NAME))
            .verify();
    }

    @Test
    void aCreatedGlossaryTermAndCategoriesGetAtlansQualifiedNamesAndAreFoundAgain() {
        String name = unique("Finance");
        Asset glossary = client.glossaries().createGlossary(name);
        Asset regions = client.glossaries().createCategory("Regions", glossary.guid());
        Asset emea = client.reactive().glossaries().createCategory("EMEA", glossary.guid(), regions.guid()).block();
        Asset term = client.glossaries().createTerm("Gross Margin", glossary.guid(), emea.guid());

        assertThat(glossary.qualifiedName()).matches("[A-Za-z0-9_-]{21}");
        assertThat(term.qualifiedName()).matches("[A-Za-z0-9_-]{21}@" + glossary.qualifiedName());
        assertThat(emea.qualifiedName()).endsWith("@" + glossary.qualifiedName());
        assertThat(client.glossaries().findTerm("Gross Margin", name).guid()).isEqualTo(term.guid());
        List<Asset> found = client.glossaries().findCategories("EMEA", name);
        assertThat(found).extracting(Asset::guid).containsExactly(emea.guid());
        assertThat(relatedGuids(emea.guid(), "terms"))
            .containsExactly(term.guid());
    }

    @Test
    void aSecondTermOfOneNameInAGlossaryIsAConflictWithAtlansCode() {
        Asset glossary = client.glossaries().createGlossary(unique("Ops"));
        client.glossaries().createTerm("Uptime", glossary.guid());

        assertThatThrownBy(() -> client.glossaries().createTerm("Uptime", glossary.guid()))
            .isInstanceOfSatisfying(ConflictException.class, (ex) -> {
                assertThat(ex.getErrorCode()).isEqualTo("ATLAS-409-00-009");
                assertThat(ex.getMessage()).contains("Glossary term with name Uptime already exists");
            });
        assertThatThrownBy(() -> client.glossaries().createGlossary(DemoCatalog.GLOSSARY_NAME))
            .isInstanceOfSatisfying(ConflictException.class,
                    (ex) -> assertThat(ex.getErrorCode()).isEqualTo("ATLAS-409-00-007"));
    }

    @Test
    void assigningByGuidShowsOnBothEndsAndInSearchAndUnassigningByQualifiedNameUndoesIt() {
        Asset glossary = client.glossaries().createGlossary(unique("Assign"));
        Asset term = client.glossaries().createTerm("Booking", glossary.guid());
        Asset orders = client.assets().get(ORDERS_TABLE);

        MutationResult assigned = client.glossaries().assignTerms(ORDERS_TABLE, List.of(term));

        assertThat(assigned.updated()).extracting(Asset::guid).containsExactly(ORDERS_TABLE);
        assertThat(client.assets().get(ORDERS_TABLE).meanings()).extracting(TermAssignment::termGuid)
            .contains(DemoCatalog.ORDER_TERM_GUID, term.guid());
        assertThat(relatedGuids(term.guid(), "assignedEntities"))
            .containsExactly(ORDERS_TABLE);
        assertThat(client.assets().search(Search.type("Table")
            .filter(Query.term("__meanings", term.qualifiedName()))).stream().map(Asset::guid))
            .containsExactly(ORDERS_TABLE);

        client.reactive().glossaries().unassignTerms("Table", orders.qualifiedName(), List.of(term)).block();

        assertThat(client.assets().get(ORDERS_TABLE).meanings()).extracting(TermAssignment::termGuid)
            .containsExactly(DemoCatalog.ORDER_TERM_GUID);
        assertThat(relatedGuids(term.guid(), "assignedEntities"))
            .isEmpty();
    }

    @Test
    void assigningToAnAssetThatDoesNotExistIsANotFoundException() {
        Asset revenue = client.glossaries().findTermInGlossary("Revenue", DemoCatalog.GLOSSARY_QUALIFIED_NAME);

        assertThatThrownBy(() -> client.glossaries().assignTerms("5eed0700-dead-4000-8000-000000000001",
                List.of(revenue))).isInstanceOf(NotFoundException.class);
        assertThat(ReactiveGlossaries.CREATE.name()).isEqualTo("glossaries.create");
    }

}
