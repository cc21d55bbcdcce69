package dev.atlanspring.client.error;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What Atlan said about a failed call, read from its error body in whichever shape the answering service used
 * ({@code errorCode}/{@code errorMessage}, {@code code}/{@code message} or {@code status}/{@code error}). When the
 * body was not JSON (an HTML page from a proxy, or nothing at all), only {@link #bodyExcerpt()} is set.
 *
 * @param errorCode Atlan's error code, such as {@code ATLAS-404-00-005}
 * @param errorMessage Atlan's message
 * @param causes the causes Atlan listed
 * @param errorCause Atlan's description of the underlying cause
 * @param errorId Atlan's id of the error occurrence, for its support team
 * @param doc a link to documentation about the error
 * @param bodyExcerpt a short, single-line excerpt of a body that was not a recognised error body
 */
public record AtlanError(@Nullable String errorCode, @Nullable String errorMessage, List<ErrorCause> causes,
        @Nullable String errorCause, @Nullable String errorId, @Nullable String doc, @Nullable String bodyExcerpt) {

    /** An error about which Atlan said nothing (an empty body). */
    public static final AtlanError EMPTY = new AtlanError(null, null, List.of(), null, null, null, null);

    /**
     * Copies the causes so the record stays immutable.
     */
    public AtlanError {
        causes = (causes != null) ? List.copyOf(causes) : List.of();
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
