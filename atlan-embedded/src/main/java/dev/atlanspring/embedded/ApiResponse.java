package dev.atlanspring.embedded;

import tools.jackson.databind.JsonNode;

/**
 * What an endpoint handler answers: a status and a JSON body (every Atlan response is JSON).
 *
 * <p>The body is already serialized, so a handler with a large answer (a search page) can write it
 * as a stream instead of building a tree first.
 *
 * @param status the HTTP status
 * @param body   the JSON body, UTF-8
 */
record ApiResponse(int status, byte[] body) {

    static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, Json.bytes(body));
    }

    static ApiResponse okJson(byte[] body) {
        return new ApiResponse(200, body);
    }

    static ApiResponse error(AtlanError error) {
        return new ApiResponse(error.status(), Json.bytes(error.body()));
    }
}
