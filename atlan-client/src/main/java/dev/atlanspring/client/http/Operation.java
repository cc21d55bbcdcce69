package dev.atlanspring.client.http;

import java.util.Objects;

import org.springframework.http.HttpMethod;

/**
 * One kind of call to Atlan: a name for metrics and logs, the HTTP method, the URI template (so that metrics stay
 * low-cardinality whatever GUIDs are asked for), and whether it is safe to repeat after the request may have
 * reached the server.
 *
 * @param name a stable dotted name, such as {@code assets.get}
 * @param method the HTTP method
 * @param uriTemplate the path below the base URL, with {@code {variables}}, such as
 * {@code /api/meta/entity/guid/{guid}}; a path only, with plain {@code {name}} variables (query parameters are
 * given per request)
 * @param idempotent whether repeating the call has the same effect as making it once
 */
public record Operation(String name, HttpMethod method, String uriTemplate, boolean idempotent) {

    /**
     * Checks the parts.
     */
    public Operation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uriTemplate, "uriTemplate");
        if (!uriTemplate.startsWith("/")) {
            throw new IllegalArgumentException("uriTemplate must start with '/': " + uriTemplate);
        }
        RequestUris.check(uriTemplate);
    }

    /**
     * Returns the method and URI template, such as {@code GET /api/meta/entity/guid/{guid}}.
     * @return a description for messages
     */
    @Override
    public String toString() {
        return this.method.name() + " " + this.uriTemplate;
    }

}
