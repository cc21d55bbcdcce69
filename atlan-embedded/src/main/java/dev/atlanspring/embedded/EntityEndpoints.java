package dev.atlanspring.embedded;

import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.databind.node.ObjectNode;

/**
 * The entity endpoints of Atlan's {@code /api/meta/entity} API: reads by GUID and by qualifiedName,
 * bulk upsert and bulk delete.
 */
final class EntityEndpoints {

    private final EntityStore store;
    private final EntityMutations mutations;
    private final TypeRegistry types;
    private final String user;

    EntityEndpoints(EntityStore store, EntityMutations mutations, TypeRegistry types, String user) {
        this.store = store;
        this.mutations = mutations;
        this.types = types;
        this.user = user;
    }

    /** {@code GET /api/meta/entity/guid/{guid}}; soft-deleted entities are still found, as in Atlan. */
    ApiResponse getByGuid(ApiRequest request) {
        String guid = request.pathParam(0);
        StoredEntity entity = store.get(guid);
        if (entity == null) {
            throw AtlanError.guidNotFound(guid);
        }
        return ApiResponse.ok(entityResponse(entity, request));
    }

    /**
     * {@code GET /api/meta/entity/uniqueAttribute/type/{typeName}?attr:qualifiedName=...}. Like Atlas,
     * a super type finds its sub types' entities: {@code Asset} with a table's qualifiedName finds the table.
     */
    ApiResponse getByUniqueAttribute(ApiRequest request) {
        String typeName = request.pathParam(0);
        String qualifiedName = request.queryParam("attr:qualifiedName");
        if (qualifiedName == null || qualifiedName.isEmpty()) {
            throw AtlanError.invalidParameters("the query parameter attr:qualifiedName is required");
        }
        for (String type : types.typeAndSubTypes(typeName)) {
            StoredEntity entity = store.findByQualifiedName(type, qualifiedName);
            if (entity != null) {
                return ApiResponse.ok(entityResponse(entity, request));
            }
        }
        throw AtlanError.uniqueAttributeNotFound(typeName, qualifiedName);
    }

    /**
     * {@code POST /api/meta/entity/bulk}; Atlan's flags for tags and custom metadata apply (see
     * {@link UpsertOptions}).
     */
    ApiResponse bulkUpsert(ApiRequest request) {
        return ApiResponse.ok(mutations.upsert(request.jsonObjectBody().get("entities"), false, user,
                UpsertOptions.of(request)).toJson());
    }

    /**
     * {@code PUT /api/meta/entity/uniqueAttribute/type/{typeName}?attr:qualifiedName=...} with
     * {@code {"entity":{...}}}: changes only the attributes sent, reported as {@code PARTIAL_UPDATE}.
     */
    ApiResponse partialUpdateByUniqueAttribute(ApiRequest request) {
        String qualifiedName = request.queryParam("attr:qualifiedName");
        if (qualifiedName == null || qualifiedName.isEmpty()) {
            throw AtlanError.invalidParameters("the query parameter attr:qualifiedName is required");
        }
        return ApiResponse.ok(mutations.partialUpdate(request.pathParam(0), qualifiedName,
                request.jsonObjectBody().get("entity"), user).toJson());
    }

    /** {@code DELETE /api/meta/entity/bulk?guid=...&guid=...&deleteType=SOFT|HARD|PURGE}. */
    ApiResponse bulkDelete(ApiRequest request) {
        List<String> guids = request.queryParams("guid").stream()
                .filter(guid -> !guid.isBlank())
                .collect(Collectors.toList());
        if (guids.isEmpty()) {
            throw AtlanError.invalidParameters("the query parameter guid is required");
        }
        EntityMutations.DeleteType deleteType = EntityMutations.DeleteType.parse(request.queryParam("deleteType"));
        return ApiResponse.ok(mutations.delete(guids, deleteType, user).toJson());
    }

    private static ObjectNode entityResponse(StoredEntity entity, ApiRequest request) {
        ObjectNode response = Json.object();
        response.putObject("referredEntities");
        response.set("entity", entity.toJson(!request.flag("ignoreRelationships")));
        return response;
    }
}
