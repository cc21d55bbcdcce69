package dev.atlanspring.client.http;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.atlanspring.client.Secret;
import dev.atlanspring.client.error.RedactedException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.codec.CodecException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Removes credentials from text that leaves the client as a log line or an exception message: the client's own
 * secrets wherever they appear, and anything that looks like a bearer token, Basic credentials or an API key
 * field, in case a server or proxy echoes a header back.
 */
public final class Redactor implements UnaryOperator<String> {

    /** What a removed credential is replaced with. */
    public static final String MASK = "******";

    private static final Pattern AUTH_SCHEME = Pattern
        .compile("(?i)\\b(bearer|basic)(\\s+)[A-Za-z0-9._~+/=-]{4,}");

    private static final Pattern SECRET_FIELD = Pattern.compile(
            "(?i)(\"?(?:api[_-]?key|access[_-]?token|client[_-]?secret|password|authorization)\"?\\s*[:=]\\s*\"?)"
                    + "([^\"\\s,}&]{2,})");

    private final Supplier<? extends Collection<Secret>> secrets;

    /**
     * Creates a redactor.
     * @param secrets the credentials to remove wherever they appear
     */
    public Redactor(List<Secret> secrets) {
        List<Secret> copy = List.copyOf(secrets);
        this.secrets = () -> copy;
    }

    /**
     * Creates a redactor of credentials that change, such as OAuth access tokens.
     * @param secrets gives the credentials to remove at the time text is redacted
     */
    public Redactor(Supplier<? extends Collection<Secret>> secrets) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /**
     * Returns the text with every credential replaced by {@link #MASK}.
     * @param text the text, possibly {@code null}
     * @return the redacted text, or {@code null} for {@code null}
     */
    @Override
    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Secret secret : this.secrets.get()) {
            String value = secret.reveal();
            if (value.length() >= 4) {
                result = result.replace(value, MASK);
            }
        }
        result = AUTH_SCHEME.matcher(result).replaceAll("$1$2" + Matcher.quoteReplacement(MASK));
        result = SECRET_FIELD.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        return result;
    }

    /**
     * Returns an exception chain safe to keep as the cause of one the client throws: the failure itself when no
     * exception in its chain (causes and suppressed ones included) quotes text that must not be shown, or else a
     * copy of the chain made of {@link RedactedException}s. A JSON parser's message is never kept, since it quotes
     * the response (or request) text it read, possibly cut in the middle of a credential that redaction would then
     * not recognise; it is replaced by where the text went wrong.
     * @param failure the failure, possibly {@code null}
     * @return the failure, a redacted copy of it, or {@code null} for {@code null}
     */
    public @Nullable Throwable cause(@Nullable Throwable failure) {
        if (failure == null || isClean(failure, Collections.newSetFromMap(new IdentityHashMap<>()))) {
            return failure;
        }
        return copy(failure, new IdentityHashMap<>());
    }

    private boolean isClean(Throwable failure, Set<Throwable> seen) {
        if (!seen.add(failure)) {
            return true;
        }
        if (quotesText(failure)) {
            return false;
        }
        String message = failure.getMessage();
        if (message != null && !message.equals(apply(message))) {
            return false;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (!isClean(suppressed, seen)) {
                return false;
            }
        }
        return failure.getCause() == null || isClean(failure.getCause(), seen);
    }

    /** Parsers and codecs quote the text they read; Spring's codec exceptions wrap (and repeat) Jackson's. */
    private static boolean quotesText(Throwable failure) {
        return failure instanceof JacksonException || failure instanceof CodecException;
    }

    private Throwable copy(Throwable failure, Map<Throwable, Throwable> copies) {
        Throwable done = copies.get(failure);
        if (done != null) {
            return done;
        }
        Throwable cause = failure.getCause();
        RedactedException copy = new RedactedException(failure.getClass().getName(), safeMessage(failure),
                (cause != null && cause != failure) ? copy(cause, copies) : null);
        copies.put(failure, copy);
        copy.setStackTrace(failure.getStackTrace());
        for (Throwable suppressed : failure.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, copies));
        }
        return copy;
    }

    private @Nullable String safeMessage(Throwable failure) {
        if (failure instanceof JacksonException json) {
            TokenStreamLocation location = json.getLocation();
            return "The JSON could not be read" + ((location != null && location.getLineNr() > 0)
                    ? " at line " + location.getLineNr() + ", column " + location.getColumnNr() : "")
                    + "; the text it quoted is not shown";
        }
        if (failure instanceof CodecException) {
            return "The body could not be encoded or decoded; the text it quoted is not shown";
        }
        return apply(failure.getMessage());
    }

    @Override
    public String toString() {
        return "Redactor[" + Objects.toString(this.secrets.get().size()) + " secrets]";
    }

}
