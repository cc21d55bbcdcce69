package dev.atlanspring.client;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.ratelimit.RateLimitSettings;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server receives, byte for byte, when a request's values are full of characters that mean something in
 * a URI: each one arrives percent-encoded as data, so neither the path nor the query is cut or changed. Atlan reads
 * the qualified name from the query parameter {@code attr:qualifiedName} of {@code GET
 * /api/meta/entity/uniqueAttribute/type/{typeName}} (atlas-metastore {@code EntityREST.getByUniqueAttributes},
 * which takes every {@code attr:} parameter as a unique attribute).
 */
class RequestUriWireTests extends WireMockClientTests {

    private static final String QUALIFIED_NAME = "default/snowflake/1700000000/DB/SCHEMA/ORDERS+V2 @x&y=z?#%2F;,'é中😀";

    /** {@link #QUALIFIED_NAME} with every octet but {@code A-Z a-z 0-9 - . _ ~} encoded (Python's {@code quote}). */
    private static final String ENCODED_QUALIFIED_NAME = "default%2Fsnowflake%2F1700000000%2FDB%2FSCHEMA%2FORDERS"
            + "%2BV2%20%40x%26y%3Dz%3F%23%252F%3B%2C%27%C3%A9%E4%B8%AD%F0%9F%98%80";

    private static final String TABLE = """
            {"referredEntities": {}, "entity": {"typeName": "Table", "guid": "6f0a5c1e", "status": "ACTIVE",
              "attributes": {"qualifiedName": "q", "name": "ORDERS"}}}
            """;

    @Test
    void aQualifiedNameFullOfReservedCharactersArrivesWhole() {
        wireMock.stubFor(get(anyUrl()).willReturn(okJson(TABLE)));

        Asset asset = this.client.assets().getByQualifiedName("Table", QUALIFIED_NAME);

        assertThat(asset.guid()).isEqualTo("6f0a5c1e");
        LoggedRequest received = onlyRequest();
        assertThat(received.getUrl()).isEqualTo("/api/meta/entity/uniqueAttribute/type/Table?attr:qualifiedName="
                + ENCODED_QUALIFIED_NAME + "&ignoreRelationships=true&minExtInfo=false");
        assertThat(received.queryParameter("attr:qualifiedName").values()).containsExactly(QUALIFIED_NAME);
    }

    @Test
    void aPathVariableStaysOneSegmentBelowABasePathWithATrailingSlash() {
        wireMock.stubFor(get(anyUrl()).willReturn(okJson(TABLE)));

        try (AtlanClient prefixed = WireMockSupport.builder(wireMock.getPort())
            .baseUrl("http://127.0.0.1:" + wireMock.getPort() + "/tenant/atlan/")
            .build()) {
            prefixed.assets().get("6f0a5c1e/../x?y#z");
        }

        assertThat(onlyRequest().getUrl())
            .isEqualTo("/tenant/atlan/api/meta/entity/guid/6f0a5c1e%2F..%2Fx%3Fy%23z?ignoreRelationships=true"
                    + "&minExtInfo=false");
    }

    /**
     * The token request still goes through the WebClient's own URI builder on the base URL; it and the calls
     * made with the token land under the same base path.
     */
    @Test
    void anOAuthClientBelowABasePathAsksForItsTokenAndCallsThere() {
        wireMock.stubFor(post(anyUrl()).willReturn(okJson("{\"accessToken\": \"token-1\", \"expiresIn\": 600}")));
        wireMock.stubFor(get(anyUrl()).willReturn(okJson("{\"username\": \"etl-bot\"}")));

        try (AtlanClient oauth = AtlanClient.builder()
            .baseUrl("http://127.0.0.1:" + wireMock.getPort() + "/tenant/")
            .oauthClientCredentials("etl-jobs", "oauth-secret-2b7d")
            .rateLimit(RateLimitSettings.DISABLED)
            .useProxyEnvironment(false)
            .build()) {
            assertThat(oauth.users().current().username()).isEqualTo("etl-bot");
        }

        assertThat(wireMock.findAll(postRequestedFor(anyUrl()))).extracting(LoggedRequest::getUrl)
            .containsExactly("/tenant/api/service/oauth-clients/token");
        assertThat(onlyRequest().getUrl()).isEqualTo("/tenant/api/service/users/current");
        assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer token-1");
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = wireMock.findAll(getRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

}
