package dev.atlanspring.client.error;

/**
 * Where an error happened: which operation, on which tenant, under which request id, after how many attempts.
 *
 * @param operation the operation as method and URI template, such as {@code GET /api/meta/entity/guid/{guid}}
 * @param tenant the tenant's name
 * @param requestId the {@code X-Atlan-Request-Id} sent with every attempt of the call
 * @param attempts how many attempts were made, the failing one included
 */
public record RequestInfo(String operation, String tenant, String requestId, int attempts) {
}
