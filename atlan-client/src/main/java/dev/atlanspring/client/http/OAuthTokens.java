package dev.atlanspring.client.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dev.atlanspring.client.OAuthClientCredentials;
import dev.atlanspring.client.Secret;
import dev.atlanspring.client.error.ApiException;
import dev.atlanspring.client.error.AtlanError;
import dev.atlanspring.client.error.AtlanErrorParser;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.error.AuthenticationException;
import dev.atlanspring.client.error.RequestInfo;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OAuth access tokens of one client: exchanges the client credentials for a token at
 * {@code POST /api/service/oauth-clients/token}, caches it until shortly before it expires, and makes one request
 * for all the calls that need a new token at the same time. Nothing blocks: waiting calls subscribe to the one
 * request in flight. The secret and the tokens appear in no log line, message or {@code toString}. Thread-safe.
 */
final class OAuthTokens {

    /** Atlan's token exchange. Idempotent: asking again only issues another token. */
    static final Operation TOKEN = new Operation("oauth.token", HttpMethod.POST, "/api/service/oauth-clients/token",
            true);

    /** A token without {@code expiresIn} is kept this long. */
    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(1);

    /** A token is replaced this long before it expires, so that no call sends one that expires on the way. */
    private static final Duration MAX_SAFETY_MARGIN = Duration.ofSeconds(60);

    private static final Logger logger = LoggerFactory.getLogger(OAuthTokens.class);

    private static final byte[] EMPTY = new byte[0];

    private final OAuthClientCredentials credentials;

    private final String tenant;

    private final Clock clock;

    private final JsonMapper mapper;

    private final AtlanErrorParser errorParser;

    private final AtomicReference<@Nullable Fetch> current = new AtomicReference<>();

    private @Nullable Supplier<WebClient> webClient;

    /** Still masked after it is replaced: an answer to the call that used it may echo it. */
    private volatile @Nullable Token rejected;

    OAuthTokens(OAuthClientCredentials credentials, String tenant, Clock clock, JsonMapper mapper,
            AtlanErrorParser errorParser) {
        this.credentials = credentials;
        this.tenant = tenant;
        this.clock = clock;
        this.mapper = mapper;
        this.errorParser = errorParser;
    }

    /**
     * Sets where the client the token requests are made with comes from: the tenant's own, made by the first call
     * that needs it, so that they take the same proxy, TLS trust and connection pool as every other call.
     */
    void useWebClient(Supplier<WebClient> webClient) {
        this.webClient = webClient;
    }

    /**
     * Returns a token that has not expired, asking Atlan for one when there is none. A failure is a
     * {@link TokenFailure} shared by every waiting call; turn it into each call's own exception with
     * {@link #toException}.
     * @return the token
     */
    Mono<Token> token() {
        return Mono.defer(() -> {
            Instant now = this.clock.instant();
            while (true) {
                Fetch seen = this.current.get();
                if (seen != null && seen.usable(now)) {
                    return seen.result.asMono();
                }
                Fetch next = new Fetch();
                if (this.current.compareAndSet(seen, next)) {
                    next.start();
                    return next.result.asMono();
                }
            }
        });
    }

    /**
     * Forgets a token Atlan rejected, so that the next {@link #token()} asks for a new one. A token that was
     * already replaced is left alone, so that many calls rejected at once cause one new request.
     * @param token the rejected token
     */
    void rejected(Token token) {
        this.rejected = token;
        Fetch seen = this.current.get();
        if (seen != null && seen.token == token) {
            this.current.compareAndSet(seen, null);
        }
    }

    /**
     * Returns the secrets to keep out of logs and messages: the client secret, the current token and the last
     * rejected one.
     */
    List<Secret> secrets() {
        List<Secret> secrets = new ArrayList<>(3);
        secrets.add(this.credentials.clientSecret());
        Fetch fetch = this.current.get();
        Token token = (fetch != null) ? fetch.token : null;
        if (token != null) {
            secrets.add(token.value());
        }
        Token replaced = this.rejected;
        if (replaced != null) {
            secrets.add(replaced.value());
        }
        return secrets;
    }

    /**
     * Turns a failure to get a token into the exception of one call, with that call's operation and request id.
     * The call itself was never sent, so a connection failure says so and may be retried whatever the operation.
     * A token request that Atlan answered with 400, 401 or 403 means the credentials were rejected.
     */
    AtlanException toException(Throwable failure, RequestInfo call, TransportFailures transportFailures) {
        if (!(failure instanceof TokenFailure tokenFailure)) {
            return transportFailures.toException(failure, 0, call);
        }
        if (tokenFailure.transport != null) {
            return transportFailures.toExceptionGettingToken(tokenFailure.transport, call);
        }
        int status = tokenFailure.status;
        AtlanError error = this.errorParser.parse(tokenFailure.body);
        String said = error.summary();
        if (status == 400 || status == 401 || status == 403) {
            return new AuthenticationException(
                    "Atlan rejected the OAuth client credentials of client " + this.credentials.clientId()
                            + ((said != null) ? ": " + said : ""),
                    status, error, call,
                    "Check the OAuth client id and secret (atlan.oauth.client-id and atlan.oauth.client-secret):"
                            + " the secret may have been rotated or the client deleted.",
                    null);
        }
        if (status >= 200 && status < 300) {
            String excerpt = this.errorParser.excerpt(new String(tokenFailure.body, StandardCharsets.UTF_8));
            return new ApiException("Atlan answered the OAuth token request without an access token"
                    + ((excerpt != null) ? ": " + excerpt : ""), status, AtlanError.EMPTY, call,
                    "Check that the base URL points at an Atlan tenant and not at a proxy or login page.", null);
        }
        if (status == 429) {
            return new ErrorResponses(this.errorParser).toException(status, tokenFailure.body, tokenFailure.retryAfter,
                    call);
        }
        return new ApiException("Atlan could not issue an OAuth access token" + ((said != null) ? ": " + said : ""),
                status, error, call, "Try again later; if it persists, give Atlan support the request id "
                        + tokenFailure.requestId + " of the token request.",
                null);
    }

    private Mono<Token> request() {
        Supplier<WebClient> source = this.webClient;
        if (source == null) {
            return Mono.error(new IllegalStateException("OAuthTokens used before its WebClient was set"));
        }
        WebClient client = source.get();
        String requestId = UUID.randomUUID().toString();
        long start = System.nanoTime();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("clientId", this.credentials.clientId());
        body.put("clientSecret", this.credentials.clientSecret().reveal());
        byte[] json = this.mapper.writeValueAsBytes(body);
        WebClient.RequestBodySpec spec = client.post()
            .uri(TOKEN.uriTemplate())
            .headers((headers) -> headers.set(AtlanHeaders.REQUEST_ID, requestId));
        ReadIdleTimeout.Signal idle = ReadIdleTimeout.arm(spec);
        spec.contentType(MediaType.APPLICATION_JSON).bodyValue(json);
        return ReadIdleTimeout.apply(spec.exchangeToMono((response) -> response.bodyToMono(byte[].class)
                .defaultIfEmpty(EMPTY)
                .map((bytes) -> new Answer(response.statusCode().value(), bytes,
                        response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER)))), idle)
            .onErrorMap((failure) -> new TokenFailure(requestId, 0, EMPTY, null, failure))
            .flatMap((answer) -> {
                if (logger.isDebugEnabled()) {
                    logger.debug("{} -> {} in {} ms (tenant {}, request {})", TOKEN, answer.status(),
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), this.tenant, requestId);
                }
                Token token = (answer.status() >= 200 && answer.status() < 300) ? read(answer.body()) : null;
                return (token != null) ? Mono.just(token) : Mono.error(
                        new TokenFailure(requestId, answer.status(), answer.body(), answer.retryAfter(), null));
            });
    }

    private @Nullable Token read(byte[] body) {
        JsonNode answer;
        try {
            answer = this.mapper.readTree(body);
        }
        catch (JacksonException ex) {
            return null;
        }
        JsonNode accessToken = field(answer, "accessToken", "access_token");
        if (accessToken == null || !accessToken.isString() || accessToken.stringValue().isBlank()) {
            return null;
        }
        JsonNode expiresIn = field(answer, "expiresIn", "expires_in");
        Duration lifetime = (expiresIn != null && expiresIn.isNumber() && expiresIn.longValue() > 0)
                ? Duration.ofSeconds(expiresIn.longValue()) : DEFAULT_LIFETIME;
        Duration margin = lifetime.dividedBy(5);
        margin = (margin.compareTo(MAX_SAFETY_MARGIN) > 0) ? MAX_SAFETY_MARGIN : margin;
        logger.debug("Got an OAuth access token valid for {} s (tenant {})", lifetime.toSeconds(), this.tenant);
        return new Token(Secret.of(accessToken.stringValue()), this.clock.instant().plus(lifetime).minus(margin));
    }

    private static @Nullable JsonNode field(JsonNode node, String name, String alternative) {
        JsonNode value = node.get(name);
        return (value != null && !value.isNull()) ? value : node.get(alternative);
    }

    @Override
    public String toString() {
        return "OAuthTokens[tenant=" + this.tenant + ", clientId=" + this.credentials.clientId() + "]";
    }

    /**
     * An access token and when to stop using it.
     * @param value the token, sent as a bearer token
     * @param refreshAt when to ask for a new one, a little before it expires
     */
    record Token(Secret value, Instant refreshAt) {
    }

    private record Answer(int status, byte[] body, @Nullable String retryAfter) {
    }

    /**
     * Why no token came: the token endpoint's answer, or the transport's failure. Internal: it is shared by every
     * call that waited for the request, so each turns it into an exception of its own.
     */
    static final class TokenFailure extends RuntimeException {

        private final String requestId;

        private final int status;

        private final byte[] body;

        private final @Nullable String retryAfter;

        private final @Nullable Throwable transport;

        TokenFailure(String requestId, int status, byte[] body, @Nullable String retryAfter,
                @Nullable Throwable transport) {
            super("The OAuth token request " + requestId + " failed", null, false, false);
            this.requestId = requestId;
            this.status = status;
            this.body = body;
            this.retryAfter = retryAfter;
            this.transport = transport;
        }

    }

    /** One token request and, once it answers, its token; shared by every call that needs it. */
    private final class Fetch {

        private final Sinks.One<Token> result = Sinks.one();

        private volatile @Nullable Token token;

        private volatile boolean failed;

        void start() {
            // Subscribed here, not by the waiting calls, so that a call that gives up does not cancel it for all;
            // deferred, so that even a failure to build the request ends the fetch instead of leaving it pending.
            Mono.defer(OAuthTokens.this::request).subscribe((token) -> {
                this.token = token;
                this.result.tryEmitValue(token);
            }, (failure) -> {
                this.failed = true;
                this.result.tryEmitError(failure);
            });
        }

        /** In flight, or answered with a token that is not due for replacement. */
        boolean usable(Instant now) {
            Token answered = this.token;
            return !this.failed && (answered == null || now.isBefore(answered.refreshAt()));
        }

    }

}
