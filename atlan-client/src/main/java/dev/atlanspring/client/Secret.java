package dev.atlanspring.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential (an API key or an access token) that never shows itself: {@link #toString()} prints a mask,
 * so a secret that reaches a log line, an exception message or a debugger view by accident stays hidden.
 * The value is read only where a request is about to leave, through {@link #reveal()}.
 */
public final class Secret {

    private static final String MASK = "******";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a credential.
     * @param value the credential; not {@code null}
     * @return the secret
     */
    public static Secret of(String value) {
        return new Secret(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns the credential itself. Call it only to put the credential on the wire.
     * @return the credential
     */
    public String reveal() {
        return this.value;
    }

    /**
     * Tells whether the credential is empty or only whitespace.
     * @return {@code true} when there is nothing usable
     */
    public boolean isBlank() {
        return this.value.isBlank();
    }

    @Override
    public boolean equals(Object other) {
        // Constant time, so that comparing a guess reveals nothing through timing.
        return other instanceof Secret secret && MessageDigest.isEqual(this.value.getBytes(StandardCharsets.UTF_8),
                secret.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return Secret.class.hashCode();
    }

    /** Returns a mask, never the credential. */
    @Override
    public String toString() {
        return MASK;
    }

}
