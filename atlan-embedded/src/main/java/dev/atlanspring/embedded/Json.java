package dev.atlanspring.embedded;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON mapper of the embedded server and the few tree helpers every part needs.
 *
 * <p>The server works on raw JSON trees, like a real server that knows nothing of its clients' classes.
 * Trees kept in the store are treated as immutable once stored, which lets responses share them
 * instead of copying 200,000 entities' attributes.
 */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Parses a request body; anything that is not a single JSON value becomes a 400 naming the problem. */
    static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw AtlanError.badRequest("The request body is empty; a JSON object is required");
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw AtlanError.badRequest("The request body is empty; a JSON object is required");
            }
            return node;
        } catch (JacksonException e) {
            throw AtlanError.badRequest("Malformed JSON in the request body" + where(e) + ": " + summary(e));
        }
    }

    static byte[] bytes(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    /** The text of a string node, or null for anything else, so callers never coerce objects to text. */
    static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    static String text(JsonNode parent, String field) {
        return parent == null ? null : text(parent.get(field));
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Jackson's messages add source excerpts and markers over several lines; the first clause says it all. */
    private static String summary(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "unreadable input";
        }
        for (String noise : new String[] {"\n", " (start marker", " at [Source"}) {
            int cut = message.indexOf(noise);
            if (cut > 0) {
                message = message.substring(0, cut);
            }
        }
        return message;
    }
}
