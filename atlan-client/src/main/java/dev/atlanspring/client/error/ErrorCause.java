package dev.atlanspring.client.error;

/**
 * One of the causes Atlan lists in an error body.
 *
 * @param errorType the kind of cause, such as {@code BadRequest}
 * @param errorMessage what went wrong
 * @param location where, such as the name of the offending field
 */
public record ErrorCause(String errorType, String errorMessage, String location) {
}
