package dev.atlanspring.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the default Atlan client connects and with which credentials: an API key, or OAuth client credentials. Taken from the {@code atlan.*} properties unless
 * another source (the embedded demo Atlan, or a bean of your own) provides it.
 */
public interface AtlanConnectionDetails extends ConnectionDetails {

    /**
     * Returns the tenant's base URL.
     * @return the base URL, or {@code null} when none is configured
     */
    String getBaseUrl();

    /**
     * Returns the API key.
     * @return the API key, or {@code null} when none is configured
     */
    String getApiKey();

    /**
     * Returns the id of the OAuth client whose credentials are used instead of an API key.
     * @return the client id, or {@code null} when the API key is used
     */
    default String getOAuthClientId() {
        return null;
    }

    /**
     * Returns the secret of the OAuth client.
     * @return the client secret, or {@code null} when the API key is used
     */
    default String getOAuthClientSecret() {
        return null;
    }

}
