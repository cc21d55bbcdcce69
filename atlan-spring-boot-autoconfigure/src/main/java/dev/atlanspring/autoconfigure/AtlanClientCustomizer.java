package dev.atlanspring.autoconfigure;

import dev.atlanspring.client.AtlanClientBuilder;

/**
 * Adjusts the builder of an auto-configured {@link dev.atlanspring.client.AtlanClient} before it is built.
 * Every such bean is applied, in {@link org.springframework.core.annotation.Order order}, after the properties.
 */
@FunctionalInterface
public interface AtlanClientCustomizer {

    /**
     * Adjusts a tenant's builder.
     * @param tenant the tenant's name ({@code default} for the top-level settings)
     * @param builder the builder, with the properties already applied
     */
    void customize(String tenant, AtlanClientBuilder builder);

}
