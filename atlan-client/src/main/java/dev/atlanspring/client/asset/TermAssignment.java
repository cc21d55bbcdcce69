package dev.atlanspring.client.asset;

import org.jspecify.annotations.Nullable;

/**
 * A glossary term assigned to an asset, as Atlan lists it in an asset's {@code meanings}.
 *
 * @param termGuid the term's GUID
 * @param relationGuid the GUID of the assignment itself
 * @param displayText the term's name
 */
public record TermAssignment(String termGuid, @Nullable String relationGuid, @Nullable String displayText) {
}
