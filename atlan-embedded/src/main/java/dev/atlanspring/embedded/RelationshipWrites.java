package dev.atlanspring.embedded;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a bulk upsert changes an existing entity's relationships, as atlas-metastore documents it
 * ({@code docs/api/entity-bulk.md}): {@code relationshipAttributes} replaces each relationship attribute it names,
 * {@code appendRelationshipAttributes} adds to one and {@code removeRelationshipAttributes} takes from one, both
 * only on an update. The {@code meanings} relationship is also what Atlan lists as the entity's term assignments
 * (its {@code meanings} headers), so those follow it.
 */
final class RelationshipWrites {

    static final String MEANINGS = "meanings";
    private static final String ASSIGNMENT = "AtlasGlossarySemanticAssignment";

    private RelationshipWrites() {
    }

    /** The relationships after the write; the given nodes are already resolved private copies, or null. */
    static ObjectNode merge(ObjectNode existing, ObjectNode replace, ObjectNode append, ObjectNode remove,
            String entityGuid) {
        if (replace == null && append == null && remove == null) {
            return existing;
        }
        ObjectNode merged = existing.deepCopy();
        if (replace != null) {
            replace.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
        }
        if (append != null) {
            for (Map.Entry<String, JsonNode> e : append.properties()) {
                ArrayNode list = listOf(merged.get(e.getKey()));
                Set<String> present = guids(list);
                for (JsonNode ref : asList(e.getValue())) {
                    if (present.add(Json.text(ref, "guid"))) {
                        list.add(ref);
                    }
                }
                merged.set(e.getKey(), list);
            }
        }
        if (remove != null) {
            for (Map.Entry<String, JsonNode> e : remove.properties()) {
                Set<String> gone = guids(asList(e.getValue()));
                ArrayNode kept = Json.array();
                listOf(merged.get(e.getKey())).forEach(ref -> {
                    if (!gone.contains(Json.text(ref, "guid"))) {
                        kept.add(ref);
                    }
                });
                merged.set(e.getKey(), kept);
            }
        }
        JsonNode meanings = merged.get(MEANINGS);
        if (meanings != null && meanings.isArray()) {
            meanings.forEach(ref -> {
                if (ref.isObject() && ref.hasNonNull("guid")) {
                    decorate((ObjectNode) ref, entityGuid);
                }
            });
        }
        return merged;
    }

    /** Whether any of the writes names the meanings relationship. */
    static boolean touchesMeanings(ObjectNode... writes) {
        for (ObjectNode write : writes) {
            if (write != null && write.has(MEANINGS)) {
                return true;
            }
        }
        return false;
    }

    /** The term assignment headers Atlan lists under an entity's {@code meanings}, from its relationships. */
    static ArrayNode meaningHeaders(ObjectNode relationships) {
        ArrayNode headers = Json.array();
        for (JsonNode ref : listOf(relationships.get(MEANINGS))) {
            headers.addObject()
                    .put("termGuid", Json.text(ref, "guid"))
                    .put("relationGuid", Json.text(ref, "relationshipGuid"))
                    .put("displayText", Json.text(ref, "displayText"))
                    .put("confidence", 0);
        }
        return headers;
    }

    /** A stored relationship end shows its relationship's type, GUID and status, as Atlan returns it. */
    private static void decorate(ObjectNode ref, String entityGuid) {
        if (!ref.hasNonNull("relationshipType")) {
            ref.put("relationshipType", ASSIGNMENT);
        }
        if (!ref.hasNonNull("relationshipGuid")) {
            String seed = ASSIGNMENT + ":" + Json.text(ref, "guid") + ":" + entityGuid;
            ref.put("relationshipGuid", UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString());
        }
        if (!ref.hasNonNull("entityStatus")) {
            ref.put("entityStatus", StoredEntity.ACTIVE);
        }
        if (!ref.hasNonNull("relationshipStatus")) {
            ref.put("relationshipStatus", StoredEntity.ACTIVE);
        }
    }

    private static ArrayNode listOf(JsonNode value) {
        ArrayNode list = Json.array();
        if (value != null && value.isArray()) {
            value.forEach(list::add);
        } else if (value != null && value.isObject()) {
            list.add(value);
        }
        return list;
    }

    private static ArrayNode asList(JsonNode value) {
        return listOf(value);
    }

    private static Set<String> guids(ArrayNode refs) {
        Set<String> guids = new HashSet<>();
        refs.forEach(ref -> guids.add(Json.text(ref, "guid")));
        return guids;
    }
}
