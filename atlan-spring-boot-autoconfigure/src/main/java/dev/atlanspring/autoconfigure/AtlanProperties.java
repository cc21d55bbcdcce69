package dev.atlanspring.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the Atlan client: the {@code atlan.*} properties. The environment variables
 * {@code ATLAN_BASE_URL} and {@code ATLAN_API_KEY} set the two that matter most.
 */
@ConfigurationProperties("atlan")
// Defaults are literals so that the configuration processor shows them; a test keeps them equal to the client's.
public class AtlanProperties {

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

    private final Embedded embedded = new Embedded();

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

    public Embedded getEmbedded() {
        return this.embedded;
    }

    /** Masks the API key. */
    @Override
    public String toString() {
        return "AtlanProperties[baseUrl=" + this.baseUrl + ", apiKey=" + ((this.apiKey != null) ? "(set)" : "(not set)")
                + "]";
    }

    /**
     * The embedded demo Atlan: an in-memory Atlan on a loopback port, for demos and tests.
     */
    public static class Embedded {

        /**
         * Whether to start the embedded demo Atlan and point the default client at it when no base URL is set.
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
