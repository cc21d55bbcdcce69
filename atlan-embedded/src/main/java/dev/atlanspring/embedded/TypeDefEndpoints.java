package dev.atlanspring.embedded;

import java.util.function.LongSupplier;

import tools.jackson.databind.node.ObjectNode;

/**
 * The typedef endpoints of Atlan's {@code /api/meta/types} API.
 */
final class TypeDefEndpoints {

    private final TypeRegistry types;
    private final String user;
    private final LongSupplier clock;

    TypeDefEndpoints(TypeRegistry types, String user, LongSupplier clock) {
        this.types = types;
        this.user = user;
        this.clock = clock;
    }

    /** {@code GET /api/meta/types/typedefs?type=...}: every category is present, the unasked ones empty. */
    ApiResponse list(ApiRequest request) {
        return ApiResponse.ok(types.envelope(TypeRegistry.Category.selectedBy(request.queryParam("type"))));
    }

    /** {@code GET /api/meta/types/typedef/name/{name}}. */
    ApiResponse byName(ApiRequest request) {
        ObjectNode def = types.byName(request.pathParam(0));
        if (def == null) {
            throw AtlanError.typeNotFound(request.pathParam(0));
        }
        return ApiResponse.ok(def);
    }

    /** {@code POST /api/meta/types/typedefs}: creates Atlan tags, naming them the way Atlan does. */
    ApiResponse create(ApiRequest request) {
        return ApiResponse.ok(types.createClassifications(request.jsonObjectBody(), user, clock.getAsLong()));
    }
}
