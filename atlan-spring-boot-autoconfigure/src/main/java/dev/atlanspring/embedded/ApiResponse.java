package dev.atlanspring.embedded;

import tools.jackson.databind.JsonNode;

/**
 * What an endpoint handler answers: a status and a JSON body (every Atlan response is JSON).
 *
 * @param status the HTTP status
 * @param body   the JSON body
 */
record ApiResponse(int status, JsonNode body) {

    static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, body);
    }

    static ApiResponse error(AtlanError error) {
        return new ApiResponse(error.status(), error.body());
    }
}
