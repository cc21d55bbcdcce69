package dev.atlanspring.client;

import java.util.Objects;

/**
 * The credentials of an Atlan OAuth client, which the client exchanges for short-lived access tokens
 * ({@code POST /api/service/oauth-clients/token}) instead of sending an API key. {@link #toString()} masks the
 * secret.
 *
 * @param clientId the OAuth client's id
 * @param clientSecret the OAuth client's secret
 */
public record OAuthClientCredentials(String clientId, Secret clientSecret) {

    /**
     * Checks the parts are present; {@link AtlanClientBuilder#settings()} checks that they are not blank.
     */
    public OAuthClientCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
    }

    /**
     * Shows the client id, never the secret.
     * @return such as {@code OAuthClientCredentials[clientId=etl-jobs, clientSecret=******]}
     */
    @Override
    public String toString() {
        return "OAuthClientCredentials[clientId=" + this.clientId + ", clientSecret=" + this.clientSecret + "]";
    }

}
