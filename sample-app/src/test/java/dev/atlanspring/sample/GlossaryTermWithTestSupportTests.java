package dev.atlanspring.sample;

import dev.atlanspring.embedded.DemoCatalog;
import dev.atlanspring.embedded.EmbeddedAtlan;
import dev.atlanspring.test.AutoConfigureEmbeddedAtlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample tested the way a user tests their own Atlan code, with {@code atlan-spring-boot-test}: even with a
 * production tenant configured ({@code ATLAN_BASE_URL} in CI, say), the test runs against an embedded Atlan, and
 * checks what the endpoint wrote there rather than what it answered.
 */
@SpringBootTest(properties = { "atlan.base-url=https://prod.atlan.example", "atlan.api-key=never-sent" })
@AutoConfigureMockMvc
@AutoConfigureEmbeddedAtlan
class GlossaryTermWithTestSupportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EmbeddedAtlan atlan;

    @AfterEach
    void reset() {
        this.atlan.reset();
    }

    @Test
    void postingATermWritesItIntoTheGlossaryWithItsDescription() {
        MvcTestResult created = this.mvc.post()
            .uri("/catalog/glossary-terms")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": \"Gross Margin\", \"description\": \"Revenue less cost of sales\"}")
            .exchange();
        assertThat(created).hasStatus(201);

        JsonNode term = this.atlan.entities("AtlasGlossaryTerm")
            .stream()
            .filter((each) -> "Gross Margin".equals(each.path("attributes").path("name").stringValue()))
            .findFirst()
            .orElseThrow();
        assertThat(term.path("attributes").path("qualifiedName").stringValue())
            .endsWith("@" + DemoCatalog.GLOSSARY_QUALIFIED_NAME);
        assertThat(term.path("attributes").path("userDescription").stringValue())
            .isEqualTo("Revenue less cost of sales");
        assertThat(term.path("relationshipAttributes").path("anchor").path("guid").stringValue())
            .isEqualTo(DemoCatalog.GLOSSARY_GUID);
        assertThat(created.getResponse().getHeader("Location"))
            .isEqualTo("/catalog/assets/" + term.path("guid").stringValue());
    }

    @Test
    void anAssetTheTestSeedsIsServedByTheEndpoint() {
        this.atlan.load(java.util.List.of(tools.jackson.databind.json.JsonMapper.builder().build().readTree("""
                {"typeName":"Table","guid":"0b5e7000-0000-4000-8000-00000000beef",
                 "attributes":{"qualifiedName":"seeded/ARCHIVE","name":"ARCHIVE"}}""")));

        assertThat(this.mvc.get().uri("/catalog/assets/{guid}", "0b5e7000-0000-4000-8000-00000000beef"))
            .hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$.attributes.name", (value) -> assertThat(value).isEqualTo("ARCHIVE"));
    }

}
