package dev.atlanspring.embedded;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a bulk upsert does with the tags and custom metadata of entities that already exist, from Atlan's query
 * parameters: {@code replaceTags} (or the older {@code replaceClassifications}), {@code appendTags},
 * {@code replaceBusinessAttributes} and {@code overwriteBusinessAttributes}. New entities always get what they are
 * sent with.
 *
 * <p>When a request sends none of a group's flags, the demo keeps its lenient behaviour of replacing what is
 * sent; a request that sends them gets Atlan's semantics, which ignore what is sent unless asked.
 *
 * @param replaceTags whether sent tags replace existing ones; null when the request did not say
 * @param appendTags whether sent tags are added to existing ones
 * @param replaceBusinessAttributes whether sent custom metadata is applied; null when the request did not say
 * @param overwriteBusinessAttributes whether sent custom metadata replaces all existing custom metadata
 */
record UpsertOptions(Boolean replaceTags, boolean appendTags, Boolean replaceBusinessAttributes,
        boolean overwriteBusinessAttributes) {

    /** For loads and seeding: what is sent replaces what is there. */
    static final UpsertOptions LENIENT = new UpsertOptions(null, false, null, false);

    static UpsertOptions of(ApiRequest request) {
        String replaceTags = request.queryParam("replaceTags") != null ? request.queryParam("replaceTags")
                : request.queryParam("replaceClassifications");
        String replaceBusiness = request.queryParam("replaceBusinessAttributes");
        boolean appendTags = request.flag("appendTags");
        boolean tagsSaid = replaceTags != null || request.queryParam("appendTags") != null;
        return new UpsertOptions(tagsSaid ? "true".equalsIgnoreCase(replaceTags) : null, appendTags,
                replaceBusiness != null ? "true".equalsIgnoreCase(replaceBusiness) : null,
                request.flag("overwriteBusinessAttributes"));
    }

    /** The tags an existing entity has after the write; {@code sent} is null when the request sent none. */
    ArrayNode tags(ArrayNode existing, ArrayNode sent) {
        if (appendTags) {
            if (sent == null) {
                return existing;
            }
            ArrayNode merged = existing.deepCopy();
            Set<String> present = new HashSet<>();
            existing.forEach(tag -> present.add(Json.text(tag, "typeName")));
            sent.forEach(tag -> {
                if (present.add(Json.text(tag, "typeName"))) {
                    merged.add(tag);
                }
            });
            return merged;
        }
        if (replaceTags == null) {
            return sent != null ? sent : existing;
        }
        if (replaceTags) {
            return sent != null ? sent : Json.array();
        }
        return existing;
    }

    /** The custom metadata an existing entity has after the write; {@code sent} is null when none was sent. */
    ObjectNode businessAttributes(ObjectNode existing, ObjectNode sent) {
        if (sent == null || Boolean.FALSE.equals(replaceBusinessAttributes)) {
            return existing;
        }
        if (replaceBusinessAttributes == null || overwriteBusinessAttributes || existing == null) {
            return sent;
        }
        ObjectNode merged = existing.deepCopy();
        for (Map.Entry<String, JsonNode> set : sent.properties()) {
            JsonNode current = merged.get(set.getKey());
            if (current instanceof ObjectNode currentSet && set.getValue() instanceof ObjectNode sentSet) {
                sentSet.properties().forEach(attribute -> currentSet.set(attribute.getKey(), attribute.getValue()));
            } else {
                merged.set(set.getKey(), set.getValue());
            }
        }
        return merged;
    }
}
