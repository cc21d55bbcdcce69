package dev.atlanspring.client.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.atlanspring.client.AtlanClientSettings;
import dev.atlanspring.client.Secret;
import dev.atlanspring.client.error.AtlanErrorParser;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.error.AuthenticationException;
import dev.atlanspring.client.error.DeadlineExceededException;
import dev.atlanspring.client.error.RequestInfo;
import dev.atlanspring.client.observation.AtlanClientObservationContext;
import dev.atlanspring.client.observation.AtlanClientObservationConvention;
import dev.atlanspring.client.ratelimit.RateLimitListener;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place a request to Atlan leaves from: it builds the URI from a template, adds the headers and, at the
 * last moment, the credentials, reads the answer, and turns every failure into an {@link AtlanException}. One
 * instance serves one tenant and owns that tenant's connection pool. Thread-safe.
 * <p>
 * The pool and the {@link WebClient} on it are made when the first call needs them, not with the client: making
 * them loads and initialises Reactor Netty and the codecs, most of what the client would otherwise add to an
 * application's start-up, and nothing in it can fail once the settings are checked, which they are before this is
 * created.
 */
public final class AtlanHttp implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(AtlanHttp.class);

    private static final int MAX_LOGGED_BODY = 2_000;

    private static final byte[] EMPTY = new byte[0];

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    private final AtlanClientSettings settings;

    /** Reactor Netty reports a pool that never opened a connection as disposed, so closing is tracked here. */
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Where the builder of {@link #webClient} comes from; asked once, by the first call. */
    private final Supplier<WebClient.@Nullable Builder> webClientBuilder;

    private final @Nullable LoopResources loops;

    /** Guards making the pool and the WebClient, and closing. */
    private final Object transportLock = new Object();

    /** The tenant's connection pool; {@code null} until the first call made it. */
    private volatile @Nullable ConnectionProvider pool;

    /** The WebClient on {@link #pool}; {@code null} until the first call made it. */
    private volatile @Nullable WebClient webClient;

    /** Each operation's URI template compiled against the base URL; see {@link #uris()}. */
    private volatile @Nullable RequestUris uris;

    private final JsonMapper mapper = AtlanJson.mapper();

    private final Redactor redactor;

    private final ErrorResponses errorResponses;

    private final TransportFailures transportFailures;

    /** The tenant's retries, or {@code null} when they are off. */
    private final @Nullable ReactiveRetries retries;

    private final CallObservations observations;

    /** Arms the attempt and call deadlines. */
    private final Deadlines deadlines = Deadlines.shared();

    /** Paces the tenant's requests to Atlan's rate limits. */
    private final TenantRateLimiter rateLimiter;

    /** The tenant's OAuth access tokens, or {@code null} when it uses an API key. */
    private final @Nullable OAuthTokens tokens;

    /**
     * Creates the transport of one tenant.
     * @param settings the tenant's checked settings
     * @param webClientBuilder a builder to start from (cloned, never changed), such as Spring Boot's, so that its
     * customizers and observation apply; or {@code null} for a plain one
     * @param loops the event loops to run on, shared by every tenant; or {@code null} for Reactor Netty's global
     * ones
     * @param retryPolicy a policy to use instead of the one the retry settings describe, or {@code null}
     * @param retryListeners listeners told of every retry
     */
    public AtlanHttp(AtlanClientSettings settings, WebClient.@Nullable Builder webClientBuilder,
            @Nullable LoopResources loops, @Nullable RetryPolicy retryPolicy, List<RetryListener> retryListeners) {
        this(settings, webClientBuilder, loops, retryPolicy, retryListeners, ObservationRegistry.NOOP, null,
                Clock.systemUTC());
    }

    /**
     * Creates the transport of one tenant, observing each logical call as {@code atlan.client.requests}, with the
     * clock its OAuth access tokens expire by.
     * @param settings the tenant's checked settings
     * @param webClientBuilder a builder to start from (cloned, never changed), or {@code null} for a plain one
     * @param loops the event loops to run on, or {@code null} for Reactor Netty's global ones
     * @param retryPolicy a policy to use instead of the one the retry settings describe, or {@code null}
     * @param retryListeners listeners told of every retry
     * @param observationRegistry where each logical call is observed; {@link ObservationRegistry#NOOP} for nowhere
     * @param observationConvention names and tags the observation, or {@code null} for the default one
     * @param tokenClock the clock OAuth access tokens expire by
     */
    public AtlanHttp(AtlanClientSettings settings, WebClient.@Nullable Builder webClientBuilder,
            @Nullable LoopResources loops, @Nullable RetryPolicy retryPolicy, List<RetryListener> retryListeners,
            ObservationRegistry observationRegistry, @Nullable AtlanClientObservationConvention observationConvention,
            Clock tokenClock) {
        this(settings, webClientBuilder, loops, retryPolicy, retryListeners, observationRegistry,
                observationConvention, tokenClock, new RateLimitListener() {
                });
    }

    /**
     * Creates the transport of one tenant, observing each logical call and telling a listener when a call waits
     * for the tenant's rate limits.
     * @param settings the tenant's checked settings
     * @param webClientBuilder a builder to start from (cloned, never changed), or {@code null} for a plain one
     * @param loops the event loops to run on, or {@code null} for Reactor Netty's global ones
     * @param retryPolicy a policy to use instead of the one the retry settings describe, or {@code null}
     * @param retryListeners listeners told of every retry
     * @param observationRegistry where each logical call is observed; {@link ObservationRegistry#NOOP} for nowhere
     * @param observationConvention names and tags the observation, or {@code null} for the default one
     * @param tokenClock the clock OAuth access tokens expire by
     * @param rateLimitListener told of rate-limit waits and slowdowns
     */
    public AtlanHttp(AtlanClientSettings settings, WebClient.@Nullable Builder webClientBuilder,
            @Nullable LoopResources loops, @Nullable RetryPolicy retryPolicy, List<RetryListener> retryListeners,
            ObservationRegistry observationRegistry, @Nullable AtlanClientObservationConvention observationConvention,
            Clock tokenClock, RateLimitListener rateLimitListener) {
        this(settings, () -> webClientBuilder, loops, retryPolicy, retryListeners, observationRegistry,
                observationConvention, tokenClock, rateLimitListener);
    }

    /**
     * Creates the transport of one tenant, taking the {@link WebClient.Builder} to start from only when the first
     * call needs it: Spring Boot's builder comes with a connector of Boot's own, which loads Reactor Netty only to
     * be replaced by this tenant's.
     * @param settings the tenant's checked settings
     * @param webClientBuilder gives a builder to start from (cloned, never changed), or {@code null} for a plain
     * one; asked once, by the first call
     * @param loops the event loops to run on, or {@code null} for Reactor Netty's global ones
     * @param retryPolicy a policy to use instead of the one the retry settings describe, or {@code null}
     * @param retryListeners listeners told of every retry
     * @param observationRegistry where each logical call is observed; {@link ObservationRegistry#NOOP} for nowhere
     * @param observationConvention names and tags the observation, or {@code null} for the default one
     * @param tokenClock the clock OAuth access tokens expire by
     * @param rateLimitListener told of rate-limit waits and slowdowns
     */
    public AtlanHttp(AtlanClientSettings settings, Supplier<WebClient.@Nullable Builder> webClientBuilder,
            @Nullable LoopResources loops, @Nullable RetryPolicy retryPolicy, List<RetryListener> retryListeners,
            ObservationRegistry observationRegistry, @Nullable AtlanClientObservationConvention observationConvention,
            Clock tokenClock, RateLimitListener rateLimitListener) {
        this.settings = settings;
        this.webClientBuilder = webClientBuilder;
        this.loops = loops;
        // Reactor's parallel scheduler is taken on the first wait: made here, it would load most of Reactor's core
        // at every application start (a lambda, not a method reference, which would load Schedulers already).
        this.rateLimiter = new TenantRateLimiter(settings.rateLimit(), settings.tenant(), settings.callTimeout(),
                System::nanoTime, () -> Schedulers.parallel(), rateLimitListener);
        this.observations = new CallObservations(observationRegistry, observationConvention);
        this.redactor = new Redactor(this::secrets);
        AtlanErrorParser errorParser = new AtlanErrorParser(this.mapper, this.redactor);
        this.tokens = (settings.oauth() != null)
                ? new OAuthTokens(settings.oauth(), settings.tenant(), tokenClock, this.mapper, errorParser) : null;
        this.errorResponses = new ErrorResponses(errorParser);
        this.transportFailures = new TransportFailures(settings, this.redactor);
        this.retries = settings.retry().enabled()
                ? new ReactiveRetries((retryPolicy != null) ? retryPolicy : settings.retry().toRetryPolicy(),
                        settings.retry().maxDelay(), retryListeners, settings.tenant())
                : null;
        if (this.tokens != null) {
            this.tokens.useWebClient(this::webClient);
        }
        this.deadlines.acquire();
    }

    /**
     * Returns the tenant's WebClient, making it and its pool on the first call; every later call only reads a
     * field. Concurrent first calls wait for the one making them.
     * @throws IllegalStateException once the transport is closed
     */
    private WebClient webClient() {
        WebClient built = this.webClient;
        if (built != null) {
            return built;
        }
        synchronized (this.transportLock) {
            built = this.webClient;
            if (built == null) {
                if (this.closed.get()) {
                    throw closedFailure();
                }
                ConnectionProvider newPool = ReactorConnectors.pool(this.settings);
                try {
                    built = buildWebClient(newPool);
                }
                catch (RuntimeException | Error ex) {
                    newPool.dispose();
                    throw ex;
                }
                this.pool = newPool;
                this.webClient = built;
            }
            return built;
        }
    }

    private WebClient buildWebClient(ConnectionProvider pool) {
        WebClient.Builder given = this.webClientBuilder.get();
        WebClient.Builder builder = (given != null) ? given.clone() : WebClient.builder();
        DefaultUriBuilderFactory uriFactory = new DefaultUriBuilderFactory(this.settings.baseUrl().toString());
        uriFactory.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
        int maxInMemorySize = (int) this.settings.maxResponseSize().toBytes();
        return builder.uriBuilderFactory(uriFactory)
            .clientConnector(ReactorConnectors.connector(this.settings, pool, this.loops))
            .codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(maxInMemorySize))
            .build();
    }

    private IllegalStateException closedFailure() {
        return new IllegalStateException("The Atlan client of tenant " + this.settings.tenant()
                + " is closed; use a client that is open (in Spring, one from a running context).");
    }

    /** What must never be shown: whatever credentials this tenant uses, the proxy's password included. */
    private List<Secret> secrets() {
        List<Secret> secrets = this.settings.secrets();
        if (this.tokens != null) {
            secrets.addAll(this.tokens.secrets());
        }
        return secrets;
    }

    /**
     * Returns the settings this transport runs with.
     * @return the settings
     */
    public AtlanClientSettings settings() {
        return this.settings;
    }

    /**
     * Makes one logical call and reads its JSON answer. Nothing happens until the result is subscribed to; each
     * subscription is a new call with a new request id.
     * @param <T> the type of the answer
     * @param request the call
     * @param responseType the type to read a successful answer as
     * @return the answer, or an error that is always an {@link AtlanException}
     */
    public <T> Mono<T> exchange(AtlanRequest request, Class<T> responseType) {
        return exchange(request, responseType, Function.identity());
    }

    /**
     * Makes one logical call, reads its JSON answer and takes the part the caller wants from it, such as the
     * entity out of its envelope. An answer without that part is an {@link dev.atlanspring.client.error.ApiException}.
     * @param <T> the type of the answer
     * @param <R> the type of the part
     * @param request the call
     * @param responseType the type to read a successful answer as
     * @param extractor takes the part out of the answer; returns {@code null} when it is missing
     * @return the part, or an error that is always an {@link AtlanException}
     */
    public <T, R> Mono<R> exchange(AtlanRequest request, Class<T> responseType,
            Function<T, @Nullable R> extractor) {
        return call(request, responseType, extractor, this.retries, null);
    }

    /**
     * Makes one logical call in a single attempt, never retried, that fails with an
     * {@link dev.atlanspring.client.error.ApiConnectionException} when no answer has arrived within the timeout: what
     * a health check needs, which must neither hammer a struggling tenant nor block a probe for long.
     * @param <T> the type of the answer
     * @param request the call
     * @param responseType the type to read a successful answer as
     * @param timeout the longest wait for the whole call, connecting included
     * @return the answer, or an error that is always an {@link AtlanException}
     */
    public <T> Mono<T> exchangeOnce(AtlanRequest request, Class<T> responseType, Duration timeout) {
        return call(request, responseType, Function.identity(), null, timeout);
    }

    private <T, R> Mono<R> call(AtlanRequest request, Class<T> responseType, Function<T, @Nullable R> extractor,
            @Nullable ReactiveRetries retries, @Nullable Duration timeout) {
        return Mono.defer(() -> {
            if (this.closed.get()) {
                return Mono.error(closedFailure());
            }
            String requestId = RequestIds.next();
            byte[] body = encode(request);
            AtomicInteger attempts = new AtomicInteger();
            // Without an observation registry, nothing would read what the context records.
            AtlanClientObservationContext observation = this.observations.enabled()
                    ? new AtlanClientObservationContext(this.settings.tenant(), request.operation(), requestId) : null;
            AtomicBoolean reauthenticated = new AtomicBoolean();
            long deadline = this.rateLimiter.now() + this.settings.callTimeout().toNanos();
            Mono<R> attempt = Mono.defer(() -> {
                RequestInfo info = new RequestInfo(request.operation().toString(), this.settings.tenant(), requestId,
                        attempts.incrementAndGet());
                return this.rateLimiter.paced(request.operation(), deadline, info, () -> authenticatedAttempt(request,
                        body, responseType, extractor, info, reauthenticated, observation));
            });
            Mono<R> call = (retries != null) ? retries.apply(attempt, request.operation(), requestId) : attempt;
            if (timeout != null) {
                // A single probe, rare and often given a short timeout: Reactor's exact timer, not the wheel's ticks.
                call = call.timeout(timeout, Mono.error(() -> timedOut(request, requestId, attempts.get(), timeout)));
            }
            // The read timeout is an idle timeout: only a deadline stops a server that sends a byte now and then.
            call = call.timeout(this.deadlines.after(this.settings.callTimeout()),
                    Mono.error(() -> this.transportFailures.deadlineExceeded(DeadlineExceededException.Deadline.CALL,
                            new RequestInfo(request.operation().toString(), this.settings.tenant(), requestId,
                                    attempts.get()))));
            return (observation != null) ? this.observations.observe(observation, call) : call;
        });
    }

    private AtlanException timedOut(AtlanRequest request, String requestId, int attempts, Duration timeout) {
        RequestInfo info = new RequestInfo(request.operation().toString(), this.settings.tenant(), requestId,
                attempts);
        return this.transportFailures.toException(
                new TimeoutException("no answer within " + timeout.toMillis() + " ms"), 0, info);
    }

    private byte @Nullable [] encode(AtlanRequest request) {
        if (request.body() == null) {
            return null;
        }
        try {
            return this.mapper.writeValueAsBytes(request.body());
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException("The request body of " + request.operation()
                    + " cannot be written as JSON: " + this.redactor.apply(ex.getOriginalMessage())
                    + ". Use attribute values that map to JSON (strings, numbers, booleans, lists, maps).",
                    this.redactor.cause(ex));
        }
    }

    /**
     * With OAuth, gets a token first; a 401 to a call made with a token replaces the token and repeats the call
     * once per logical call, as part of the same attempt, so that it does not use up a retry.
     */
    private <T, R> Mono<R> authenticatedAttempt(AtlanRequest request, byte @Nullable [] body, Class<T> responseType,
            Function<T, @Nullable R> extractor, RequestInfo info, AtomicBoolean reauthenticated,
            @Nullable AtlanClientObservationContext observation) {
        OAuthTokens oauth = this.tokens;
        if (oauth == null) {
            return attempt(request, body, responseType, extractor, info, null, observation);
        }
        return token(oauth, info).flatMap((token) -> this
            .attemptWithToken(request, body, responseType, extractor, info, token, observation)
            .onErrorResume((failure) -> isUnauthorized(failure) && reauthenticated.compareAndSet(false, true),
                    (failure) -> {
                        logger.debug("{} -> 401 with an OAuth access token: getting a new one and repeating the call"
                                + " (tenant {}, attempt {}, request {})", request.operation(), info.tenant(),
                                info.attempts(), info.requestId());
                        oauth.rejected(token);
                        return token(oauth, info).flatMap((fresh) -> attemptWithToken(request, body, responseType,
                                extractor, info, fresh, observation));
                    }));
    }

    private Mono<OAuthTokens.Token> token(OAuthTokens oauth, RequestInfo info) {
        return oauth.token().onErrorMap((failure) -> oauth.toException(failure, info, this.transportFailures));
    }

    /** A 401 to a call made with a token says nothing about an API key: its advice is about the OAuth client. */
    private <T, R> Mono<R> attemptWithToken(AtlanRequest request, byte @Nullable [] body, Class<T> responseType,
            Function<T, @Nullable R> extractor, RequestInfo info, OAuthTokens.Token token,
            @Nullable AtlanClientObservationContext observation) {
        return attempt(request, body, responseType, extractor, info, token.value(), observation).onErrorMap(
                AtlanHttp::isUnauthorized,
                (failure) -> new AuthenticationException(((AuthenticationException) failure).getProblem(), 401,
                        ((AuthenticationException) failure).getError(), info,
                        "Atlan rejected an OAuth access token it issued: check that the OAuth client (atlan.oauth"
                                + ".client-id) still exists and may use this tenant.",
                        failure.getCause()));
    }

    private static boolean isUnauthorized(Throwable failure) {
        return failure instanceof AuthenticationException rejected && rejected.getStatus() == 401;
    }

    private <T, R> Mono<R> attempt(AtlanRequest request, byte @Nullable [] body, Class<T> responseType,
            Function<T, @Nullable R> extractor, RequestInfo info, @Nullable Secret bearer,
            @Nullable AtlanClientObservationContext observation) {
        Operation operation = request.operation();
        String requestId = info.requestId();
        if (observation != null) {
            observation.setAttempts(info.attempts());
            observation.setStatus(AtlanClientObservationContext.NO_STATUS);
        }
        long start = System.nanoTime();
        WebClient.RequestBodySpec spec = webClient().method(operation.method())
            .uri(buildUri(request))
            .attribute(RequestUris.URI_TEMPLATE_ATTRIBUTE, uris().template(operation))
            .header(AtlanHeaders.REQUEST_ID, requestId);
        // The credential travels as a request attribute: RequestHeadersHandler adds the header itself as Netty writes
        // the request, so that nothing on Spring's side (filters, the codec's request details log, observations)
        // ever sees it. A request without one (the OAuth token request) gets no header.
        Secret credential = (bearer != null) ? bearer : this.settings.apiKey();
        if (credential != null) {
            spec.attribute(RequestHeadersHandler.CREDENTIAL, credential);
        }
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
            traceBody("request", operation, requestId, body);
        }
        // Reactor may also cancel an attempt that has ended; only one never logged is reported as cancelled.
        AtomicBoolean logged = new AtomicBoolean();
        ReadIdleTimeout.Signal timeouts = ReadIdleTimeout.arm(spec, this.deadlines,
                this.settings.attemptTimeout());
        return ReadIdleTimeout.apply(spec.exchangeToMono((response) -> read(response, info)), timeouts,
                () -> this.transportFailures.deadlineExceeded(DeadlineExceededException.Deadline.ATTEMPT, info))
            .onErrorMap((failure) -> {
                AtlanException mapped = this.transportFailures.toException(failure, 0, info);
                logged.set(true);
                logFailure(operation, info, start, mapped);
                return mapped;
            })
            .doOnCancel(() -> {
                if (logged.compareAndSet(false, true)) {
                    logCancelled(operation, info, start);
                }
            })
            // handle, not flatMap: the answer is there, so no inner publisher need be made and subscribed to.
            .handle((answer, sink) -> {
                logged.set(true);
                if (observation != null) {
                    observation.setStatus(answer.status());
                }
                logAnswer(operation, info, start, answer.status());
                traceBody("response", operation, requestId, answer.body());
                if (answer.status() >= 200 && answer.status() < 300) {
                    sink.next(decode(answer, responseType, extractor, info));
                }
                else {
                    sink.error(this.errorResponses.toException(answer.status(), answer.body(), answer.retryAfter(),
                            info));
                }
            });
    }

    private Mono<Answer> read(ClientResponse response, RequestInfo info) {
        int status = response.statusCode().value();
        String retryAfter = response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        return response.bodyToMono(byte[].class)
            .defaultIfEmpty(EMPTY)
            .map((bytes) -> new Answer(status, bytes, retryAfter))
            .onErrorMap((failure) -> this.transportFailures.toException(failure, status, info));
    }

    private <T, R> R decode(Answer answer, Class<T> type, Function<T, @Nullable R> extractor, RequestInfo info) {
        byte[] body = (answer.body().length > 0) ? answer.body() : EMPTY_OBJECT;
        R result;
        try {
            result = extractor.apply(this.mapper.readValue(body, type));
        }
        catch (JacksonException ex) {
            throw this.errorResponses.unreadableBody(answer.status(), answer.body(), expected(type), info,
                    this.redactor.cause(ex));
        }
        if (result == null) {
            throw this.errorResponses.unreadableBody(answer.status(), answer.body(), expected(type), info, null);
        }
        return result;
    }

    private static String expected(Class<?> type) {
        return "JSON of " + type.getSimpleName();
    }

    /**
     * The request's URI from its operation's template compiled once, not parsed per call; the same string that
     * Spring's {@code DefaultUriBuilderFactory} made of it (see {@link RequestUris}).
     */
    private URI buildUri(AtlanRequest request) {
        return uris().uri(request);
    }

    /** Made by the first call; racing first calls make equal ones, and one of them stays. */
    private RequestUris uris() {
        RequestUris made = this.uris;
        if (made == null) {
            made = new RequestUris(this.settings.baseUrl());
            this.uris = made;
        }
        return made;
    }

    private void logAnswer(Operation operation, RequestInfo info, long start, int status) {
        if (logger.isDebugEnabled()) {
            logger.debug("{} -> {} in {} ms (tenant {}, attempt {}, request {})", operation, status, elapsed(start),
                    info.tenant(), info.attempts(), info.requestId());
        }
    }

    /** Failures before an answer was read whole: no connection, a timeout, a body over the size limit. */
    private void logFailure(Operation operation, RequestInfo info, long start, Throwable failure) {
        if (logger.isDebugEnabled()) {
            String status = (failure instanceof AtlanException atlan && atlan.getStatus() > 0)
                    ? atlan.getStatus() + " then failed" : "failed";
            logger.debug("{} -> {} in {} ms: {} (tenant {}, attempt {}, request {})", operation, status,
                    elapsed(start), failure.getClass().getSimpleName(), info.tenant(), info.attempts(),
                    info.requestId());
        }
    }

    /** An attempt given up while in flight: the call timed out, or its caller went away. */
    private void logCancelled(Operation operation, RequestInfo info, long start) {
        if (logger.isDebugEnabled()) {
            logger.debug("{} -> cancelled after {} ms (tenant {}, attempt {}, request {})", operation, elapsed(start),
                    info.tenant(), info.attempts(), info.requestId());
        }
    }

    private void traceBody(String what, Operation operation, String requestId, byte[] body) {
        if (logger.isTraceEnabled()) {
            // Redacted before it is cut: a credential cut in two would no longer be recognised.
            String text = this.redactor.apply(new String(body, StandardCharsets.UTF_8));
            if (text.length() > MAX_LOGGED_BODY) {
                text = text.substring(0, MAX_LOGGED_BODY) + "... (" + body.length + " bytes)";
            }
            logger.trace("{} {} body (request {}): {}", operation, what, requestId, text);
        }
    }

    private static long elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /**
     * Releases the tenant's connection pool, if a call made one. The shared event loops stay.
     */
    @Override
    public void close() {
        if (!this.closed.compareAndSet(false, true)) {
            return;
        }
        this.deadlines.release();
        ConnectionProvider made;
        synchronized (this.transportLock) {
            // A first call making the pool now finishes first, so that its pool is released here.
            made = this.pool;
        }
        if (made == null) {
            return;
        }
        if (Schedulers.isInNonBlockingThread()) {
            made.dispose();
        }
        else {
            made.disposeLater().block(Duration.ofSeconds(10));
        }
    }

    @Override
    public String toString() {
        return "AtlanHttp[tenant=" + this.settings.tenant() + ", baseUrl=" + this.settings.baseUrl() + "]";
    }

    private record Answer(int status, byte[] body, @Nullable String retryAfter) {
    }

}
