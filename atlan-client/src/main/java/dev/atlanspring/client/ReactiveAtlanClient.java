package dev.atlanspring.client;

import java.net.URI;

import dev.atlanspring.client.asset.ReactiveAssetAttributes;
import dev.atlanspring.client.asset.ReactiveAssets;
import dev.atlanspring.client.custommetadata.CustomMetadataNames;
import dev.atlanspring.client.custommetadata.ReactiveCustomMetadata;
import dev.atlanspring.client.glossary.ReactiveGlossaries;
import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.lineage.ReactiveLineage;
import dev.atlanspring.client.typedef.ReactiveTypeDefs;
import dev.atlanspring.client.user.ReactiveUsers;

/**
 * The non-blocking client of one Atlan tenant: every operation returns a {@link reactor.core.publisher.Mono} or
 * {@link reactor.core.publisher.Flux} that does nothing until subscribed to, and fails only with
 * {@link dev.atlanspring.client.error.AtlanException}s. It is the core the blocking {@link AtlanClient} delegates
 * to; get it from {@link AtlanClient#reactive()} or build one with {@link AtlanClient#builder()}. Immutable and
 * thread-safe; {@link #close()} releases the tenant's connection pool.
 */
public final class ReactiveAtlanClient implements AutoCloseable {

    private final AtlanHttp http;

    private final ReactiveAssets assets;

    private final ReactiveAssetAttributes assetAttributes;

    private final ReactiveCustomMetadata customMetadata;

    private final ReactiveGlossaries glossaries;

    private final ReactiveUsers users;

    private final ReactiveTypeDefs typeDefs;

    private final ReactiveLineage lineage;

    ReactiveAtlanClient(AtlanHttp http) {
        this.http = http;
        this.typeDefs = new ReactiveTypeDefs(http, http.settings().tagCacheTtl());
        this.assets = new ReactiveAssets(http, this.typeDefs.tagNames(), http.settings().searchPageSize());
        this.assetAttributes = new ReactiveAssetAttributes(http, this.assets);
        this.customMetadata = new ReactiveCustomMetadata(http, this.assets,
                new CustomMetadataNames(this.typeDefs, http.settings().tenant(), http.settings().tagCacheTtl()));
        this.users = new ReactiveUsers(http);
        this.glossaries = new ReactiveGlossaries(this.assets, this.assetAttributes, http.settings().tenant());
        this.lineage = new ReactiveLineage(http, this.typeDefs.tagNames());
    }

    /**
     * Returns the lineage operations: the processes and assets upstream or downstream of an asset.
     * @return the lineage operations
     */
    public ReactiveLineage lineage() {
        return this.lineage;
    }

    /**
     * Returns the asset operations: get, search, save, update, delete, restore.
     * @return the asset operations
     */
    public ReactiveAssets assets() {
        return this.assets;
    }

    /**
     * Returns the operations on an asset's certificate, announcement, owners, description and terms.
     * @return the asset attribute operations
     */
    public ReactiveAssetAttributes assetAttributes() {
        return this.assetAttributes;
    }

    /**
     * Returns the custom metadata operations, by display name.
     * @return the custom metadata operations
     */
    public ReactiveCustomMetadata customMetadata() {
        return this.customMetadata;
    }

    /**
     * Returns the glossary operations: find glossaries, terms and categories by name, create them, and assign terms
     * to assets.
     * @return the glossary operations
     */
    public ReactiveGlossaries glossaries() {
        return this.glossaries;
    }

    /**
     * Returns the user and group operations.
     * @return the user operations
     */
    public ReactiveUsers users() {
        return this.users;
    }

    /**
     * Returns the type definition operations, and the client's cache of Atlan tag names.
     * @return the typedef operations
     */
    public ReactiveTypeDefs typeDefs() {
        return this.typeDefs;
    }

    /**
     * Returns the name of the tenant this client talks to.
     * @return the tenant's name
     */
    public String tenant() {
        return this.http.settings().tenant();
    }

    /**
     * Returns the tenant's base URL.
     * @return the base URL
     */
    public URI baseUrl() {
        return this.http.settings().baseUrl();
    }

    /**
     * Returns the settings the client runs with; their {@code toString} hides the API key.
     * @return the settings
     */
    public AtlanClientSettings settings() {
        return this.http.settings();
    }

    /**
     * Releases the tenant's connection pool. Calls made afterwards fail.
     */
    @Override
    public void close() {
        this.http.close();
    }

    @Override
    public String toString() {
        return "ReactiveAtlanClient[tenant=" + tenant() + ", baseUrl=" + baseUrl() + "]";
    }

}
