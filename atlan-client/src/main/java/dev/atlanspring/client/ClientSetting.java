package dev.atlanspring.client;

import java.util.Locale;

/**
 * The settings of an {@link AtlanClient}, named so that a configuration error can point at the one that is
 * wrong. Each knows the name it has below a tenant's {@code atlan.*} prefix in Spring Boot.
 */
public enum ClientSetting {

    /** The tenant's name, used in bean names, metrics and messages. */
    TENANT("tenant"),
    /** The tenant's base URL, such as {@code https://acme.atlan.com}. */
    BASE_URL("base-url"),
    /** The API key sent as a bearer token. */
    API_KEY("api-key"),
    /** How long to wait for a TCP connection. */
    CONNECT_TIMEOUT("connect-timeout"),
    /** How long to wait for response data once a request is sent. */
    READ_TIMEOUT("read-timeout"),
    /** The longest one attempt may take, its whole answer included. */
    ATTEMPT_TIMEOUT("attempt-timeout"),
    /** The longest a whole call may take, its retries included. */
    CALL_TIMEOUT("call-timeout"),
    /** The largest response body the client buffers. */
    MAX_RESPONSE_SIZE("max-response-size"),
    /** The most connections the tenant's pool opens at once. */
    MAX_CONNECTIONS("max-connections"),
    /** How many times a failed call is retried. */
    RETRY_MAX_RETRIES("retry.max-retries"),
    /** The wait before the first retry. */
    RETRY_DELAY("retry.delay"),
    /** How much the wait grows with each retry. */
    RETRY_MULTIPLIER("retry.multiplier"),
    /** The longest wait between retries, and the longest {@code Retry-After} the client waits for. */
    RETRY_MAX_DELAY("retry.max-delay"),
    /** The random spread around each wait. */
    RETRY_JITTER("retry.jitter"),
    /** The HTTP statuses that are retried. */
    RETRY_STATUSES("retry.statuses"),
    /** How long the tenant's Atlan tag names are cached before they are read again. */
    TAG_CACHE_TTL("tag-cache-ttl"),
    /** How many assets a search asks for in each page unless the search sets its own. */
    SEARCH_PAGE_SIZE("search.page-size"),
    /** The proxy every request goes through, such as {@code http://user:password@proxy.corp:3128}. */
    PROXY_URL("proxy.url"),
    /** The hosts reached directly, bypassing the proxy. */
    PROXY_NON_PROXY_HOSTS("proxy.non-proxy-hosts"),
    /** Whether the {@code HTTPS_PROXY}-style environment variables apply when no proxy is set. */
    PROXY_USE_ENVIRONMENT("proxy.use-environment"),
    /** The TLS trust (and client certificate) used to connect, named as a Spring Boot SSL bundle. */
    SSL_BUNDLE("ssl.bundle"),
    /** The id of the OAuth client whose credentials are exchanged for access tokens. */
    OAUTH_CLIENT_ID("oauth.client-id"),
    /** The secret of the OAuth client. */
    OAUTH_CLIENT_SECRET("oauth.client-secret"),
    /** The rate of index searches the client paces itself to. */
    RATE_LIMIT_INDEX_SEARCH_REQUESTS_PER_MINUTE("rate-limit.index-search.requests-per-minute"),
    /** How many index searches the client sends at once after a quiet spell. */
    RATE_LIMIT_INDEX_SEARCH_BURST("rate-limit.index-search.burst"),
    /** The rate of bulk entity requests the client paces itself to. */
    RATE_LIMIT_BULK_REQUESTS_PER_MINUTE("rate-limit.bulk.requests-per-minute"),
    /** How many bulk entity requests the client sends at once after a quiet spell. */
    RATE_LIMIT_BULK_BURST("rate-limit.bulk.burst"),
    /** The rate of the other metadata requests the client paces itself to. */
    RATE_LIMIT_OTHER_REQUESTS_PER_MINUTE("rate-limit.other.requests-per-minute"),
    /** How many other metadata requests the client sends at once after a quiet spell. */
    RATE_LIMIT_OTHER_BURST("rate-limit.other.burst");

    private final String propertyName;

    ClientSetting(String propertyName) {
        this.propertyName = propertyName;
    }

    /**
     * Returns the setting's name below a tenant's property prefix, such as {@code base-url} or
     * {@code retry.delay}.
     * @return the property name
     */
    public String propertyName() {
        return this.propertyName;
    }

    /**
     * Returns the setting's name for people, such as {@code base URL} or {@code retry delay}.
     * @return a description
     */
    public String description() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("base url", "base URL")
            .replace("api key", "API key").replace("proxy url", "proxy URL").replace("ssl", "SSL")
            .replace("oauth", "OAuth").replace("ttl", "time-to-live");
    }

}
