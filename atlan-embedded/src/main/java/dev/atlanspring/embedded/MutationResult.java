package dev.atlanspring.embedded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a bulk write did, in the shape of Atlan's {@code EntityMutationResponse}.
 */
final class MutationResult {

    final List<StoredEntity> created = new ArrayList<>();
    final List<StoredEntity> updated = new ArrayList<>();
    final List<StoredEntity> partiallyUpdated = new ArrayList<>();
    final List<StoredEntity> deleted = new ArrayList<>();
    final Map<String, String> guidAssignments = new LinkedHashMap<>();

    /** Atlan leaves out every list and map that would be empty, down to {@code mutatedEntities} itself. */
    ObjectNode toJson() {
        ObjectNode json = Json.object();
        ObjectNode mutated = Json.object();
        addHeaders(mutated, "CREATE", created);
        addHeaders(mutated, "UPDATE", updated);
        addHeaders(mutated, "PARTIAL_UPDATE", partiallyUpdated);
        addHeaders(mutated, "DELETE", deleted);
        if (!mutated.isEmpty()) {
            json.set("mutatedEntities", mutated);
        }
        if (!guidAssignments.isEmpty()) {
            ObjectNode assignments = json.putObject("guidAssignments");
            guidAssignments.forEach(assignments::put);
        }
        return json;
    }

    private static void addHeaders(ObjectNode mutated, String operation, List<StoredEntity> entities) {
        if (!entities.isEmpty()) {
            ArrayNode headers = mutated.putArray(operation);
            entities.forEach(entity -> headers.add(entity.header()));
        }
    }
}
