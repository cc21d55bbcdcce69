package dev.atlanspring.embedded;

import tools.jackson.databind.node.ObjectNode;

/**
 * A failed request, carrying the HTTP status and Atlas error code the client sees.
 *
 * <p>Handlers throw it from anywhere; the HTTP layer turns it into Atlan's error body. The codes and
 * messages are Apache Atlas's own ({@code AtlasErrorCode}) where Atlas has one, so clients written
 * against the embedded server parse real Atlan errors the same way.
 */
final class AtlanError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;
    private final String entityGuid;

    AtlanError(int status, String errorCode, String message) {
        this(status, errorCode, message, null);
    }

    private AtlanError(int status, String errorCode, String message, String entityGuid) {
        // No stack trace: this is the normal way a request fails, not a bug.
        super(message, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
        this.entityGuid = entityGuid;
    }

    /** The same error, naming the entity of a bulk request it is about (Atlan's {@code entityGuid}). */
    AtlanError withEntityGuid(String guid) {
        return Json.isBlank(guid) ? this : new AtlanError(status, errorCode, getMessage(), guid);
    }

    int status() {
        return status;
    }

    String errorCode() {
        return errorCode;
    }

    ObjectNode body() {
        ObjectNode body = Json.object();
        body.put("errorCode", errorCode);
        body.put("errorMessage", getMessage());
        // AtlasBaseExceptionMapper: errorCode, errorMessage, then entityGuid only when there is one.
        if (entityGuid != null) {
            body.put("entityGuid", entityGuid);
        }
        return body;
    }

    static AtlanError badRequest(String message) {
        return new AtlanError(400, "ATLAS-400-00-029", message);
    }

    static AtlanError invalidParameters(String detail) {
        return new AtlanError(400, "ATLAS-400-00-01A", "invalid parameters: " + detail);
    }

    static AtlanError missingQualifiedName(String where) {
        return new AtlanError(400, "ATLAS-400-00-073", "Mandatory qualifiedName attribute is missing in " + where);
    }

    static AtlanError unauthorized() {
        // Atlas has no 401 code of its own (Atlan's gateway answers these); this one follows its pattern.
        return new AtlanError(401, "ATLAS-401-00-001", "Unauthorized: a valid API token is required (Authorization: Bearer <token>)");
    }

    static AtlanError typeNotFound(String typeName) {
        return new AtlanError(404, "ATLAS-404-00-001", "Given typename " + typeName + " was invalid");
    }

    static AtlanError guidNotFound(String guid) {
        return new AtlanError(404, "ATLAS-404-00-005", "Given instance guid " + guid + " is invalid/not found");
    }

    static AtlanError classificationNotFound(String name) {
        return new AtlanError(404, "ATLAS-404-00-008", "Given classification " + name + " was invalid");
    }

    static AtlanError uniqueAttributeNotFound(String typeName, String qualifiedName) {
        return new AtlanError(404, "ATLAS-404-00-009",
                "Instance " + typeName + " with unique attribute {qualifiedName=" + qualifiedName + "} does not exist");
    }

    static AtlanError noSuchEndpoint(String method, String path) {
        // Atlas answers unknown URLs with its servlet container's page; a JSON body is kinder to clients.
        return new AtlanError(404, "ATLAS-404-00-000", "No API at " + method + " " + path);
    }

    static AtlanError methodNotAllowed(String method, String path) {
        return new AtlanError(405, "ATLAS-405-00-001",
                "Error 405 - The request method " + method + " is inappropriate for the URL: " + path);
    }

    static AtlanError typeAlreadyExists(String name) {
        return new AtlanError(409, "ATLAS-409-00-001", "Given type " + name + " already exists");
    }

    static AtlanError qualifiedNameTaken(String typeName, String qualifiedName) {
        return new AtlanError(409, "ATLAS-409-00-003",
                "failed to update entity: " + typeName + " with qualifiedName " + qualifiedName + " already exists");
    }

    static AtlanError internal() {
        return new AtlanError(500, "ATLAS-500-00-001", "Internal server error in the embedded demo Atlan");
    }
}
