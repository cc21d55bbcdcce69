package dev.atlanspring.autoconfigure;

/**
 * {@link AtlanConnectionDetails} read from {@link AtlanProperties}.
 */
final class PropertiesAtlanConnectionDetails implements AtlanConnectionDetails {

    private final AtlanProperties properties;

    PropertiesAtlanConnectionDetails(AtlanProperties properties) {
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
    public String toString() {
        return "PropertiesAtlanConnectionDetails[baseUrl=" + getBaseUrl() + "]";
    }

}
