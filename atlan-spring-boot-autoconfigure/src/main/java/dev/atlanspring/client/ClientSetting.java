package dev.atlanspring.client;

/**
 * The settings of an {@link AtlanClient}, named so that a configuration error can point at the one that is
 * wrong (Spring Boot's auto-configuration maps each to its {@code atlan.*} property).
 */
public enum ClientSetting {

    /** The tenant's name, used in bean names, metrics and messages. */
    TENANT,
    /** The tenant's base URL, such as {@code https://acme.atlan.com}. */
    BASE_URL,
    /** The API key sent as a bearer token. */
    API_KEY,
    /** How long to wait for a TCP connection. */
    CONNECT_TIMEOUT,
    /** How long to wait for response data once a request is sent. */
    READ_TIMEOUT,
    /** The largest response body the client buffers. */
    MAX_RESPONSE_SIZE,
    /** The most connections the tenant's pool opens at once. */
    MAX_CONNECTIONS

}
