package dev.atlanspring.client.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One logical call: the operation, the values of its URI template variables, its query parameters and its body.
 * Query values are always strictly encoded, so a qualified name holding {@code /}, {@code @} or {@code +} arrives
 * intact.
 */
public final class AtlanRequest {

    private final Operation operation;

    private final Map<String, Object> uriVariables;

    private final Map<String, List<String>> queryParameters;

    private final @Nullable Object body;

    private AtlanRequest(Builder builder) {
        this.operation = builder.operation;
        this.uriVariables = Collections.unmodifiableMap(new LinkedHashMap<>(builder.uriVariables));
        Map<String, List<String>> query = new LinkedHashMap<>();
        builder.queryParameters.forEach((name, values) -> query.put(name, List.copyOf(values)));
        this.queryParameters = Collections.unmodifiableMap(query);
        this.body = builder.body;
    }

    /**
     * Starts a request for an operation.
     * @param operation what to call
     * @return a builder
     */
    public static Builder to(Operation operation) {
        return new Builder(operation);
    }

    /**
     * Returns the operation.
     * @return the operation
     */
    public Operation operation() {
        return this.operation;
    }

    /**
     * Returns the values of the URI template's variables.
     * @return the variables by name
     */
    public Map<String, Object> uriVariables() {
        return this.uriVariables;
    }

    /**
     * Returns the query parameters, in the order they were added.
     * @return the parameters by name
     */
    public Map<String, List<String>> queryParameters() {
        return this.queryParameters;
    }

    /**
     * Returns the body to send as JSON.
     * @return the body, or {@code null} for none
     */
    public @Nullable Object body() {
        return this.body;
    }

    /** Builds an {@link AtlanRequest}. */
    public static final class Builder {

        private final Operation operation;

        private final Map<String, Object> uriVariables = new LinkedHashMap<>();

        private final Map<String, List<String>> queryParameters = new LinkedHashMap<>();

        private @Nullable Object body;

        private Builder(Operation operation) {
            this.operation = Objects.requireNonNull(operation, "operation");
        }

        /**
         * Sets a URI template variable.
         * @param name the variable's name in the template
         * @param value its value, encoded when the URI is built
         * @return this builder
         */
        public Builder uriVariable(String name, Object value) {
            this.uriVariables.put(name, Objects.requireNonNull(value, name));
            return this;
        }

        /**
         * Adds values to a query parameter.
         * @param name the parameter's name
         * @param values the values, each sent as its own {@code name=value}
         * @return this builder
         */
        public Builder query(String name, Object... values) {
            List<String> list = this.queryParameters.computeIfAbsent(name, (key) -> new ArrayList<>());
            for (Object value : values) {
                list.add(String.valueOf(Objects.requireNonNull(value, name)));
            }
            return this;
        }

        /**
         * Sets the body, written as JSON.
         * @param body the body
         * @return this builder
         */
        public Builder body(Object body) {
            this.body = body;
            return this;
        }

        /**
         * Builds the request.
         * @return the request
         */
        public AtlanRequest build() {
            return new AtlanRequest(this);
        }

    }

}
