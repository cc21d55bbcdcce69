package dev.atlanspring.autoconfigure;

import org.springframework.util.StringUtils;

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
        return usesOAuth() ? this.properties.getOauth().getClientId() : null;
    }

    @Override
    public String getOAuthClientSecret() {
        return usesOAuth() ? this.properties.getOauth().getClientSecret() : null;
    }

    /**
     * Both OAuth settings blank counts as neither set, so that a higher property source (a test's, say) can switch
     * OAuth off; one of them set still goes to the client, which reports the other missing.
     */
    private boolean usesOAuth() {
        return StringUtils.hasText(this.properties.getOauth().getClientId())
                || StringUtils.hasText(this.properties.getOauth().getClientSecret());
    }

    @Override
    public String toString() {
        return "PropertiesAtlanConnectionDetails[baseUrl=" + getBaseUrl() + "]";
    }

}
