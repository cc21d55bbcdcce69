package dev.atlanspring.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the default Atlan client connects and with which key. Taken from the {@code atlan.*} properties unless
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

}
