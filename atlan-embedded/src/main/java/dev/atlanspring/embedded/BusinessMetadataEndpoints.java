package dev.atlanspring.embedded;

import java.util.Map;
import java.util.function.LongSupplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Atlan's custom metadata writes on one entity, {@code POST /api/meta/entity/guid/{guid}/businessmetadata/{bmName}}
 * (atlas-metastore {@code EntityREST.addOrUpdateBusinessAttributes}, at 54b6021c049297fa65aa54a594dc7904624f02d7):
 * the body maps hashed attribute names to values; each given attribute is set, one given as {@code null} is
 * removed (how pyatlan's {@code remove_custom_metadata} removes a set), the others stay. The answer is 204 with no
 * body. An unknown set or attribute is refused before anything is written.
 */
final class BusinessMetadataEndpoints {

    private final EntityStore store;
    private final TypeRegistry types;
    private final String user;
    private final LongSupplier clock;

    BusinessMetadataEndpoints(EntityStore store, TypeRegistry types, String user, LongSupplier clock) {
        this.store = store;
        this.types = types;
        this.user = user;
        this.clock = clock;
    }

    /** {@code POST /api/meta/entity/guid/{guid}/businessmetadata/{bmName}}. */
    ApiResponse addOrUpdate(ApiRequest request) {
        String guid = request.pathParam(0);
        String setName = request.pathParam(1);
        JsonNode body = request.jsonObjectBody();
        ObjectNode set = types.businessMetadata(setName);
        if (set == null) {
            throw AtlanError.typeNotFound(setName);
        }
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            boolean known = false;
            for (JsonNode attribute : set.path("attributeDefs")) {
                known |= e.getKey().equals(Json.text(attribute, "name"));
            }
            if (!known) {
                throw AtlanError.badRequest(e.getKey() + ": invalid business-metadata attribute for " + setName);
            }
        }
        store.write(() -> {
            StoredEntity existing = store.get(guid);
            if (existing == null) {
                throw AtlanError.guidNotFound(guid);
            }
            ObjectNode all = existing.businessAttributes == null ? Json.object() : existing.businessAttributes.deepCopy();
            ObjectNode values = all.path(setName).isObject() ? (ObjectNode) all.get(setName) : Json.object();
            body.properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    values.remove(e.getKey());
                } else {
                    values.set(e.getKey(), e.getValue());
                }
            });
            if (values.isEmpty()) {
                all.remove(setName);
            } else {
                all.set(setName, values);
            }
            store.put(new StoredEntity(existing.seq, existing.guid, existing.typeName, existing.status,
                    existing.createdBy, user, existing.createTime, clock.getAsLong(), existing.version + 1,
                    existing.attributes, existing.relationshipAttributes, existing.classifications,
                    existing.meanings, existing.labels, all));
            return null;
        });
        return new ApiResponse(204, new byte[0]);
    }
}
