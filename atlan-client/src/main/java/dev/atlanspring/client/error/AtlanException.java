package dev.atlanspring.client.error;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The root of every error the Atlan client raises: a call either returns its result or throws one subclass of
 * this. It carries the HTTP status, what Atlan said, and where it happened; its message is one line that ends
 * with what to do, and never holds an API key, token or Authorization header.
 */
public abstract class AtlanException extends RuntimeException {

    private final String problem;

    private final int status;

    private final AtlanError error;

    private final RequestInfo request;

    /**
     * Creates the exception.
     * @param problem a one-line description of what went wrong
     * @param status the HTTP status, or 0 when no response arrived
     * @param error what Atlan said, or {@link AtlanError#EMPTY}
     * @param request where it happened
     * @param advice what the user should do about it
     * @param cause the underlying failure, or {@code null}
     */
    protected AtlanException(String problem, int status, AtlanError error, RequestInfo request, String advice,
            @Nullable Throwable cause) {
        super(message(problem, status, error, request, advice), cause);
        this.problem = problem;
        this.status = status;
        this.error = error;
        this.request = request;
    }

    private static String message(String problem, int status, AtlanError error, RequestInfo request,
            String advice) {
        StringBuilder message = new StringBuilder(problem).append(" (");
        if (status > 0) {
            message.append("HTTP ").append(status).append(", ");
        }
        // Atlan names the failing asset only here, by GUID or by the placeholder it was sent with; without it a
        // failed bulk save of hundreds of assets does not say which one to fix.
        if (error.entityGuid() != null) {
            message.append("asset ").append(error.entityGuid()).append(", ");
        }
        message.append(request.operation()).append(", tenant ").append(request.tenant());
        if (request.attempts() > 1) {
            message.append(", ").append(request.attempts()).append(" attempts");
        }
        message.append(", request ").append(request.requestId()).append("). ").append(advice);
        return message.toString();
    }

    /**
     * Returns what went wrong, without where or what to do: the start of the message.
     * @return the problem, such as {@code ATLAS-404-00-005 Given instance guid abc is invalid/not found}
     */
    public String getProblem() {
        return this.problem;
    }

    /**
     * Returns the HTTP status Atlan answered with.
     * @return the status, or 0 when no response arrived (a connection failure)
     */
    public int getStatus() {
        return this.status;
    }

    /**
     * Returns Atlan's error code, such as {@code ATLAS-404-00-005}.
     * @return the code, or {@code null} when the body held none
     */
    public @Nullable String getErrorCode() {
        return this.error.errorCode();
    }

    /**
     * Returns Atlan's own message, without the context this exception adds.
     * @return the message, or {@code null} when the body held none
     */
    public @Nullable String getErrorMessage() {
        return this.error.errorMessage();
    }

    /**
     * Returns the GUID of the asset Atlan says the error is about: on a failed bulk save, the asset that failed,
     * by the placeholder GUID it was sent with (such as {@code -1}) when it was new.
     * @return the GUID or placeholder, or {@code null} when Atlan named no asset
     */
    public @Nullable String getEntityGuid() {
        return this.error.entityGuid();
    }

    /**
     * Returns the details Atlan attached to the error, such as the {@code action} and ends of a refused
     * relationship.
     * @return the details, possibly empty
     */
    public Map<String, String> getErrorDetails() {
        return this.error.errorDetailsMap();
    }

    /**
     * Returns the causes Atlan listed.
     * @return the causes, possibly empty
     */
    public List<ErrorCause> getCauses() {
        return this.error.causes();
    }

    /**
     * Returns everything Atlan said about the error.
     * @return the parsed error body
     */
    public AtlanError getError() {
        return this.error;
    }

    /**
     * Returns the operation that failed, as method and URI template.
     * @return the operation, such as {@code GET /api/meta/entity/guid/{guid}}
     */
    public String getOperation() {
        return this.request.operation();
    }

    /**
     * Returns the tenant the call went to.
     * @return the tenant's name
     */
    public String getTenant() {
        return this.request.tenant();
    }

    /**
     * Returns the {@code X-Atlan-Request-Id} of the call, the same on every attempt; give it to Atlan support.
     * @return the request id
     */
    public String getRequestId() {
        return this.request.requestId();
    }

    /**
     * Returns how many attempts were made before giving up, the failing one included.
     * @return the number of attempts
     */
    public int getAttempts() {
        return this.request.attempts();
    }

}
