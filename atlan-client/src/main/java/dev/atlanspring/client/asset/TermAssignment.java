package dev.atlanspring.client.asset;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.atlanspring.client.json.OtherFields;
import org.jspecify.annotations.Nullable;

/**
 * A glossary term assigned to an asset, as Atlan lists it in an asset's {@code meanings} (Atlas's
 * {@code AtlasTermAssignmentHeader}). Every field Atlan sends is kept and sent back on save.
 *
 * @param termGuid the term's GUID
 * @param relationGuid the GUID of the assignment itself
 * @param displayText the term's name
 * @param description a description of the assignment
 * @param expression the expression the assignment was made by
 * @param createdBy who made the assignment
 * @param steward who looks after it
 * @param source where it came from
 * @param confidence how confident the assignment is; Atlan sends {@code 0} when unset
 * @param status the assignment's status, such as {@code DISCOVERED}, {@code PROPOSED} or {@code VALIDATED}; a
 * string, so that a status Atlan adds later still comes back as it went
 * @param otherFields the fields Atlan sent that this record has no component for
 */
public record TermAssignment(String termGuid, @Nullable String relationGuid, @Nullable String displayText,
        @Nullable String description, @Nullable String expression, @Nullable String createdBy,
        @Nullable String steward, @Nullable String source, @Nullable Integer confidence, @Nullable String status,
        @JsonAnySetter Map<String, @Nullable Object> otherFields) implements OtherFields {

    /**
     * Keeps the other fields unmodifiable and in order.
     */
    public TermAssignment {
        otherFields = OtherFields.copy(otherFields);
    }

    /**
     * An assignment with only the term and relation, as the client made them before it kept every field.
     * @param termGuid the term's GUID
     * @param relationGuid the GUID of the assignment itself
     * @param displayText the term's name
     */
    public TermAssignment(String termGuid, @Nullable String relationGuid, @Nullable String displayText) {
        this(termGuid, relationGuid, displayText, null, null, null, null, null, null, null, null);
    }

}
