package dev.atlanspring.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.atlanspring.client.retry.RetrySettings;

import org.springframework.util.unit.DataSize;

/**
 * The settings of one Atlan client: the top-level {@code atlan.*} ones (the default tenant) and those of each
 * {@code atlan.tenants.<name>.*}. A tenant inherits every setting it leaves unset from the top level, except the
 * ones that say who it is: base URL, API key and embedded demo Atlan, so that a key is never sent to another tenant.
 */
// Defaults are literals so that the configuration processor shows them; a test keeps them equal to the client's.
public class AtlanClientProperties {

    /**
     * Base URL of the Atlan tenant, such as https://acme.atlan.com. Plain http is accepted only for a loopback host
     * unless allow-insecure-http is set.
     */
    private String baseUrl;

    /**
     * API key (an Atlan API token) sent as a bearer token. Never logged or shown.
     */
    private String apiKey;

    /**
     * Whether a plain http base URL to a host that is not loopback is allowed. The API key then travels in clear
     * text, so allow it only on a network you trust.
     */
    private boolean allowInsecureHttp;

    /**
     * How long to wait for a TCP connection to the tenant, and for a free connection in the pool.
     */
    private Duration connectTimeout = Duration.ofSeconds(30);

    /**
     * How long to wait for response data once a request is sent.
     */
    private Duration readTimeout = Duration.ofSeconds(120);

    /**
     * Largest response body the client buffers. Raise it for search pages of many large assets.
     */
    private DataSize maxResponseSize = DataSize.ofMegabytes(64);

    /**
     * Most connections the tenant's connection pool opens at once.
     */
    private int maxConnections = 50;

    /**
     * How long the tenant's Atlan tag names (display name to hashed name) are cached before they are read again. A
     * name that is not in the cache is looked up at once.
     */
    private Duration tagCacheTtl = Duration.ofMinutes(10);

    private final Retry retry = new Retry();

    private final Search search = new Search();

    private final Embedded embedded = new Embedded();

    private final Health health = new Health();

    public String getBaseUrl() {
        return this.baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiKey() {
        return this.apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public boolean isAllowInsecureHttp() {
        return this.allowInsecureHttp;
    }

    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public Duration getConnectTimeout() {
        return this.connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return this.readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public DataSize getMaxResponseSize() {
        return this.maxResponseSize;
    }

    public void setMaxResponseSize(DataSize maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getMaxConnections() {
        return this.maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Duration getTagCacheTtl() {
        return this.tagCacheTtl;
    }

    public void setTagCacheTtl(Duration tagCacheTtl) {
        this.tagCacheTtl = tagCacheTtl;
    }

    public Search getSearch() {
        return this.search;
    }

    public Retry getRetry() {
        return this.retry;
    }

    public Embedded getEmbedded() {
        return this.embedded;
    }

    public Health getHealth() {
        return this.health;
    }

    /**
     * Forgets the settings that say who the tenant is, so that another tenant can start from the rest.
     */
    void clearIdentity() {
        this.baseUrl = null;
        this.apiKey = null;
        this.embedded.setEnabled(false);
        this.embedded.setPort(0);
    }

    /** Masks the API key. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[baseUrl=" + this.baseUrl + ", apiKey=" + ((this.apiKey != null) ? "(set)" : "(not set)")
                + "]";
    }

    /**
     * How failed calls are retried: exponential backoff with jitter, on connection failures and the listed statuses.
     */
    public static class Retry {

        /**
         * Whether failed calls are retried.
         */
        private boolean enabled = true;

        /**
         * How many retries follow the first attempt (3 means at most 4 attempts); 0 for none.
         */
        private long maxRetries = 3;

        /**
         * Wait before the first retry.
         */
        private Duration delay = Duration.ofMillis(500);

        /**
         * Factor by which the wait grows with each retry; 1 keeps it fixed.
         */
        private double multiplier = 2.0;

        /**
         * Longest wait between retries. A Retry-After longer than this is not waited for: the call fails at once
         * with a RateLimitException.
         */
        private Duration maxDelay = Duration.ofSeconds(10);

        /**
         * Random spread added to or taken from each wait, so that many clients do not retry in step.
         */
        private Duration jitter = Duration.ofMillis(100);

        /**
         * HTTP statuses that are retried, besides connection failures. 403 is among them because Atlan grants
         * permissions asynchronously.
         */
        private Set<Integer> statuses = new LinkedHashSet<>(List.of(403, 429, 500, 502, 503, 504));

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public long getMaxRetries() {
            return this.maxRetries;
        }

        public void setMaxRetries(long maxRetries) {
            this.maxRetries = maxRetries;
        }

        public Duration getDelay() {
            return this.delay;
        }

        public void setDelay(Duration delay) {
            this.delay = delay;
        }

        public double getMultiplier() {
            return this.multiplier;
        }

        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }

        public Duration getMaxDelay() {
            return this.maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        public Duration getJitter() {
            return this.jitter;
        }

        public void setJitter(Duration jitter) {
            this.jitter = jitter;
        }

        public Set<Integer> getStatuses() {
            return this.statuses;
        }

        public void setStatuses(Set<Integer> statuses) {
            this.statuses = statuses;
        }

        RetrySettings toSettings() {
            return new RetrySettings(this.enabled, this.maxRetries, this.delay, this.multiplier, this.maxDelay,
                    this.jitter, this.statuses);
        }

    }

    /**
     * How searches page through their results.
     */
    public static class Search {

        /**
         * How many assets a search asks for in each page unless the search sets its own (1 to 5000).
         */
        private int pageSize = 300;

        public int getPageSize() {
            return this.pageSize;
        }

        public void setPageSize(int pageSize) {
            this.pageSize = pageSize;
        }

    }

    /**
     * The tenant's health check (the actuator's "atlan" health contributor): one request to
     * /api/service/users/current, never retried, its result reused for a while.
     */
    public static class Health {

        /**
         * Longest wait for the health check's one request, connecting included; past it the tenant is DOWN.
         */
        private Duration timeout = Duration.ofSeconds(5);

        /**
         * How long a health check's result is reused, so that frequent probes cost Atlan one request per period.
         * 0 checks on every probe.
         */
        private Duration cacheTtl = Duration.ofSeconds(30);

        public Duration getTimeout() {
            return this.timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public Duration getCacheTtl() {
            return this.cacheTtl;
        }

        public void setCacheTtl(Duration cacheTtl) {
            this.cacheTtl = cacheTtl;
        }

    }

    /**
     * The embedded demo Atlan: an in-memory Atlan on a loopback port, for demos and tests.
     */
    public static class Embedded {

        /**
         * Whether to start an embedded demo Atlan and point this tenant's client at it when no base URL is set.
         */
        private boolean enabled;

        /**
         * Port of the embedded demo Atlan on 127.0.0.1; 0 picks a free one.
         */
        private int port;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getPort() {
            return this.port;
        }

        public void setPort(int port) {
            this.port = port;
        }

    }

}
