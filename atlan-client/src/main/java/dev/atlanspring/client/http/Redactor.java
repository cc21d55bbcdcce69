package dev.atlanspring.client.http;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.atlanspring.client.Secret;

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

    @Override
    public String toString() {
        return "Redactor[" + Objects.toString(this.secrets.get().size()) + " secrets]";
    }

}
