package dev.atlanspring.embedded;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the references a client writes into the references Atlan stores.
 *
 * <p>Clients point at related entities by placeholder GUID ({@code "-1"}, created in the same
 * request) or by {@code uniqueAttributes.qualifiedName}; Atlan stores the real GUID and shows a
 * {@code displayText}. A reference to nothing known is kept as written: the demo does not enforce
 * referential integrity.
 */
final class ReferenceResolver {

    /** What a reference needs to know about the entity it points at. */
    record Target(String typeName, String qualifiedName, String displayText) {
    }

    private final EntityStore store;
    private final Map<String, String> assignedGuids;
    private final Map<String, String> batchGuidsByKey;
    private final Map<String, Target> batchTargets;

    ReferenceResolver(EntityStore store, Map<String, String> assignedGuids, Map<String, String> batchGuidsByKey,
            Map<String, Target> batchTargets) {
        this.store = store;
        this.assignedGuids = assignedGuids;
        this.batchGuidsByKey = batchGuidsByKey;
        this.batchTargets = batchTargets;
    }

    /** Resolves every reference (single or list) among the given relationship attributes. */
    ObjectNode resolve(ObjectNode relationshipAttributes) {
        ObjectNode resolved = Json.object();
        for (Map.Entry<String, JsonNode> e : relationshipAttributes.properties()) {
            resolved.set(e.getKey(), resolveValue(e.getValue()));
        }
        return resolved;
    }

    /** Term assignments point at terms by {@code termGuid}; fill in the term's name when it is known. */
    ArrayNode resolveMeanings(ArrayNode meanings) {
        ArrayNode resolved = Json.array();
        for (JsonNode meaning : meanings) {
            if (!meaning.isObject()) {
                resolved.add(meaning);
                continue;
            }
            ObjectNode copy = ((ObjectNode) meaning).deepCopy();
            String termGuid = Json.text(copy, "termGuid");
            if (termGuid != null) {
                termGuid = assignedGuids.getOrDefault(termGuid, termGuid);
                copy.put("termGuid", termGuid);
                Target term = target(termGuid);
                if (term != null && !copy.hasNonNull("displayText")) {
                    copy.put("displayText", term.displayText());
                }
            }
            resolved.add(copy);
        }
        return resolved;
    }

    private JsonNode resolveValue(JsonNode value) {
        if (value.isArray()) {
            ArrayNode resolved = Json.array();
            value.forEach(element -> resolved.add(resolveValue(element)));
            return resolved;
        }
        if (value.isObject() && (value.has("guid") || value.has("uniqueAttributes"))) {
            return resolveReference((ObjectNode) value);
        }
        return value;
    }

    private ObjectNode resolveReference(ObjectNode reference) {
        ObjectNode resolved = reference.deepCopy();
        String guid = Json.text(reference, "guid");
        if (guid != null) {
            guid = assignedGuids.getOrDefault(guid, guid);
        }
        String typeName = Json.text(reference, "typeName");
        String qualifiedName = Json.text(reference.get("uniqueAttributes"), "qualifiedName");
        if ((guid == null || guid.startsWith("-")) && typeName != null && qualifiedName != null) {
            String batchGuid = batchGuidsByKey.get(EntityMutations.key(typeName, qualifiedName));
            StoredEntity stored = store.findByQualifiedName(typeName, qualifiedName);
            guid = batchGuid != null ? batchGuid : stored != null ? stored.guid : guid;
        }
        if (guid == null) {
            return resolved;
        }
        resolved.put("guid", guid);
        Target target = target(guid);
        if (target != null) {
            if (!resolved.hasNonNull("typeName")) {
                resolved.put("typeName", target.typeName());
            }
            if (!resolved.hasNonNull("displayText")) {
                resolved.put("displayText", target.displayText());
            }
            if (!resolved.hasNonNull("uniqueAttributes")) {
                resolved.putObject("uniqueAttributes").put("qualifiedName", target.qualifiedName());
            }
        }
        return resolved;
    }

    private Target target(String guid) {
        Target inBatch = batchTargets.get(guid);
        if (inBatch != null) {
            return inBatch;
        }
        StoredEntity stored = store.get(guid);
        return stored == null ? null : new Target(stored.typeName, stored.qualifiedName, stored.displayText());
    }
}
