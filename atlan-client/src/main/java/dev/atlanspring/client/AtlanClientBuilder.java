package dev.atlanspring.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.observation.AtlanClientObservationConvention;
import dev.atlanspring.client.observation.AtlanRateLimitMeters;
import dev.atlanspring.client.observation.AtlanRetryCounter;
import dev.atlanspring.client.proxy.NonProxyHosts;
import dev.atlanspring.client.proxy.ProxyEnvironment;
import dev.atlanspring.client.proxy.ProxySettings;
import dev.atlanspring.client.ratelimit.RateLimitListener;
import dev.atlanspring.client.ratelimit.RateLimitListeners;
import dev.atlanspring.client.ratelimit.RateLimitSettings;
import dev.atlanspring.client.retry.RetrySettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.netty.handler.ssl.SslContext;
import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.resources.LoopResources;

/**
 * Builds an {@link AtlanClient} or a {@link ReactiveAtlanClient}. Only the base URL and the API key (or OAuth client
 * credentials) are required;
 * {@link #build()} checks every value and throws an {@link InvalidSettingException} that names the wrong one.
 * Not thread-safe; the clients it builds are.
 */
public final class AtlanClientBuilder {

    private String tenant = AtlanClientSettings.DEFAULT_TENANT;

    private @Nullable String baseUrl;

    private @Nullable Secret apiKey;

    private Duration connectTimeout = AtlanClientSettings.DEFAULT_CONNECT_TIMEOUT;

    private Duration readTimeout = AtlanClientSettings.DEFAULT_READ_TIMEOUT;

    private Duration attemptTimeout = AtlanClientSettings.DEFAULT_ATTEMPT_TIMEOUT;

    private Duration callTimeout = AtlanClientSettings.DEFAULT_CALL_TIMEOUT;

    private DataSize maxResponseSize = AtlanClientSettings.DEFAULT_MAX_RESPONSE_SIZE;

    private int maxConnections = AtlanClientSettings.DEFAULT_MAX_CONNECTIONS;

    private boolean allowInsecureHttp;

    private RetrySettings retry = RetrySettings.DEFAULTS;

    private Duration tagCacheTtl = AtlanClientSettings.DEFAULT_TAG_CACHE_TTL;

    private int searchPageSize = AtlanClientSettings.DEFAULT_SEARCH_PAGE_SIZE;

    private @Nullable RetryPolicy retryPolicy;

    private final List<RetryListener> retryListeners = new ArrayList<>();

    private Supplier<WebClient.@Nullable Builder> webClientBuilder = () -> null;

    private @Nullable LoopResources loopResources;

    private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

    private @Nullable AtlanClientObservationConvention observationConvention;

    /** Only touched when set, so that the builder works without micrometer-core on the class path. */
    private @Nullable MeterRegistry meterRegistry;

    private @Nullable ProxySettings proxy;

    private @Nullable String proxyUrl;

    private final List<String> nonProxyHosts = new ArrayList<>();

    private boolean useProxyEnvironment = true;

    private ProxyEnvironment proxyEnvironment = ProxyEnvironment.system();

    private @Nullable SslContext sslContext;

    private @Nullable String oauthClientId;

    private @Nullable Secret oauthClientSecret;

    private Clock tokenClock = Clock.systemUTC();

    private RateLimitSettings rateLimit = RateLimitSettings.DEFAULTS;

    private final List<RateLimitListener> rateLimitListeners = new ArrayList<>();

    AtlanClientBuilder() {
    }

    /**
     * Names the tenant, for metrics, logs and messages.
     * @param tenant letters, digits and dashes; {@code default} unless set
     * @return this builder
     */
    public AtlanClientBuilder tenant(String tenant) {
        this.tenant = tenant;
        return this;
    }

    /**
     * Sets the tenant's base URL.
     * @param baseUrl an absolute https URL such as {@code https://acme.atlan.com}; plain http only to a loopback
     * host unless {@link #allowInsecureHttp(boolean)}
     * @return this builder
     */
    public AtlanClientBuilder baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    /**
     * Sets the API key, sent as a bearer token and shown nowhere.
     * @param apiKey an Atlan API token
     * @return this builder
     */
    public AtlanClientBuilder apiKey(String apiKey) {
        this.apiKey = (apiKey != null) ? Secret.of(apiKey) : null;
        return this;
    }

    /**
     * Sets the API key, sent as a bearer token and shown nowhere.
     * @param apiKey an Atlan API token
     * @return this builder
     */
    public AtlanClientBuilder apiKey(Secret apiKey) {
        this.apiKey = apiKey;
        return this;
    }

    /**
     * Sets how long to wait for a TCP connection, and for a free connection in the pool.
     * @param connectTimeout a positive duration; 30 seconds unless set
     * @return this builder
     */
    public AtlanClientBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
    }

    /**
     * Sets how long to wait for response data once a request is sent. It is an idle timeout: a server that sends a
     * byte now and then never trips it, which is what {@link #attemptTimeout} and {@link #callTimeout} are for.
     * @param readTimeout a positive duration; 120 seconds unless set
     * @return this builder
     */
    public AtlanClientBuilder readTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
        return this;
    }

    /**
     * Sets the longest one attempt may take, from sending the request to the last byte of the answer. An attempt
     * past it fails with a {@link dev.atlanspring.client.error.DeadlineExceededException} that is retried like a
     * read timeout.
     * @param attemptTimeout a positive duration; 3 minutes unless set
     * @return this builder
     */
    public AtlanClientBuilder attemptTimeout(Duration attemptTimeout) {
        this.attemptTimeout = attemptTimeout;
        return this;
    }

    /**
     * Sets the longest a whole call may take, every attempt and every wait between them included. A call past it
     * fails with a {@link dev.atlanspring.client.error.DeadlineExceededException} that is never retried.
     * @param callTimeout a positive duration; 10 minutes unless set
     * @return this builder
     */
    public AtlanClientBuilder callTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
        return this;
    }

    /**
     * Sets the largest response body the client buffers; a larger one fails the call with a message saying so.
     * @param maxResponseSize up to 2GB; 64MB unless set
     * @return this builder
     */
    public AtlanClientBuilder maxResponseSize(DataSize maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
        return this;
    }

    /**
     * Sets the most connections the tenant's pool opens at once.
     * @param maxConnections at least 1; 50 unless set
     * @return this builder
     */
    public AtlanClientBuilder maxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
        return this;
    }

    /**
     * Allows a plain http base URL to a host that is not loopback, which sends the API key in clear text.
     * @param allowInsecureHttp {@code true} only on a network you trust; {@code false} unless set
     * @return this builder
     */
    public AtlanClientBuilder allowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
        return this;
    }

    /**
     * Sets how failed calls are retried.
     * @param retry the retry settings; {@link RetrySettings#DEFAULTS} unless set
     * @return this builder
     */
    public AtlanClientBuilder retry(RetrySettings retry) {
        this.retry = retry;
        return this;
    }

    /**
     * Sets how long the tenant's Atlan tag names (display name to hashed internal name) are cached before they are
     * read again. A name the cache does not know is looked up at once whatever the cache's age, so a tag created
     * moments ago is found; the time-to-live only bounds how long a renamed or deleted tag is remembered.
     * @param tagCacheTtl a positive duration; 10 minutes unless set
     * @return this builder
     */
    public AtlanClientBuilder tagCacheTtl(Duration tagCacheTtl) {
        this.tagCacheTtl = tagCacheTtl;
        return this;
    }

    /**
     * Sets how many assets a search asks Atlan for in each page, unless the search sets its own. Larger pages
     * mean fewer requests and more memory: a paged search holds one page at a time.
     * @param searchPageSize 1 to 5,000; 300 unless set
     * @return this builder
     */
    public AtlanClientBuilder searchPageSize(int searchPageSize) {
        this.searchPageSize = searchPageSize;
        return this;
    }

    /**
     * Replaces the retry policy the {@link #retry(RetrySettings) retry settings} describe with one of your own:
     * it decides which failures are retried and how long to back off. The settings still decide whether to retry
     * at all and the longest {@code Retry-After} to wait for.
     * @param retryPolicy the policy, or {@code null} for the one the settings describe
     * @return this builder
     */
    public AtlanClientBuilder retryPolicy(@Nullable RetryPolicy retryPolicy) {
        this.retryPolicy = retryPolicy;
        return this;
    }

    /**
     * Adds a listener told of every retry, as {@link org.springframework.core.retry.RetryTemplate} tells it.
     * @param retryListener the listener
     * @return this builder
     */
    public AtlanClientBuilder retryListener(RetryListener retryListener) {
        this.retryListeners.add(Objects.requireNonNull(retryListener, "retryListener"));
        return this;
    }

    /**
     * Sets the {@link WebClient.Builder} to start from, such as Spring Boot's, so that its customizers and
     * observation apply. It is cloned, never changed; the client sets its own connector, codecs and headers.
     * @param webClientBuilder the builder
     * @return this builder
     */
    public AtlanClientBuilder webClientBuilder(WebClient.@Nullable Builder webClientBuilder) {
        this.webClientBuilder = () -> webClientBuilder;
        return this;
    }

    /**
     * Sets where the {@link WebClient.Builder} to start from comes from, asked once, when the first call needs it,
     * rather than when the client is built: Spring Boot's builder, for one, brings a connector of Boot's own that
     * loads Reactor Netty at once, to be replaced by the client's. It is cloned, never changed.
     * @param webClientBuilder gives the builder, or {@code null} for a plain one; called by the first call
     * @return this builder
     * @see #webClientBuilder(WebClient.Builder)
     */
    public AtlanClientBuilder webClientBuilderSupplier(Supplier<WebClient.@Nullable Builder> webClientBuilder) {
        this.webClientBuilder = Objects.requireNonNull(webClientBuilder, "webClientBuilder");
        return this;
    }

    /**
     * Sets the Netty event loops to run on, shared by every tenant; Reactor Netty's global ones unless set.
     * @param loopResources the loops
     * @return this builder
     */
    public AtlanClientBuilder loopResources(@Nullable LoopResources loopResources) {
        this.loopResources = loopResources;
        return this;
    }

    /**
     * Sets where each logical call is observed as {@code atlan.client.requests}, its retries included. Give the
     * same registry to the {@link #webClientBuilder(WebClient.Builder) WebClient builder} for the per-attempt
     * {@code http.client.requests}, which then become children of the call's observation.
     * @param observationRegistry the registry; {@link ObservationRegistry#NOOP} unless set
     * @return this builder
     */
    public AtlanClientBuilder observationRegistry(ObservationRegistry observationRegistry) {
        this.observationRegistry = Objects.requireNonNull(observationRegistry, "observationRegistry");
        return this;
    }

    /**
     * Sends every request through a proxy, whatever the environment says.
     * @param proxy the proxy, or {@code null} for none set explicitly
     * @return this builder
     */
    public AtlanClientBuilder proxy(@Nullable ProxySettings proxy) {
        this.proxy = proxy;
        this.proxyUrl = null;
        return this;
    }

    /**
     * Sets the convention that names and tags the {@code atlan.client.requests} observation.
     * @param observationConvention the convention, or {@code null} for
     * {@link dev.atlanspring.client.observation.DefaultAtlanClientObservationConvention}
     * @return this builder
     */
    public AtlanClientBuilder observationConvention(@Nullable AtlanClientObservationConvention observationConvention) {
        this.observationConvention = observationConvention;
        return this;
    }

    /**
     * Sends every request through a proxy, whatever the environment says. The URL is checked by {@link #build()}.
     * @param proxyUrl such as {@code http://proxy.corp:3128}, {@code socks5://proxy.corp:1080}, with
     * {@code user:password@} (percent-encoded) before the host when the proxy asks for credentials; or {@code null}
     * for none set explicitly
     * @return this builder
     * @see ProxySettings#parse(String)
     */
    public AtlanClientBuilder proxy(@Nullable String proxyUrl) {
        this.proxyUrl = proxyUrl;
        this.proxy = null;
        return this;
    }

    /**
     * Sets where retries are counted, as {@code atlan.client.retries} tagged with tenant, operation and reason.
     * Needs {@code io.micrometer:micrometer-core}.
     * @param meterRegistry the registry, or {@code null} to count nothing
     * @return this builder
     */
    public AtlanClientBuilder meterRegistry(@Nullable MeterRegistry meterRegistry) {
        this.meterRegistry = meterRegistry;
        return this;
    }

    /**
     * Sets the hosts reached directly even when a proxy is set, replacing those of {@code NO_PROXY}.
     * @param nonProxyHosts entries as in {@code NO_PROXY}: {@code *}, {@code .corp.example.com},
     * {@code 10.0.0.0/8}, {@code host:port}
     * @return this builder
     * @see NonProxyHosts
     */
    public AtlanClientBuilder nonProxyHosts(Collection<String> nonProxyHosts) {
        this.nonProxyHosts.clear();
        this.nonProxyHosts.addAll(nonProxyHosts);
        return this;
    }

    /**
     * Sets the hosts reached directly even when a proxy is set, replacing those of {@code NO_PROXY}.
     * @param nonProxyHosts entries as in {@code NO_PROXY}
     * @return this builder
     */
    public AtlanClientBuilder nonProxyHosts(String... nonProxyHosts) {
        return nonProxyHosts(Arrays.asList(nonProxyHosts));
    }

    /**
     * Sets whether the {@code HTTPS_PROXY}, {@code HTTP_PROXY}, {@code ALL_PROXY} and {@code NO_PROXY} environment
     * variables apply to settings not made explicitly.
     * @param useProxyEnvironment {@code true} unless set
     * @return this builder
     */
    public AtlanClientBuilder useProxyEnvironment(boolean useProxyEnvironment) {
        this.useProxyEnvironment = useProxyEnvironment;
        return this;
    }

    /**
     * Sets where the proxy environment variables are read from, such as a map in a test.
     * @param variables a variable's value by name, {@code null} when unset; {@code System::getenv} unless set
     * @return this builder
     */
    public AtlanClientBuilder proxyEnvironment(Function<String, @Nullable String> variables) {
        this.proxyEnvironment = ProxyEnvironment.of(variables);
        return this;
    }

    /**
     * Sets the TLS trust (to trust a private CA or a TLS-inspecting proxy) and the client certificate to present.
     * Host names are still verified.
     * @param sslContext a client {@link SslContext}, such as one from
     * {@code SslContextBuilder.forClient().trustManager(...)}; or {@code null} for the JVM's default trust
     * @return this builder
     */
    public AtlanClientBuilder sslContext(@Nullable SslContext sslContext) {
        this.sslContext = sslContext;
        return this;
    }

    /**
     * Authenticates with OAuth client credentials instead of an API key: they are exchanged for access tokens,
     * which are cached until shortly before they expire and refreshed once for all concurrent calls.
     * @param clientId the OAuth client's id
     * @param clientSecret its secret
     * @return this builder
     */
    public AtlanClientBuilder oauthClientCredentials(@Nullable String clientId, @Nullable Secret clientSecret) {
        this.oauthClientId = clientId;
        this.oauthClientSecret = clientSecret;
        return this;
    }

    /**
     * Authenticates with OAuth client credentials instead of an API key.
     * @param clientId the OAuth client's id
     * @param clientSecret its secret
     * @return this builder
     * @see #oauthClientCredentials(String, Secret)
     */
    public AtlanClientBuilder oauthClientCredentials(@Nullable String clientId, @Nullable String clientSecret) {
        return oauthClientCredentials(clientId, (clientSecret != null) ? Secret.of(clientSecret) : null);
    }

    /**
     * Sets the clock OAuth access tokens expire by; tests pass one they move.
     * @param tokenClock the clock; the system's UTC clock unless set
     * @return this builder
     */
    public AtlanClientBuilder tokenClock(Clock tokenClock) {
        this.tokenClock = Objects.requireNonNull(tokenClock, "tokenClock");
        return this;
    }

    /**
     * Sets the request rates the client paces itself to, per endpoint family: a call that would go over waits
     * before it is sent, on a timer, instead of failing with 429 and being retried. A 429 that comes anyway pauses
     * that family for the {@code Retry-After} and halves its rate, which then recovers gradually.
     * @param rateLimit the rates; {@link RateLimitSettings#DEFAULTS} (Atlan's own limits) unless set, or
     * {@link RateLimitSettings#DISABLED} to send every call at once
     * @return this builder
     */
    public AtlanClientBuilder rateLimit(RateLimitSettings rateLimit) {
        this.rateLimit = rateLimit;
        return this;
    }

    /**
     * Adds a listener told when a call waits for the rate limits and when a 429 slows a family down. With a
     * {@link #meterRegistry(MeterRegistry) meter registry}, the client also records them as meters.
     * @param rateLimitListener the listener
     * @return this builder
     */
    public AtlanClientBuilder rateLimitListener(RateLimitListener rateLimitListener) {
        this.rateLimitListeners.add(Objects.requireNonNull(rateLimitListener, "rateLimitListener"));
        return this;
    }

    /**
     * Checks every setting.
     * @return the checked settings
     * @throws InvalidSettingException naming the first wrong setting
     */
    public AtlanClientSettings settings() {
        String checkedTenant = SettingsValidator.tenant(this.tenant);
        URI checkedBaseUrl = SettingsValidator.baseUrl(this.baseUrl, this.allowInsecureHttp);
        OAuthClientCredentials oauth = SettingsValidator.oauth(this.apiKey, this.oauthClientId,
                this.oauthClientSecret);
        return new AtlanClientSettings(checkedTenant, checkedBaseUrl, (oauth != null) ? null : this.apiKey,
                SettingsValidator.positive(ClientSetting.CONNECT_TIMEOUT, this.connectTimeout),
                SettingsValidator.positive(ClientSetting.READ_TIMEOUT, this.readTimeout),
                SettingsValidator.positive(ClientSetting.ATTEMPT_TIMEOUT, this.attemptTimeout),
                SettingsValidator.positive(ClientSetting.CALL_TIMEOUT, this.callTimeout),
                SettingsValidator.maxResponseSize(this.maxResponseSize),
                SettingsValidator.maxConnections(this.maxConnections), Objects.requireNonNull(this.retry, "retry"),
                SettingsValidator.positive(ClientSetting.TAG_CACHE_TTL, this.tagCacheTtl),
                SettingsValidator.searchPageSize(this.searchPageSize),
                SettingsValidator.proxy(this.proxy, this.proxyUrl, checkedBaseUrl, this.useProxyEnvironment,
                        this.proxyEnvironment),
                SettingsValidator.nonProxyHosts(this.nonProxyHosts, this.useProxyEnvironment, this.proxyEnvironment),
                this.sslContext, oauth, Objects.requireNonNull(this.rateLimit, "rateLimit"));
    }

    /**
     * Builds a non-blocking client.
     * @return the client
     * @throws InvalidSettingException naming the first wrong setting
     */
    public ReactiveAtlanClient buildReactive() {
        AtlanClientSettings settings = settings();
        List<RetryListener> listeners = new ArrayList<>(this.retryListeners);
        if (this.meterRegistry != null) {
            listeners.add(new AtlanRetryCounter(this.meterRegistry, settings.tenant()));
        }
        List<RateLimitListener> rateLimitListeners = new ArrayList<>(this.rateLimitListeners);
        if (this.meterRegistry != null) {
            rateLimitListeners.add(new AtlanRateLimitMeters(this.meterRegistry, settings.tenant()));
        }
        return new ReactiveAtlanClient(new AtlanHttp(settings, this.webClientBuilder, this.loopResources,
                this.retryPolicy, listeners, this.observationRegistry, this.observationConvention, this.tokenClock,
                RateLimitListeners.of(rateLimitListeners)));
    }

    /**
     * Builds a blocking client; {@link AtlanClient#reactive()} gives its non-blocking face.
     * @return the client
     * @throws InvalidSettingException naming the first wrong setting
     */
    public AtlanClient build() {
        return new AtlanClient(buildReactive());
    }

}
