package dev.atlanspring.autoconfigure;

import dev.atlanspring.embedded.EmbeddedAtlan;

/**
 * {@link AtlanConnectionDetails} of a running embedded demo Atlan: its loopback URL and the key it accepts.
 */
record EmbeddedAtlanConnectionDetails(EmbeddedAtlan embeddedAtlan) implements AtlanConnectionDetails {

    @Override
    public String getBaseUrl() {
        return this.embeddedAtlan.baseUrl();
    }

    @Override
    public String getApiKey() {
        return this.embeddedAtlan.apiKey();
    }

    /** Shows where, never the key. */
    @Override
    public String toString() {
        return "EmbeddedAtlanConnectionDetails[baseUrl=" + getBaseUrl() + "]";
    }

}
