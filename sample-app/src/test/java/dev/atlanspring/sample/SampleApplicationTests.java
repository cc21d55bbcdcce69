package dev.atlanspring.sample;

import dev.atlanspring.embedded.DemoCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app as a user runs it: against the embedded demo Atlan, through its HTTP endpoints.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

    @Autowired
    private MockMvcTester mvc;

    @Test
    void startUpSaysWhomItIsConnectedAsAndReadsADemoAsset(CapturedOutput output) {
        assertThat(output).contains("Connected to Atlan at http://127.0.0.1:")
            .contains(" as " + DemoCatalog.DEMO_USERNAME)
            .contains("Read Table 'ORDERS' by qualified name " + DemoCatalog.ORDERS_TABLE_QUALIFIED_NAME);
    }

    @Test
    void assetEndpointReturnsTheAssetAsJson() {
        assertThat(this.mvc.get().uri("/catalog/assets/{guid}", DemoCatalog.ORDERS_TABLE_GUID))
            .hasStatusOk()
            .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
            .bodyJson()
            .hasPathSatisfying("$.guid", (value) -> assertThat(value).isEqualTo(DemoCatalog.ORDERS_TABLE_GUID))
            .hasPathSatisfying("$.typeName", (value) -> assertThat(value).isEqualTo("Table"))
            .hasPathSatisfying("$.attributes.qualifiedName",
                    (value) -> assertThat(value).isEqualTo(DemoCatalog.ORDERS_TABLE_QUALIFIED_NAME))
            .hasPathSatisfying("$.status", (value) -> assertThat(value).isEqualTo("ACTIVE"));
    }

    @Test
    void unknownAssetIsANotFoundProblem() {
        MvcTestResult result = this.mvc.get().uri("/catalog/assets/{guid}", "no-such-guid").exchange();

        assertThat(result).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson()
            .hasPathSatisfying("$.exception", (value) -> assertThat(value).isEqualTo("NotFoundException"))
            .hasPathSatisfying("$.status", (value) -> assertThat(value).isEqualTo(404))
            .hasPathSatisfying("$.errorCode", (value) -> assertThat(value).isEqualTo("ATLAS-404-00-005"))
            .hasPathSatisfying("$.detail", (value) -> assertThat(value).asString()
                .contains("no-such-guid")
                .contains("GET /api/meta/entity/guid/{guid}"));
    }

    @Test
    void postingATermCreatesItInTheDemoGlossaryAndReturnsItWithItsGuid() {
        MvcTestResult created = this.mvc.post()
            .uri("/catalog/glossary-terms")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": \"Net Revenue\", \"description\": \"Revenue after refunds\"}")
            .exchange();

        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson()
            .hasPathSatisfying("$.typeName", (value) -> assertThat(value).isEqualTo("AtlasGlossaryTerm"))
            .hasPathSatisfying("$.attributes.name", (value) -> assertThat(value).isEqualTo("Net Revenue"))
            .hasPathSatisfying("$.attributes.qualifiedName",
                    (value) -> assertThat(value).asString().endsWith("@" + DemoCatalog.GLOSSARY_QUALIFIED_NAME))
            .hasPathSatisfying("$.guid", (value) -> assertThat(value).asString().isNotBlank().doesNotStartWith("-"));
        String location = created.getResponse().getHeader("Location");
        assertThat(location).startsWith("/catalog/assets/");
        assertThat(this.mvc.get().uri(location)).hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$.attributes.name", (value) -> assertThat(value).isEqualTo("Net Revenue"))
            .hasPathSatisfying("$.attributes.userDescription",
                    (value) -> assertThat(value).isEqualTo("Revenue after refunds"));
    }

    /** A glossary's term names are unique (atlas-metastore {@code AbstractGlossaryPreProcessor.termExists}). */
    @Test
    void postingATermNameTheGlossaryHasIsAConflictProblemWithAtlansCode() {
        String body = "{\"name\": \"Churn Rate\"}";
        assertThat(this.mvc.post().uri("/catalog/glossary-terms").contentType(MediaType.APPLICATION_JSON).content(body))
            .hasStatus(201);

        MvcTestResult again = this.mvc.post()
            .uri("/catalog/glossary-terms")
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .exchange();

        assertThat(again).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(again).bodyJson()
            .hasPathSatisfying("$.errorCode", (value) -> assertThat(value).isEqualTo("ATLAS-409-00-009"));
    }

    @Test
    void termWithoutANameIsABadRequestProblem() {
        MvcTestResult result = this.mvc.post()
            .uri("/catalog/glossary-terms")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": \"  \"}")
            .exchange();

        assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson()
            .hasPathSatisfying("$.detail", (value) -> assertThat(value).asString().contains("needs a name"));
    }

    @Test
    void malformedTermBodyIsABadRequestProblem() {
        MvcTestResult result = this.mvc.post()
            .uri("/catalog/glossary-terms")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": ")
            .exchange();

        assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void healthIsUpWithTheAtlanTenantAndItsUser() {
        assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$.status", (value) -> assertThat(value).isEqualTo("UP"))
            .hasPathSatisfying("$.components.atlan.status", (value) -> assertThat(value).isEqualTo("UP"))
            .hasPathSatisfying("$.components.atlan.details.user",
                    (value) -> assertThat(value).isEqualTo(DemoCatalog.DEMO_USERNAME));
        assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$.components.atlan.status", (value) -> assertThat(value).isEqualTo("UP"));
    }

    @Test
    void atlanEndpointShowsTheTenantWithoutItsKey() {
        assertThat(this.mvc.get().uri("/actuator/atlan")).hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$.tenants.default.apiKey", (value) -> assertThat(value).isEqualTo("set"))
            .hasPathSatisfying("$.tenants.default.proxy", (value) -> assertThat(value).isEqualTo("none"));
    }

    @Test
    void metricsAreExposedAndCountTheCallsToAtlan() {
        assertThat(this.mvc.get().uri("/catalog/assets/{guid}", DemoCatalog.ORDERS_TABLE_GUID)).hasStatusOk();

        assertThat(this.mvc.get().uri("/actuator/metrics")).hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$.names", (names) -> assertThat(names).asArray()
                .contains("http.client.requests", "atlan.client.requests"));
        assertThat(this.mvc.get().uri("/actuator/metrics/http.client.requests?tag={tag}", "uri:/api/meta/entity/guid/{guid}"))
            .hasStatusOk();
    }

}
