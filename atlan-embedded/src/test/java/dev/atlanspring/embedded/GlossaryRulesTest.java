package dev.atlanspring.embedded;

import static dev.atlanspring.embedded.AtlanTestClient.bulk;
import static dev.atlanspring.embedded.AtlanTestClient.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.atlanspring.embedded.AtlanTestClient.Reply;

/**
 * The glossary semantics of Atlan's server, over HTTP, in the request shapes pyatlan sends ({@code AtlasGlossary
 * .creator}, {@code AtlasGlossaryTerm.creator}: a random qualifiedName and the {@code anchor} under
 * {@code attributes}). Sources: atlas-metastore {@code GlossaryPreProcessor}, {@code TermPreProcessor},
 * {@code CategoryPreProcessor}, {@code AbstractGlossaryPreProcessor.termExists}, {@code AtlasErrorCode},
 * {@code AtlasEntityStoreV2.compactAttributes}, {@code EntityGraphMapper} ({@code __glossary}, {@code __meanings}).
 */
class GlossaryRulesTest extends SeededServerTests {

    private static String uniqueName(String name) {
        return name + " " + UUID.randomUUID();
    }

    private static JsonNode created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("mutatedEntities").get("CREATE").get(0);
    }

    private static JsonNode createGlossary(String name) {
        return created(client.post("/api/meta/entity/bulk", bulk(entity("-1", "AtlasGlossary", "placeholderQn01",
                name))));
    }

    private static ObjectNode anchored(String typeName, String name, String glossaryGuid) {
        ObjectNode entity = entity("-2", typeName, "clientSideNanoId0001", name);
        ((ObjectNode) entity.get("attributes")).putObject("anchor").put("typeName", "AtlasGlossary")
                .put("guid", glossaryGuid);
        return entity;
    }

    private static JsonNode byGuid(String guid) {
        return client.get("/api/meta/entity/guid/" + guid).json().get("entity");
    }

    private static List<String> guids(JsonNode refs) {
        List<String> guids = new ArrayList<>();
        refs.forEach(ref -> guids.add(ref.get("guid").asString()));
        return guids;
    }

    @Test
    void aNewGlossaryGetsAGeneratedNanoIdQualifiedNameNotTheOneSent() {
        JsonNode glossary = createGlossary(uniqueName("Finance"));

        String qualifiedName = glossary.get("attributes").get("qualifiedName").asString();
        assertThat(qualifiedName).isNotEqualTo("placeholderQn01").matches("[A-Za-z0-9_-]{21}");
    }

    @Test
    void aNewTermGetsNanoIdAtGlossaryQualifiedNameAndItsAnchorMovesToTheRelationships() {
        JsonNode glossary = createGlossary(uniqueName("Sales"));
        String glossaryQn = glossary.get("attributes").get("qualifiedName").asString();

        JsonNode term = created(client.post("/api/meta/entity/bulk",
                bulk(anchored("AtlasGlossaryTerm", "Booking", glossary.get("guid").asString()))));

        assertThat(term.get("attributes").get("qualifiedName").asString())
                .matches("[A-Za-z0-9_-]{21}@" + java.util.regex.Pattern.quote(glossaryQn));
        JsonNode stored = byGuid(term.get("guid").asString());
        assertThat(stored.get("attributes").has("anchor")).isFalse();
        assertThat(stored.get("relationshipAttributes").get("anchor").get("guid").asString())
                .isEqualTo(glossary.get("guid").asString());
        assertThat(guids(byGuid(glossary.get("guid").asString()).get("relationshipAttributes").get("terms")))
                .containsExactly(term.get("guid").asString());
    }

    @Test
    void aSecondTermOfTheSameNameInTheGlossaryIsRefusedWithAtlasCode() {
        String glossaryGuid = createGlossary(uniqueName("Ops")).get("guid").asString();
        created(client.post("/api/meta/entity/bulk", bulk(anchored("AtlasGlossaryTerm", "Uptime", glossaryGuid))));

        Reply again = client.post("/api/meta/entity/bulk", bulk(anchored("AtlasGlossaryTerm", "Uptime", glossaryGuid)));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("errorCode").asString()).isEqualTo("ATLAS-409-00-009");
        assertThat(again.json().get("errorMessage").asString())
                .isEqualTo("Glossary term with name Uptime already exists");
    }

    @Test
    void theSameTermNameInAnotherGlossaryIsFine() {
        String first = createGlossary(uniqueName("A")).get("guid").asString();
        String second = createGlossary(uniqueName("B")).get("guid").asString();
        created(client.post("/api/meta/entity/bulk", bulk(anchored("AtlasGlossaryTerm", "Margin", first))));

        assertThat(client.post("/api/meta/entity/bulk", bulk(anchored("AtlasGlossaryTerm", "Margin", second)))
                .status()).isEqualTo(200);
    }

    @Test
    void aSecondGlossaryOfTheSameNameIsRefused() {
        String name = uniqueName("Twin");
        createGlossary(name);

        Reply again = client.post("/api/meta/entity/bulk", bulk(entity("-1", "AtlasGlossary", "otherQn", name)));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("errorCode").asString()).isEqualTo("ATLAS-409-00-007");
        assertThat(again.json().get("errorMessage").asString()).isEqualTo("Glossary with name " + name
                + " already exists");
    }

    @Test
    void aTermWithoutAnchorOrWithAnAtInItsNameIsRefused() {
        Reply noAnchor = client.post("/api/meta/entity/bulk",
                bulk(entity("-1", "AtlasGlossaryTerm", "someQn", "Orphan")));
        Reply at = client.post("/api/meta/entity/bulk", bulk(anchored("AtlasGlossaryTerm", "a@b",
                DemoCatalog.GLOSSARY_GUID)));

        assertThat(noAnchor.status()).isEqualTo(400);
        assertThat(noAnchor.json().get("errorCode").asString()).isEqualTo("ATLAS-400-00-072");
        assertThat(at.status()).isEqualTo(400);
        assertThat(at.json().get("errorCode").asString()).isEqualTo("ATLAS-400-00-083");
    }

    @Test
    void categoriesAreUniqueByNameUnderOneParentAndTheirParentListsThem() {
        String glossaryGuid = createGlossary(uniqueName("Cats")).get("guid").asString();
        JsonNode parent = created(client.post("/api/meta/entity/bulk",
                bulk(anchored("AtlasGlossaryCategory", "Regions", glossaryGuid))));
        ObjectNode child = anchored("AtlasGlossaryCategory", "EMEA", glossaryGuid);
        ((ObjectNode) child.get("attributes")).putObject("parentCategory").put("typeName", "AtlasGlossaryCategory")
                .put("guid", parent.get("guid").asString());
        JsonNode emea = created(client.post("/api/meta/entity/bulk", bulk(child)));

        Reply sameLevel = client.post("/api/meta/entity/bulk", bulk(child.deepCopy()));
        Reply topLevel = client.post("/api/meta/entity/bulk",
                bulk(anchored("AtlasGlossaryCategory", "EMEA", glossaryGuid)));

        assertThat(sameLevel.status()).isEqualTo(409);
        assertThat(sameLevel.json().get("errorCode").asString()).isEqualTo("ATLAS-409-00-00A");
        assertThat(topLevel.status()).isEqualTo(200);
        assertThat(guids(byGuid(parent.get("guid").asString()).get("relationshipAttributes")
                .get("childrenCategories"))).containsExactly(emea.get("guid").asString());
    }

    @Test
    void termsAndCategoriesAreFoundByNameAndGlossaryAsTheSdksSearch() {
        JsonNode glossary = createGlossary(uniqueName("Search"));
        String glossaryQn = glossary.get("attributes").get("qualifiedName").asString();
        JsonNode term = created(client.post("/api/meta/entity/bulk",
                bulk(anchored("AtlasGlossaryTerm", "Revenue", glossary.get("guid").asString()))));

        // pyatlan's with_active_term: __state, __typeName.keyword, name.keyword, __glossary.
        JsonNode found = client.search("""
                {"dsl":{"from":0,"size":100,"query":{"bool":{"filter":[
                  {"term":{"__state":{"value":"ACTIVE"}}},
                  {"term":{"__typeName.keyword":{"value":"AtlasGlossaryTerm"}}},
                  {"term":{"name.keyword":{"value":"Revenue"}}},
                  {"term":{"__glossary":{"value":"%s"}}}]}}},
                 "attributes":["anchor"],"relationAttributes":["name"]}""".formatted(glossaryQn));

        assertThat(found.get("approximateCount").asLong()).isEqualTo(1);
        assertThat(found.get("entities").get(0).get("guid").asString()).isEqualTo(term.get("guid").asString());
        assertThat(found.get("entities").get(0).get("attributes").get("anchor").get("guid").asString())
                .isEqualTo(glossary.get("guid").asString());
    }

    @Test
    void assigningATermListsTheAssetUnderTheTermsAssignedEntitiesAndUnassigningTakesItAway() {
        String glossaryGuid = createGlossary(uniqueName("Assign")).get("guid").asString();
        JsonNode term = created(client.post("/api/meta/entity/bulk",
                bulk(anchored("AtlasGlossaryTerm", "Lead", glossaryGuid))));
        String termGuid = term.get("guid").asString();
        String tableQn = "default/snowflake/1/DB/S/" + UUID.randomUUID();
        String tableGuid = created(client.post("/api/meta/entity/bulk", bulk(entity("-1", "Table", tableQn,
                "LEADS")))).get("guid").asString();
        ObjectNode assign = entity(tableGuid, "Table", tableQn, "LEADS");
        assign.putObject("appendRelationshipAttributes").putArray("meanings").addObject()
                .put("typeName", "AtlasGlossaryTerm").put("guid", termGuid);

        assertThat(client.post("/api/meta/entity/bulk", bulk(assign)).status()).isEqualTo(200);

        JsonNode assigned = byGuid(termGuid).get("relationshipAttributes").get("assignedEntities");
        assertThat(guids(assigned)).containsExactly(tableGuid);
        String relationGuid = byGuid(tableGuid).get("meanings").get(0).get("relationGuid").asString();
        assertThat(assigned.get(0).get("relationshipGuid").asString()).isEqualTo(relationGuid);
        JsonNode byMeaning = client.search("""
                {"dsl":{"query":{"term":{"__meanings":"%s"}}}}""".formatted(term.get("attributes")
                .get("qualifiedName").asString()));
        assertThat(byMeaning.get("entities").get(0).get("guid").asString()).isEqualTo(tableGuid);

        ObjectNode unassign = entity(tableGuid, "Table", tableQn, "LEADS");
        unassign.putObject("removeRelationshipAttributes").putArray("meanings").addObject()
                .put("typeName", "AtlasGlossaryTerm").put("guid", termGuid);
        assertThat(client.post("/api/meta/entity/bulk", bulk(unassign)).status()).isEqualTo(200);

        assertThat(byGuid(termGuid).get("relationshipAttributes").get("assignedEntities")).isEmpty();
        assertThat(byGuid(tableGuid).get("meanings")).isEmpty();
    }

    @Test
    void theSeededGlossaryKeepsItsQualifiedNamesAndItsTermsAreFoundInIt() {
        JsonNode found = client.search("""
                {"dsl":{"query":{"bool":{"filter":[
                  {"term":{"__typeName.keyword":"AtlasGlossaryTerm"}},
                  {"term":{"__glossary":"%s"}}]}}}}""".formatted(DemoCatalog.GLOSSARY_QUALIFIED_NAME));

        assertThat(found.get("approximateCount").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(byGuid(DemoCatalog.REVENUE_TERM_GUID).get("attributes").get("qualifiedName").asString())
                .isEqualTo(DemoCatalog.REVENUE_TERM_QUALIFIED_NAME);
    }

    @Test
    void anUpdateKeepsTheStoredQualifiedNameAndARenameToATakenNameIsRefused() {
        String glossaryGuid = createGlossary(uniqueName("Rename")).get("guid").asString();
        created(client.post("/api/meta/entity/bulk", bulk(anchored("AtlasGlossaryTerm", "Taken", glossaryGuid))));
        JsonNode term = created(client.post("/api/meta/entity/bulk",
                bulk(anchored("AtlasGlossaryTerm", "Free", glossaryGuid))));
        String guid = term.get("guid").asString();
        String qualifiedName = term.get("attributes").get("qualifiedName").asString();

        ObjectNode update = anchored("AtlasGlossaryTerm", "Free", glossaryGuid).put("guid", guid);
        ((ObjectNode) update.get("attributes")).put("qualifiedName", "someOtherQn").put("userDescription", "Kept");
        assertThat(client.post("/api/meta/entity/bulk", bulk(update)).status()).isEqualTo(200);
        ObjectNode rename = anchored("AtlasGlossaryTerm", "Taken", glossaryGuid).put("guid", guid);
        ((ObjectNode) rename.get("attributes")).put("qualifiedName", qualifiedName);
        Reply refused = client.post("/api/meta/entity/bulk", bulk(rename));

        JsonNode stored = byGuid(guid);
        assertThat(stored.get("attributes").get("qualifiedName").asString()).isEqualTo(qualifiedName);
        assertThat(stored.get("attributes").get("userDescription").asString()).isEqualTo("Kept");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("errorCode").asString()).isEqualTo("ATLAS-409-00-009");
        assertThat(stored.get("attributes").get("name").asString()).isEqualTo("Free");
    }

    @Test
    void aParentCategoryFromAnotherGlossaryIsRefused() {
        String first = createGlossary(uniqueName("One")).get("guid").asString();
        String second = createGlossary(uniqueName("Two")).get("guid").asString();
        JsonNode parent = created(client.post("/api/meta/entity/bulk",
                bulk(anchored("AtlasGlossaryCategory", "Parent", first))));
        ObjectNode child = anchored("AtlasGlossaryCategory", "Child", second);
        ((ObjectNode) child.get("attributes")).putObject("parentCategory").put("typeName", "AtlasGlossaryCategory")
                .put("guid", parent.get("guid").asString());

        Reply refused = client.post("/api/meta/entity/bulk", bulk(child));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("errorCode").asString()).isEqualTo("ATLAS-400-00-0015");
    }

}
