package dev.atlanspring.sample;

import dev.atlanspring.autoconfigure.AtlanClientCustomizer;
import dev.atlanspring.embedded.DemoCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app with a key the embedded Atlan rejects: it still starts, and callers get a 401 problem.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SampleApplicationAuthenticationTests {

    private static final String WRONG_KEY = "wrong-key-0c4b2e9f7a";

    @Autowired
    private MockMvcTester mvc;

    @Test
    void rejectedKeyIsAnUnauthorizedProblemThatDoesNotShowTheKey() throws Exception {
        MvcTestResult result = this.mvc.get().uri("/catalog/assets/{guid}", DemoCatalog.ORDERS_TABLE_GUID).exchange();

        assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson()
            .hasPathSatisfying("$.exception", (value) -> assertThat(value).isEqualTo("AuthenticationException"))
            .hasPathSatisfying("$.detail",
                    (value) -> assertThat(value).asString().contains("Check that the API key is valid"));
        assertThat(result.getResponse().getContentAsString()).doesNotContain(WRONG_KEY);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class WrongKey {

        @Bean
        AtlanClientCustomizer wrongKey() {
            return (tenant, builder) -> builder.apiKey(WRONG_KEY);
        }

    }

}
