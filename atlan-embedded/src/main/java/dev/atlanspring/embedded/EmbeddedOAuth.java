package dev.atlanspring.embedded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OAuth client credentials exchange of the embedded demo Atlan: {@code POST /api/service/oauth-clients/token}
 * with {@code {"clientId","clientSecret"}} answers {@code {"accessToken","expiresIn"}}, and the tokens it issued are
 * accepted as bearer tokens until they expire. One demo OAuth client exists. Thread-safe.
 */
final class EmbeddedOAuth {

    /** The path of Atlan's token exchange; the one {@code /api} path that needs no bearer token. */
    static final String TOKEN_PATH = "/api/service/oauth-clients/token";

    /** How long a token is valid, as Atlan's own tokens are. */
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

    private final String clientId;

    private final byte[] clientSecret;

    private final LongSupplier clock;

    /** Issued tokens and when they expire, in clock millis. */
    private final Map<String, Long> tokens = new ConcurrentHashMap<>();

    EmbeddedOAuth(String clientId, String clientSecret, LongSupplier clock) {
        this.clientId = clientId;
        this.clientSecret = clientSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** Exchanges the client credentials in the body for a new token; wrong ones are a 401. */
    ApiResponse issue(ApiRequest request) {
        JsonNode body = request.jsonObjectBody();
        String id = Json.text(body, "clientId");
        String secret = Json.text(body, "clientSecret");
        if (Json.isBlank(id) || Json.isBlank(secret)) {
            throw AtlanError.badRequest("clientId and clientSecret are required");
        }
        // Constant time, so response timing does not reveal how much of a guessed secret was right.
        boolean valid = MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), this.clientSecret)
                & id.equals(this.clientId);
        if (!valid) {
            throw new AtlanError(401, "ATLAS-401-00-002", "Invalid OAuth client credentials");
        }
        long now = this.clock.getAsLong();
        this.tokens.values().removeIf((expiry) -> expiry <= now);
        String token = "demo-token-" + UUID.randomUUID();
        this.tokens.put(token, now + TOKEN_LIFETIME.toMillis());
        ObjectNode answer = Json.object();
        answer.put("accessToken", token);
        answer.put("expiresIn", TOKEN_LIFETIME.toSeconds());
        answer.put("tokenType", "Bearer");
        return ApiResponse.ok(answer);
    }

    /** Whether a bearer token is one this server issued and has not expired. */
    boolean accepts(String token) {
        Long expiry = this.tokens.get(token);
        return expiry != null && expiry > this.clock.getAsLong();
    }

    String clientId() {
        return this.clientId;
    }

    String clientSecret() {
        return new String(this.clientSecret, StandardCharsets.UTF_8);
    }

}
