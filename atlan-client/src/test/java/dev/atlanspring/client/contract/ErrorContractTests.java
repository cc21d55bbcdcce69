package dev.atlanspring.client.contract;

import java.time.Duration;
import java.util.Map;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.error.ApiException;
import dev.atlanspring.client.error.AtlanError;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.error.ConflictException;
import dev.atlanspring.client.error.ErrorCause;
import dev.atlanspring.client.error.InvalidRequestException;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.error.PermissionException;
import dev.atlanspring.client.error.RateLimitException;
import dev.atlanspring.client.typedef.TypeDef;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every family of error body Atlan's server renders, from {@code atlanhq/atlas-metastore}:
 * {@code AtlasBaseExceptionMapper} (L46-76: {@code errorCode}, {@code errorMessage}, then {@code entityGuid} and
 * {@code errorDetailsMap} when set), {@code AllExceptionMapper} with {@code ExceptionMapperUtil.formatErrorMessage}
 * ({@code errorId}, {@code message}, {@code causes}), {@code AtlasJsonProvider.readFrom} for malformed JSON
 * ({@code {"error": ...}}), and nginx's own HTML 429 from {@code helm/atlas/templates/nginx-cm.yaml} with
 * {@code Retry-After: 1}; plus the gateway shapes pyatlan's parser also reads ({@code pyatlan/client/atlan.py}
 * L753-775). Each error keeps what its body said, so that nothing the server said is lost.
 */
class ErrorContractTests extends ContractTests {

    private static final String GUID = "0c7e2f1a-5b3d-4e8f-9a6b-1d2c3e4f5a60";

    private static void serveOnGet(int status, String fixture) {
        wireMock.stubFor(get(urlPathMatching("/api/meta/entity/.*")).willReturn(answer(status, fixture)));
    }

    private static void serveOnSave(int status, String fixture) {
        wireMock.stubFor(post(urlPathEqualTo("/api/meta/entity/bulk")).willReturn(answer(status, fixture)));
    }

    private static <T extends AtlanException> T fails(Class<T> type, Runnable call) {
        return catchThrowableOfType(type, call::run);
    }

    private Asset orders() {
        return Asset.builder("Table", "default/postgres/1700000000/sales_db/public/orders").build();
    }

    @Test
    void anUnknownGuidIsNotFoundWithAtlansCodeAndMessage() {
        serveOnGet(404, "error-404-guid-not-found.json");

        NotFoundException ex = fails(NotFoundException.class, () -> client.assets().get(GUID));

        assertThat(ex.getErrorCode()).isEqualTo("ATLAS-404-00-005");
        assertThat(ex.getErrorMessage())
            .isEqualTo("Given instance guid deadbeef-0000-4000-8000-000000000000 is invalid/not found");
        assertThat(ex.getEntityGuid()).isNull();
        assertThat(mapperShape(ex.getError())).isEqualTo(tree("error-404-guid-not-found.json"));
    }

    @Test
    void anUnknownQualifiedNameIsNotFound() {
        serveOnGet(404, "error-404-unique-attribute-not-found.json");

        String missing = "default/postgres/1700000000/sales_db/public/missing";

        NotFoundException ex = fails(NotFoundException.class,
                () -> client.assets().getByQualifiedName("Table", missing));

        assertThat(ex.getErrorCode()).isEqualTo("ATLAS-404-00-009");
        assertThat(ex.getMessage()).contains("{qualifiedName=default/postgres/1700000000/sales_db/public/missing}");
        assertThat(mapperShape(ex.getError())).isEqualTo(tree("error-404-unique-attribute-not-found.json"));
    }

    @Test
    void invalidParametersAndConflictingTagFlagsAreInvalidRequests() {
        serveOnSave(400, "error-400-invalid-parameters.json");
        InvalidRequestException empty = fails(InvalidRequestException.class, () -> client.assets().save(orders()));
        serveOnSave(400, "error-400-bad-request-tag-flags.json");
        InvalidRequestException flags = fails(InvalidRequestException.class, () -> client.assets().save(orders()));

        assertThat(empty.getErrorCode()).isEqualTo("ATLAS-400-00-01A");
        assertThat(mapperShape(empty.getError())).isEqualTo(tree("error-400-invalid-parameters.json"));
        assertThat(flags.getErrorCode()).isEqualTo("ATLAS-400-00-029");
        assertThat(mapperShape(flags.getError())).isEqualTo(tree("error-400-bad-request-tag-flags.json"));
    }

    @Test
    void aTypeThatExistsAlreadyIsAConflict() {
        wireMock.stubFor(post(urlPathEqualTo("/api/meta/types/typedefs"))
            .willReturn(answer(409, "error-409-type-already-exists.json")));

        ConflictException ex = fails(ConflictException.class,
                () -> client.typeDefs().create(TypeDef.atlanTag("ShopOrderTable", null)));

        assertThat(ex.getErrorCode()).isEqualTo("ATLAS-409-00-001");
        assertThat(mapperShape(ex.getError())).isEqualTo(tree("error-409-type-already-exists.json"));
    }

    @Test
    void aReadWithoutPermissionIsAPermissionError() {
        serveOnGet(403, "error-403-unauthorized.json");

        PermissionException ex = fails(PermissionException.class, () -> client.assets().get(GUID));

        assertThat(ex.getErrorCode()).isEqualTo("ATLAS-403-00-001");
        assertThat(ex.getErrorMessage()).endsWith("read entity: guid=" + GUID);
        assertThat(mapperShape(ex.getError())).isEqualTo(tree("error-403-unauthorized.json"));
    }

    @Test
    void aRefusedRelationshipKeepsTheDetailsMapOfActionAndEnds() {
        serveOnSave(403, "error-403-unauthorized-relationship.json");

        PermissionException ex = fails(PermissionException.class, () -> client.assets().save(orders()));

        assertThat(ex.getErrorDetails()).containsExactly(Map.entry("action", "RELATIONSHIP_ADD"),
                Map.entry("end1", "9d8c7b6a-5f4e-4d3c-8b2a-190f8e7d6c64"), Map.entry("end2", GUID));
        assertThat(mapperShape(ex.getError())).isEqualTo(tree("error-403-unauthorized-relationship.json"));
    }

    @Test
    void aFailedBulkSaveNamesThePlaceholderOfTheAssetThatFailedInItsOneLineMessage() {
        serveOnSave(404, "error-bulk-save-with-entity-guid.json");

        NotFoundException ex = fails(NotFoundException.class,
                () -> client.assets().save(orders().toBuilder().guid("-7305319847192364").build()));

        assertThat(ex.getErrorCode()).isEqualTo("ATLAS-404-00-007");
        assertThat(ex.getEntityGuid()).isEqualTo("-7305319847192364");
        assertThat(ex.getMessage()).contains("asset -7305319847192364").doesNotContain("\n");
        assertThat(mapperShape(ex.getError())).isEqualTo(tree("error-bulk-save-with-entity-guid.json"));
    }

    @Test
    void anUnhandledServerErrorKeepsItsErrorIdMessageAndCauses() {
        serveOnGet(500, "error-500-unhandled.json");

        ApiException ex = fails(ApiException.class, () -> client.assets().get(GUID));

        assertThat(ex.getStatus()).isEqualTo(500);
        assertThat(ex.getErrorCode()).isNull();
        assertThat(ex.getErrorMessage()).isEqualTo("There was an error processing your request.");
        assertThat(ex.getError().errorId()).isEqualTo("3f9a0c1b2d4e5f60");
        assertThat(ex.getCauses()).containsExactly(new ErrorCause("java.lang.NullPointerException",
                "No additional information provided",
                "org.apache.atlas.example.SomeClass.someMethod (SomeClass.java:123)"));
        JsonNode rebuilt = JSON.createObjectNode()
            .put("errorId", ex.getError().errorId())
            .put("message", ex.getErrorMessage())
            .set("causes", encoded(ex.getCauses()));
        assertThat(rebuilt).isEqualTo(tree("error-500-unhandled.json"));
        assertThat(ex.getError().otherFields()).isEmpty();
    }

    @Test
    void malformedJsonIsAnInvalidRequestWithJacksonsMessage() {
        serveOnSave(400, "error-400-malformed-json.json");

        InvalidRequestException ex = fails(InvalidRequestException.class, () -> client.assets().save(orders()));

        assertThat(ex.getErrorMessage()).startsWith("Unexpected character ('}' (code 125))");
        assertThat(JSON.createObjectNode().put("error", ex.getErrorMessage()))
            .isEqualTo(tree("error-400-malformed-json.json"));
        assertThat(ex.getError().otherFields()).isEmpty();
    }

    @Test
    void gatewayBodiesOfCodeAndMessageOrStatusAndErrorAreRead() {
        wireMock.stubFor(get(urlPathMatching("/api/meta/entity/.*")).willReturn(aResponse().withStatus(404)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"code\": \"NOT_FOUND\", \"message\": \"no route\", \"slug\": \"not-found\","
                    + " \"requestId\": \"gw-7f3a\"}")));
        NotFoundException codeAndMessage = fails(NotFoundException.class, () -> client.assets().get(GUID));
        wireMock.stubFor(get(urlPathMatching("/api/meta/entity/.*")).willReturn(aResponse().withStatus(404)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"status\": 404, \"error\": \"Not Found\", \"path\": \"/api/meta/entity\"}")));
        NotFoundException statusAndError = fails(NotFoundException.class, () -> client.assets().get(GUID));

        assertThat(codeAndMessage.getErrorCode()).isEqualTo("NOT_FOUND");
        assertThat(codeAndMessage.getErrorMessage()).isEqualTo("no route");
        assertThat(codeAndMessage.getError().otherFields()).containsExactly(Map.entry("slug", "not-found"));
        assertThat(codeAndMessage.getError().requestId()).isEqualTo("gw-7f3a");
        assertThat(statusAndError.getErrorCode()).isEqualTo("404");
        assertThat(statusAndError.getErrorMessage()).isEqualTo("Not Found");
        assertThat(statusAndError.getError().otherFields()).containsExactly(Map.entry("path", "/api/meta/entity"));
    }

    @Test
    void nginxsHtml429IsARateLimitWithItsRetryAfterAndAShortExcerpt() {
        wireMock.stubFor(get(urlPathMatching("/api/meta/entity/.*")).willReturn(aResponse().withStatus(429)
            .withHeader("Server", "nginx/1.27.5")
            .withHeader("Content-Type", "text/html")
            .withHeader("Retry-After", "1")
            .withBody(fixture("nginx-429.html"))));

        RateLimitException ex = fails(RateLimitException.class, () -> client.assets().get(GUID));

        assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(ex.getError().bodyExcerpt())
            .isEqualTo("429 Too Many Requests nginx/1.27.5");
        assertThat(ex.getMessage()).doesNotContain("<html>").doesNotContain("\n");
    }

    /** The body as {@code AtlasBaseExceptionMapper} renders it, rebuilt from what the client kept. */
    private static JsonNode mapperShape(AtlanError error) {
        ObjectNode body = JSON.createObjectNode();
        body.put("errorCode", error.errorCode());
        body.put("errorMessage", error.errorMessage());
        if (error.entityGuid() != null) {
            body.put("entityGuid", error.entityGuid());
        }
        if (!error.errorDetailsMap().isEmpty()) {
            body.set("errorDetailsMap", encoded(error.errorDetailsMap()));
        }
        if (error.errorCause() != null) {
            body.put("errorCause", error.errorCause());
        }
        error.otherFields().forEach((name, value) -> body.set(name, encoded(value)));
        return body;
    }

}
