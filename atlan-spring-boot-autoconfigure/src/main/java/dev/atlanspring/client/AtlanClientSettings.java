package dev.atlanspring.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

import dev.atlanspring.client.retry.RetrySettings;
import org.springframework.util.unit.DataSize;

/**
 * The checked settings one {@link AtlanClient} runs with. Build it through {@link AtlanClient#builder()}, which
 * validates every value; {@link #toString()} never shows the API key.
 *
 * @param tenant the tenant's name, used in metrics, logs and exception messages
 * @param baseUrl the tenant's base URL, absolute, without a trailing slash
 * @param apiKey the API key, sent as a bearer token
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for response data once a request is sent
 * @param maxResponseSize the largest response body the client buffers
 * @param maxConnections the most connections the tenant's pool opens at once
 * @param retry how failed calls are retried
 * @param tagCacheTtl how long the tenant's Atlan tag names are cached before they are read again (a name not in
 * the cache is looked up at once, whatever its age)
 * @param searchPageSize how many assets a search asks for in each page unless the search sets its own
 */
public record AtlanClientSettings(String tenant, URI baseUrl, Secret apiKey, Duration connectTimeout,
        Duration readTimeout, DataSize maxResponseSize, int maxConnections, RetrySettings retry,
        Duration tagCacheTtl, int searchPageSize) {

    /** The tenant name used when none is given. */
    public static final String DEFAULT_TENANT = "default";

    /** Default time to wait for a TCP connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    /** Default time to wait for response data. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(120);

    /** Default response size limit: room for a search page of 1,000 assets with many attributes. */
    public static final DataSize DEFAULT_MAX_RESPONSE_SIZE = DataSize.ofMegabytes(64);

    /** Default size of a tenant's connection pool. */
    public static final int DEFAULT_MAX_CONNECTIONS = 50;

    /** Default time the Atlan tag names are cached: tags change rarely, and a miss reads them again anyway. */
    public static final Duration DEFAULT_TAG_CACHE_TTL = Duration.ofMinutes(10);

    /** Default search page size, the one Atlan's own SDKs use. */
    public static final int DEFAULT_SEARCH_PAGE_SIZE = 300;

    /** The largest search page size: a page of this many assets still fits the default response size limit. */
    public static final int MAX_SEARCH_PAGE_SIZE = 5_000;

    /**
     * Checks that the settings are complete; the builder has already validated each value.
     */
    public AtlanClientSettings {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(maxResponseSize, "maxResponseSize");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(tagCacheTtl, "tagCacheTtl");
    }

    @Override
    public String toString() {
        return "AtlanClientSettings[tenant=" + this.tenant + ", baseUrl=" + this.baseUrl + ", apiKey=" + this.apiKey
                + ", connectTimeout=" + this.connectTimeout + ", readTimeout=" + this.readTimeout
                + ", maxResponseSize=" + this.maxResponseSize + ", maxConnections=" + this.maxConnections + ", retry="
                + this.retry + ", tagCacheTtl=" + this.tagCacheTtl + ", searchPageSize=" + this.searchPageSize + "]";
    }

}
