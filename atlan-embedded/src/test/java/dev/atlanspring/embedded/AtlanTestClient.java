package dev.atlanspring.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A small HTTP client for the tests: sends JSON to an {@link EmbeddedAtlan} the way an app would. */
final class AtlanTestClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A response: status, content type and the body, parsed when it is JSON. */
    record Reply(int status, String contentType, String body, String retryAfter) {

        Reply(int status, String contentType, String body) {
            this(status, contentType, body, null);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private final EmbeddedAtlan atlan;

    AtlanTestClient(EmbeddedAtlan atlan) {
        this.atlan = atlan;
    }

    Reply get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, "Bearer " + atlan.apiKey());
    }

    Reply post(String path, Object json) {
        return send("POST", path, json instanceof String ? (String) json : JSON.writeValueAsString(json),
                "Bearer " + atlan.apiKey());
    }

    Reply delete(String pathAndQuery) {
        return send("DELETE", pathAndQuery, null, "Bearer " + atlan.apiKey());
    }

    /** Searches and returns the response body, failing unless the search succeeded. */
    JsonNode search(String requestJson) {
        Reply reply = post("/api/meta/search/indexsearch", requestJson);
        if (reply.status() != 200) {
            throw new AssertionError("search failed with " + reply.status() + ": " + reply.body());
        }
        return reply.json();
    }

    Reply send(String method, String pathAndQuery, String body, String authorization) {
        return send(method, pathAndQuery, body, authorization, null);
    }

    /** Sends a request that names its agent, as the SDKs do with {@code x-atlan-agent-id}. */
    Reply send(String method, String pathAndQuery, String body, String authorization, String agentId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(atlan.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (agentId != null) {
            request.header("x-atlan-agent-id", agentId);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** An entity in Atlan's shape with a type, a qualifiedName and a name. */
    static ObjectNode entity(String guid, String typeName, String qualifiedName, String name) {
        ObjectNode entity = object();
        if (guid != null) {
            entity.put("guid", guid);
        }
        entity.put("typeName", typeName);
        entity.putObject("attributes").put("qualifiedName", qualifiedName).put("name", name);
        return entity;
    }

    /** The {@code {"entities":[...]}} body of a bulk upsert. */
    static ObjectNode bulk(JsonNode... entities) {
        ObjectNode body = object();
        body.putArray("entities").addAll(java.util.List.of(entities));
        return body;
    }
}
