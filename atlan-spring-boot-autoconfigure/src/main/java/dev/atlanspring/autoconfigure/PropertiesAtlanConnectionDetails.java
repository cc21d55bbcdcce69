package dev.atlanspring.autoconfigure;

/**
 * {@link AtlanConnectionDetails} read from a tenant's {@link AtlanClientProperties}.
 */
final class PropertiesAtlanConnectionDetails implements AtlanConnectionDetails {

    private final AtlanClientProperties properties;

    PropertiesAtlanConnectionDetails(AtlanClientProperties properties) {
        this.properties = properties;
    }

    @Override
    public String getBaseUrl() {
        return this.properties.getBaseUrl();
    }

    @Override
    public String getApiKey() {
        return this.properties.getApiKey();
    }

    @Override
    public String getOAuthClientId() {
        return this.properties.getOauth().getClientId();
    }

    @Override
    public String getOAuthClientSecret() {
        return this.properties.getOauth().getClientSecret();
    }

    @Override
    public String toString() {
        return "PropertiesAtlanConnectionDetails[baseUrl=" + getBaseUrl() + "]";
    }

}
