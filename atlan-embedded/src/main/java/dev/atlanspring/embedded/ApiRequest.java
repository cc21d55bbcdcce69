package dev.atlanspring.embedded;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One decoded API request as the endpoint handlers see it: no Netty types, so handlers stay plain functions.
 *
 * @param method     the HTTP method, upper case
 * @param path       the decoded path
 * @param pathParams the values of the route's {@code {placeholders}}, in order
 * @param query      the decoded query parameters; a name may repeat ({@code guid=a&guid=b})
 * @param body       the raw body, empty when there is none
 */
record ApiRequest(String method, String path, List<String> pathParams, Map<String, List<String>> query, byte[] body) {

    String pathParam(int index) {
        return pathParams.get(index);
    }

    /** The first value of a query parameter, or null. */
    String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> queryParams(String name) {
        return query.getOrDefault(name, List.of());
    }

    boolean flag(String name) {
        return "true".equalsIgnoreCase(queryParam(name));
    }

    /** A non-negative integer query parameter; anything else is the client's mistake, so a 400. */
    int intParam(String name, int defaultValue) {
        String value = queryParam(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < 0) {
                throw AtlanError.invalidParameters(name + " must not be negative, was " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw AtlanError.invalidParameters(name + " must be an integer, was " + value);
        }
    }

    /** The body as a JSON object; a missing, malformed or non-object body is a 400. */
    JsonNode jsonObjectBody() {
        JsonNode node = Json.parse(body);
        if (!node.isObject()) {
            throw AtlanError.badRequest("The request body must be a JSON object, was " + node.getNodeType());
        }
        return node;
    }
}
