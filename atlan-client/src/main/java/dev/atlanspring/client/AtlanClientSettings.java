package dev.atlanspring.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.atlanspring.client.proxy.NonProxyHosts;
import dev.atlanspring.client.proxy.ProxySettings;
import dev.atlanspring.client.ratelimit.RateLimitSettings;
import dev.atlanspring.client.retry.RetrySettings;
import io.netty.handler.ssl.SslContext;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * The checked settings one {@link AtlanClient} runs with. Build it through {@link AtlanClient#builder()}, which
 * validates every value; {@link #toString()} never shows the API key, the OAuth client secret or the proxy password.
 *
 * @param tenant the tenant's name, used in metrics, logs and exception messages
 * @param baseUrl the tenant's base URL, absolute, without a trailing slash
 * @param apiKey the API key, sent as a bearer token; {@code null} when OAuth client credentials are used instead
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for response data once a request is sent (an idle timeout: each byte that
 * arrives starts it again)
 * @param attemptTimeout the longest one attempt may take, from sending the request to the last byte of the answer;
 * past it the attempt fails and may be retried
 * @param callTimeout the longest a whole call may take, its retries and their waits included; past it the call fails
 * and is not retried
 * @param maxResponseSize the largest response body the client buffers
 * @param maxConnections the most connections the tenant's pool opens at once
 * @param retry how failed calls are retried
 * @param tagCacheTtl how long the tenant's Atlan tag names are cached before they are read again (a name not in
 * the cache is looked up at once, whatever its age)
 * @param searchPageSize how many assets a search asks for in each page unless the search sets its own
 * @param proxy the proxy requests go through (set explicitly or by the environment), or {@code null} for none
 * @param nonProxyHosts the hosts reached directly even when a proxy is set
 * @param sslContext the TLS trust and client certificate to connect with, or {@code null} for the JVM's default
 * trust
 * @param oauth the OAuth client credentials exchanged for access tokens, or {@code null} when the API key is used
 * @param rateLimit the request rates the client paces itself to, per endpoint family
 */
public record AtlanClientSettings(String tenant, URI baseUrl, @Nullable Secret apiKey, Duration connectTimeout,
        Duration readTimeout, Duration attemptTimeout, Duration callTimeout, DataSize maxResponseSize, int maxConnections, RetrySettings retry,
        Duration tagCacheTtl, int searchPageSize, @Nullable ProxySettings proxy, NonProxyHosts nonProxyHosts,
        @Nullable SslContext sslContext, @Nullable OAuthClientCredentials oauth, RateLimitSettings rateLimit) {

    /** The tenant name used when none is given. */
    public static final String DEFAULT_TENANT = "default";

    /** Default time to wait for a TCP connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    /** Default time to wait for response data. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(120);

    /** Default deadline of one attempt: past the read timeout, so that a slow first byte is still waited for. */
    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofMinutes(3);

    /** Default deadline of a whole call: room for a few slow attempts and the waits between them. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(10);

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
        if ((apiKey == null) == (oauth == null)) {
            throw new IllegalArgumentException("exactly one of apiKey and oauth must be set");
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(maxResponseSize, "maxResponseSize");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(tagCacheTtl, "tagCacheTtl");
        Objects.requireNonNull(nonProxyHosts, "nonProxyHosts");
        Objects.requireNonNull(rateLimit, "rateLimit");
    }

    /**
     * Returns every secret these settings hold (the API key, the OAuth client secret, the proxy password), so that
     * whatever shows text from a response or a failure can mask them.
     * @return the secrets that are set
     */
    public List<Secret> secrets() {
        List<Secret> secrets = new ArrayList<>(3);
        if (this.apiKey != null) {
            secrets.add(this.apiKey);
        }
        if (this.oauth != null) {
            secrets.add(this.oauth.clientSecret());
        }
        if (this.proxy != null && this.proxy.password() != null) {
            secrets.add(this.proxy.password());
        }
        return secrets;
    }

    /**
     * Returns the proxy that requests to the base URL go through: the {@link #proxy() proxy}, unless the base URL's
     * host is among the {@link #nonProxyHosts() non-proxy hosts}.
     * @return the proxy, or {@code null} when requests go directly
     */
    public @Nullable ProxySettings effectiveProxy() {
        if (this.proxy == null) {
            return null;
        }
        int port = (this.baseUrl.getPort() > 0) ? this.baseUrl.getPort()
                : "https".equals(this.baseUrl.getScheme()) ? 443 : 80;
        return this.nonProxyHosts.matches(this.baseUrl.getHost(), port) ? null : this.proxy;
    }

    @Override
    public String toString() {
        return "AtlanClientSettings[tenant=" + this.tenant + ", baseUrl=" + this.baseUrl + ", apiKey=" + this.apiKey
                + ", connectTimeout=" + this.connectTimeout + ", readTimeout=" + this.readTimeout
                + ", attemptTimeout=" + this.attemptTimeout + ", callTimeout=" + this.callTimeout
                + ", maxResponseSize=" + this.maxResponseSize + ", maxConnections=" + this.maxConnections + ", retry="
                + this.retry + ", tagCacheTtl=" + this.tagCacheTtl + ", searchPageSize=" + this.searchPageSize
                + ", proxy=" + ((this.proxy != null) ? this.proxy.url() : "none") + ", nonProxyHosts="
                + this.nonProxyHosts.entries() + ", sslContext=" + ((this.sslContext != null) ? "custom" : "default")
                + ", oauth=" + this.oauth + ", rateLimit=" + this.rateLimit + "]";
    }

}
