package dev.atlanspring.embedded;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a bulk upsert does with the tags and custom metadata of entities that already exist, from Atlan's query
 * parameters (atlas-metastore {@code EntityREST.createOrUpdate}): {@code replaceClassifications},
 * {@code replaceTags} or {@code appendTags} for tags (see {@link TagWrites}), and
 * {@code replaceBusinessAttributes} and {@code overwriteBusinessAttributes} for custom metadata.
 *
 * <p>When a request sends neither custom-metadata flag, the demo keeps its lenient behaviour of replacing what is
 * sent; a request that sends them gets Atlan's semantics, which ignore what is sent unless asked.
 *
 * @param tags which tag flag the request set
 * @param replaceBusinessAttributes whether sent custom metadata is applied; null when the request did not say
 * @param overwriteBusinessAttributes whether sent custom metadata replaces all existing custom metadata
 */
record UpsertOptions(TagWrites.Mode tags, Boolean replaceBusinessAttributes, boolean overwriteBusinessAttributes) {

    /** For loads and seeding: what is sent replaces what is there. */
    static final UpsertOptions LENIENT = new UpsertOptions(TagWrites.Mode.LOAD, null, false);

    static UpsertOptions of(ApiRequest request) {
        boolean replaceAll = request.flag("replaceClassifications");
        boolean replace = request.flag("replaceTags");
        boolean append = request.flag("appendTags");
        if ((replaceAll ? 1 : 0) + (replace ? 1 : 0) + (append ? 1 : 0) > 1) {
            throw AtlanError.badRequest("Only one of [replaceClassifications, replaceTags, appendTags] can be true");
        }
        TagWrites.Mode tags = replaceAll ? TagWrites.Mode.REPLACE_ALL : replace ? TagWrites.Mode.REPLACE
                : append ? TagWrites.Mode.APPEND : TagWrites.Mode.NONE;
        String replaceBusiness = request.queryParam("replaceBusinessAttributes");
        return new UpsertOptions(tags, replaceBusiness != null ? "true".equalsIgnoreCase(replaceBusiness) : null,
                request.flag("overwriteBusinessAttributes"));
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
