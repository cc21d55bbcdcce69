package dev.atlanspring.client.error;

/**
 * Stands in for an exception whose message quoted text the client may not show: a JSON parser quoting the
 * response it choked on, say, which may echo a credential. It keeps the original's class name, its stack trace,
 * and its causes and suppressed exceptions (each redacted the same way), with a message that was redacted or, for a
 * parser, only says where the text went wrong.
 */
public final class RedactedException extends RuntimeException {

    private final String originalClassName;

    /**
     * Creates the stand-in.
     * @param originalClassName the class name of the exception it stands in for
     * @param message the redacted message, or {@code null}
     * @param cause the redacted cause, or {@code null}
     */
    public RedactedException(String originalClassName, String message, Throwable cause) {
        super(message, cause);
        this.originalClassName = originalClassName;
    }

    /**
     * Returns the class name of the exception this one stands in for.
     * @return the class name, such as {@code tools.jackson.core.exc.StreamReadException}
     */
    public String getOriginalClassName() {
        return this.originalClassName;
    }

    /** Reads like the original in a stack trace, marked so that nobody looks for the text that was left out. */
    @Override
    public String toString() {
        String message = getMessage();
        return this.originalClassName + " (redacted)" + ((message != null) ? ": " + message : "");
    }

}
