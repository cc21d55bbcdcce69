package dev.atlanspring.client.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.WireMockSupport;
import dev.atlanspring.client.http.AtlanJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Base of the contract tests: a real client against WireMock on loopback, serving the fixtures of
 * {@code src/test/resources/contract}, each in the exact shape of a response Atlan's SDKs recorded or Atlan's
 * server renders (the table in {@code contract/SOURCES.md} names the source of each). The tests decode them with
 * the client, check them field by field, and check that decoding then encoding gives back the same JSON tree.
 */
abstract class ContractTests {

    /** The hashed name Atlan stores the fixtures' tag under; {@code typedefs-classification.json} defines it. */
    static final String PII_HASHED = "Xk3pQ9wLmN2rT7vY1zB4cD";

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    /** The mapper the client itself reads and writes Atlan's bodies with. */
    static final JsonMapper JSON = AtlanJson.mapper();

    protected AtlanClient client;

    @BeforeEach
    void createClient() {
        this.client = WireMockSupport.client(wireMock.getPort());
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    /** A fixture's text, exactly as stored. */
    static String fixture(String name) {
        try (InputStream in = ContractTests.class.getClassLoader().getResourceAsStream("contract/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture contract/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A fixture as a JSON tree. */
    static JsonNode tree(String name) {
        return JSON.readTree(fixture(name));
    }

    /** What the client's mapper writes for a model, read back as a tree, so numbers compare as the wire has them. */
    static JsonNode encoded(Object model) {
        return JSON.readTree(JSON.writeValueAsString(model));
    }

    /** A 200 answer with a fixture as its JSON body. */
    static ResponseDefinitionBuilder ok(String fixture) {
        return answer(200, fixture);
    }

    /** An answer with a status and a fixture as its JSON body. */
    static ResponseDefinitionBuilder answer(int status, String fixture) {
        return aResponse().withStatus(status)
            .withHeader("Content-Type", "application/json;charset=UTF-8")
            .withBody(fixture(fixture));
    }

    /** Serves the tag definitions, so the client can translate the fixtures' hashed tag name to {@code PII}. */
    static void serveTagDefinitions() {
        wireMock.stubFor(get(urlPathEqualTo("/api/meta/types/typedefs")).withQueryParam("type",
                equalTo("classification"))
            .willReturn(ok("typedefs-classification.json")));
    }

    /** The JSON body of the only request WireMock received for a method and path. */
    static JsonNode onlyBodySentTo(String method, String path) {
        LoggedRequest request = wireMock.getAllServeEvents()
            .stream()
            .map((event) -> event.getRequest())
            .filter((logged) -> logged.getMethod().getName().equals(method) && logged.getUrl().startsWith(path))
            .reduce((first, second) -> {
                throw new AssertionError("More than one " + method + " " + path + " was sent.");
            })
            .orElseThrow(() -> new AssertionError("No " + method + " " + path + " was sent."));
        return JSON.readTree(request.getBodyAsString());
    }

}
