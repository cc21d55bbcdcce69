package dev.atlanspring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.atlanspring.client.ratelimit.RateLimitSettings;
import dev.atlanspring.client.retry.RetrySettings;

import org.springframework.util.unit.DataSize;

/**
 * The settings of one Atlan client: the top-level {@code atlan.*} ones (the default tenant) and those of each
 * {@code atlan.tenants.<name>.*}. A tenant inherits every setting it leaves unset from the top level, except the
 * ones that say who it is: base URL, API key, OAuth client credentials and embedded demo Atlan, so that a credential is
 * never sent to another tenant.
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
     * How long to wait for response data once a request is sent. An idle timeout: each byte that arrives restarts it.
     */
    private Duration readTimeout = Duration.ofSeconds(120);

    /**
     * Longest one attempt may take, from sending the request to the answer's last byte; a late attempt is retried.
     */
    private Duration attemptTimeout = Duration.ofMinutes(3);

    /**
     * Longest a whole call may take, every retry and wait included; a late call fails and is not retried.
     */
    private Duration callTimeout = Duration.ofMinutes(10);

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

    private final RateLimit rateLimit = new RateLimit();

    private final Search search = new Search();

    private final Embedded embedded = new Embedded();

    private final Health health = new Health();

    private final Proxy proxy = new Proxy();

    private final Ssl ssl = new Ssl();

    private final OAuth oauth = new OAuth();

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

    public Duration getAttemptTimeout() {
        return this.attemptTimeout;
    }

    public void setAttemptTimeout(Duration attemptTimeout) {
        this.attemptTimeout = attemptTimeout;
    }

    public Duration getCallTimeout() {
        return this.callTimeout;
    }

    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
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

    public RateLimit getRateLimit() {
        return this.rateLimit;
    }

    public Embedded getEmbedded() {
        return this.embedded;
    }

    public Health getHealth() {
        return this.health;
    }

    public Proxy getProxy() {
        return this.proxy;
    }

    public Ssl getSsl() {
        return this.ssl;
    }

    public OAuth getOauth() {
        return this.oauth;
    }

    /**
     * Forgets the settings that say who the tenant is, so that another tenant can start from the rest.
     */
    void clearIdentity() {
        this.baseUrl = null;
        this.apiKey = null;
        this.oauth.setClientId(null);
        this.oauth.setClientSecret(null);
        this.embedded.setEnabled(false);
        this.embedded.setPort(0);
        this.embedded.setRateLimited(false);
    }

    /** Masks the API key and the OAuth client secret; leaves out the proxy URL, which may hold a password. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[baseUrl=" + this.baseUrl + ", apiKey=" + ((this.apiKey != null) ? "(set)" : "(not set)")
                + ", oauthClientId=" + this.oauth.getClientId() + ", oauthClientSecret="
                + ((this.oauth.getClientSecret() != null) ? "(set)" : "(not set)") + "]";
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
     * The request rates the client paces itself to, per endpoint family, so that calls wait before they are sent
     * instead of failing with 429. The defaults are the limits of Atlan's nginx; a 429 still slows the family down.
     */
    public static class RateLimit {

        /**
         * Whether calls are paced to the rates below. Off sends every call at once and only retries a 429.
         */
        private boolean enabled = true;

        /**
         * Rate and burst of index searches (/api/meta/search/indexsearch), every page of a search included.
         */
        private final Limit indexSearch = Limit.of(500, 100);

        /**
         * Rate and burst of bulk entity requests (/api/meta/entity/bulk): asset saves, batches and deletes.
         */
        private final Limit bulk = Limit.of(1000, 100);

        /**
         * Rate and burst of every other request under /api/meta and /api/atlas.
         */
        private final Limit other = Limit.of(500, 20);

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Limit getIndexSearch() {
            return this.indexSearch;
        }

        public Limit getBulk() {
            return this.bulk;
        }

        public Limit getOther() {
            return this.other;
        }

        RateLimitSettings toSettings() {
            return new RateLimitSettings(this.enabled, this.indexSearch.toLimit(), this.bulk.toLimit(),
                    this.other.toLimit());
        }

        /**
         * One endpoint family's limit, as Atlan's nginx writes it (rate=500r/m burst=20).
         */
        public static class Limit {

            /**
             * Requests a minute the family is paced to; fractions are allowed.
             */
            private double requestsPerMinute;

            /**
             * Requests beyond the rate Atlan lets through at once; the client sends at most half of them at once.
             */
            private int burst;

            static Limit of(double requestsPerMinute, int burst) {
                Limit limit = new Limit();
                limit.setRequestsPerMinute(requestsPerMinute);
                limit.setBurst(burst);
                return limit;
            }

            public double getRequestsPerMinute() {
                return this.requestsPerMinute;
            }

            public void setRequestsPerMinute(double requestsPerMinute) {
                this.requestsPerMinute = requestsPerMinute;
            }

            public int getBurst() {
                return this.burst;
            }

            public void setBurst(int burst) {
                this.burst = burst;
            }

            RateLimitSettings.Limit toLimit() {
                return new RateLimitSettings.Limit(this.requestsPerMinute, this.burst);
            }

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

        /**
         * Whether the embedded demo Atlan enforces the rate limits of Atlan's nginx (index search 500 a minute, bulk
         * 1000 a minute, the rest 500 a minute; bursts of 100, 100 and 20), answering 429 past them.
         */
        private boolean rateLimited;

        public boolean isRateLimited() {
            return this.rateLimited;
        }

        public void setRateLimited(boolean rateLimited) {
            this.rateLimited = rateLimited;
        }

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

    /**
     * The proxy requests to the tenant go through. Without a URL here, the HTTPS_PROXY-style environment variables
     * apply as curl reads them, unless use-environment is false.
     */
    public static class Proxy {

        /**
         * URL of the proxy every request to the tenant goes through: http://host:port or socks5://host:port, with
         * user:password@ (percent-encoded) before the host when the proxy asks for credentials. Overrides the
         * HTTPS_PROXY, HTTP_PROXY and ALL_PROXY environment variables. The password is never logged or shown.
         */
        private String url;

        /**
         * Hosts reached directly, bypassing the proxy, as in NO_PROXY: "*" for all, "example.com" or ".example.com"
         * for it and its subdomains, an IP address or CIDR block, each with an optional ":port". Overrides NO_PROXY.
         */
        private List<String> nonProxyHosts = new ArrayList<>();

        /**
         * Whether the https_proxy, http_proxy, all_proxy and no_proxy environment variables (or their upper-case
         * forms) apply to what is not set here.
         */
        private boolean useEnvironment = true;

        public String getUrl() {
            return this.url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public List<String> getNonProxyHosts() {
            return this.nonProxyHosts;
        }

        public void setNonProxyHosts(List<String> nonProxyHosts) {
            this.nonProxyHosts = nonProxyHosts;
        }

        public boolean isUseEnvironment() {
            return this.useEnvironment;
        }

        public void setUseEnvironment(boolean useEnvironment) {
            this.useEnvironment = useEnvironment;
        }

    }

    /**
     * The TLS trust and client certificate used to connect to the tenant.
     */
    public static class Ssl {

        /**
         * Name of the Spring Boot SSL bundle (spring.ssl.bundle.*) to connect with: its trust material verifies the
         * tenant's certificate (add a private CA, or a TLS-inspecting proxy's CA, there) and its key, if any, is
         * presented as the client certificate. The JVM's default trust applies when unset.
         */
        private String bundle;

        public String getBundle() {
            return this.bundle;
        }

        public void setBundle(String bundle) {
            this.bundle = bundle;
        }

    }

    /**
     * OAuth client credentials, exchanged for short-lived access tokens instead of sending an API key.
     */
    public static class OAuth {

        /**
         * Id of the Atlan OAuth client whose credentials are exchanged for access tokens. Set it with the client
         * secret instead of an API key.
         */
        private String clientId;

        /**
         * Secret of the Atlan OAuth client. Never logged or shown.
         */
        private String clientSecret;

        public String getClientId() {
            return this.clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public String getClientSecret() {
            return this.clientSecret;
        }

        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }

    }

}
