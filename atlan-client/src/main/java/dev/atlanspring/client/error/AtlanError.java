package dev.atlanspring.client.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.atlanspring.client.json.OtherFields;
import org.jspecify.annotations.Nullable;

/**
 * What Atlan said about a failed call, read from its error body in whichever shape the answering service used:
 * Atlas's exception mapper ({@code errorCode}, {@code errorMessage}, {@code entityGuid}, {@code errorDetailsMap},
 * {@code errorCause}), its catch-all mapper ({@code errorId}, {@code message}, {@code causes}), a malformed-JSON
 * answer ({@code error}) or a gateway's ({@code code}/{@code message}, {@code status}/{@code error}). When the
 * body was not JSON (an HTML page from a proxy, or nothing at all), only {@link #bodyExcerpt()} is set. Fields of
 * a JSON body that none of these shapes name are kept in {@link #otherFields()}, redacted like the rest.
 *
 * @param errorCode Atlan's error code, such as {@code ATLAS-404-00-005}
 * @param errorMessage Atlan's message
 * @param causes the causes Atlan listed
 * @param errorCause Atlan's description of the underlying cause
 * @param errorId Atlan's id of the error occurrence, for its support team
 * @param doc a link to documentation about the error
 * @param bodyExcerpt a short, single-line excerpt of a body that was not a recognised error body
 * @param entityGuid the GUID of the asset the error is about; on a failed bulk save, the GUID (a placeholder
 * such as {@code -1} for a new asset) of the asset that failed
 * @param requestId the request id the server put in its body, when it did
 * @param errorDetailsMap the details Atlan attached, such as the {@code action}, {@code end1} and {@code end2} of
 * a refused relationship
 * @param otherFields the fields of the body that this record has no component for
 */
public record AtlanError(@Nullable String errorCode, @Nullable String errorMessage, List<ErrorCause> causes,
        @Nullable String errorCause, @Nullable String errorId, @Nullable String doc, @Nullable String bodyExcerpt,
        @Nullable String entityGuid, @Nullable String requestId, Map<String, String> errorDetailsMap,
        Map<String, @Nullable Object> otherFields) implements OtherFields {

    /** An error about which Atlan said nothing (an empty body). */
    public static final AtlanError EMPTY = new AtlanError(null, null, List.of(), null, null, null, null);

    /**
     * Copies the collections so the record stays immutable.
     */
    public AtlanError {
        causes = (causes != null) ? List.copyOf(causes) : List.of();
        errorDetailsMap = (errorDetailsMap != null && !errorDetailsMap.isEmpty())
                ? Collections.unmodifiableMap(new LinkedHashMap<>(errorDetailsMap)) : Map.of();
        otherFields = OtherFields.copy(otherFields);
    }

    /**
     * An error without an asset, details or other fields.
     * @param errorCode Atlan's error code
     * @param errorMessage Atlan's message
     * @param causes the causes Atlan listed
     * @param errorCause Atlan's description of the underlying cause
     * @param errorId Atlan's id of the error occurrence
     * @param doc a link to documentation about the error
     * @param bodyExcerpt a short excerpt of a body that was not a recognised error body
     */
    public AtlanError(@Nullable String errorCode, @Nullable String errorMessage, @Nullable List<ErrorCause> causes,
            @Nullable String errorCause, @Nullable String errorId, @Nullable String doc,
            @Nullable String bodyExcerpt) {
        this(errorCode, errorMessage, causes, errorCause, errorId, doc, bodyExcerpt, null, null, null, null);
    }

    /**
     * Returns the most specific one-line description available: code and message, the message, or the excerpt.
     * @return the description, or {@code null} when Atlan said nothing
     */
    public @Nullable String summary() {
        if (this.errorMessage != null) {
            return (this.errorCode != null) ? this.errorCode + " " + this.errorMessage : this.errorMessage;
        }
        if (this.errorCode != null) {
            return this.errorCode;
        }
        return this.bodyExcerpt;
    }

}
