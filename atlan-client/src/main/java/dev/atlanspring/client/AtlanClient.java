package dev.atlanspring.client;

import java.net.URI;

import dev.atlanspring.client.asset.AssetAttributes;
import dev.atlanspring.client.asset.Assets;
import dev.atlanspring.client.custommetadata.CustomMetadata;
import dev.atlanspring.client.glossary.Glossaries;
import dev.atlanspring.client.lineage.Lineage;
import dev.atlanspring.client.typedef.TypeDefs;
import dev.atlanspring.client.user.Users;

/**
 * The client of one Atlan tenant, blocking the calling thread until Atlan answers. Every operation returns its
 * result or throws one {@link dev.atlanspring.client.error.AtlanException} subclass. It is the blocking face of a
 * {@link ReactiveAtlanClient}, which {@link #reactive()} returns; both share one connection pool.
 * <p>
 * In a Spring Boot application, inject the auto-configured bean. Without Spring Boot, build one:
 * <pre>{@code
 * try (AtlanClient atlan = AtlanClient.builder()
 *         .baseUrl("https://acme.atlan.com")
 *         .apiKey(System.getenv("ATLAN_API_KEY"))
 *         .build()) {
 *     Asset table = atlan.assets().get(guid);
 * }
 * }</pre>
 * Immutable and thread-safe; {@link #close()} releases the tenant's connection pool.
 */
public final class AtlanClient implements AutoCloseable {

    private final ReactiveAtlanClient reactive;

    private final Assets assets;

    private final AssetAttributes assetAttributes;

    private final CustomMetadata customMetadata;

    private final Glossaries glossaries;

    private final Users users;

    private final TypeDefs typeDefs;

    private final Lineage lineage;

    AtlanClient(ReactiveAtlanClient reactive) {
        this.reactive = reactive;
        this.assets = new Assets(reactive.assets());
        this.assetAttributes = new AssetAttributes(reactive.assetAttributes());
        this.customMetadata = new CustomMetadata(reactive.customMetadata());
        this.glossaries = new Glossaries(reactive.glossaries());
        this.users = new Users(reactive.users());
        this.typeDefs = new TypeDefs(reactive.typeDefs());
        this.lineage = new Lineage(reactive.lineage());
    }

    /**
     * Returns the lineage operations: the processes and assets upstream or downstream of an asset. Write lineage
     * by saving a process built with {@link dev.atlanspring.client.lineage.LineageProcess}.
     * @return the lineage operations
     */
    public Lineage lineage() {
        return this.lineage;
    }

    /**
     * Starts building a client.
     * @return a builder
     */
    public static AtlanClientBuilder builder() {
        return new AtlanClientBuilder();
    }

    /**
     * Returns the non-blocking face of this client, sharing its connection pool and settings.
     * @return the reactive client
     */
    public ReactiveAtlanClient reactive() {
        return this.reactive;
    }

    /**
     * Returns the asset operations: get, search, save, batch, update, delete, restore.
     * @return the asset operations
     */
    public Assets assets() {
        return this.assets;
    }

    /**
     * Returns the operations on an asset's certificate, announcement, owners, description and terms, each
     * changing only those attributes.
     * @return the asset attribute operations
     */
    public AssetAttributes assetAttributes() {
        return this.assetAttributes;
    }

    /**
     * Returns the custom metadata operations, by display name: read typed values, update, replace or remove a set.
     * @return the custom metadata operations
     */
    public CustomMetadata customMetadata() {
        return this.customMetadata;
    }

    /**
     * Returns the glossary operations: find glossaries, terms and categories by name, create them, and assign terms
     * to assets.
     * @return the glossary operations
     */
    public Glossaries glossaries() {
        return this.glossaries;
    }

    /**
     * Returns the user and group operations.
     * @return the user operations
     */
    public Users users() {
        return this.users;
    }

    /**
     * Returns the type definition operations: list by category, get by name, create.
     * @return the typedef operations
     */
    public TypeDefs typeDefs() {
        return this.typeDefs;
    }

    /**
     * Returns the name of the tenant this client talks to.
     * @return the tenant's name
     */
    public String tenant() {
        return this.reactive.tenant();
    }

    /**
     * Returns the tenant's base URL.
     * @return the base URL
     */
    public URI baseUrl() {
        return this.reactive.baseUrl();
    }

    /**
     * Returns the settings the client runs with; their {@code toString} hides the API key.
     * @return the settings
     */
    public AtlanClientSettings settings() {
        return this.reactive.settings();
    }

    /**
     * Releases the tenant's connection pool. Calls made afterwards fail.
     */
    @Override
    public void close() {
        this.reactive.close();
    }

    @Override
    public String toString() {
        return "AtlanClient[tenant=" + tenant() + ", baseUrl=" + baseUrl() + "]";
    }

}
