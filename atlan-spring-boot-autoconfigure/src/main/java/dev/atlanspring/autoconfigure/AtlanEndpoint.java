package dev.atlanspring.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClientSettings;
import dev.atlanspring.client.proxy.ProxySettings;
import dev.atlanspring.client.AtlanClients;
import dev.atlanspring.client.retry.RetrySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The actuator endpoint {@code atlan} ({@code /actuator/atlan}): each tenant with its base URL, the settings its
 * client runs with (timeouts, pool, response size limit, retries, proxy), whether an API key is set (never the key),
 * and its health. The health is the tenants' {@link AtlanHealthCheck} result, the same the health contributor shows:
 * the cached one while it is younger than the cache TTL, so reading the endpoint asks Atlan only when no result is
 * cached, at most once per tenant and TTL.
 */
@Endpoint(id = "atlan")
public class AtlanEndpoint {

    private static final String SET = "set";

    private static final String NOT_SET = "not set";

    private final AtlanClients clients;

    private final AtlanHealthChecks healthChecks;

    /**
     * Creates the endpoint.
     * @param clients the clients to describe
     * @param healthChecks their health checks
     */
    public AtlanEndpoint(AtlanClients clients, AtlanHealthChecks healthChecks) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.healthChecks = Objects.requireNonNull(healthChecks, "healthChecks");
    }

    /**
     * Describes every tenant; the tenants' health checks run at once, not one after the other.
     * @return the tenants by name
     */
    @ReadOperation
    public TenantsDescriptor tenants() {
        List<Map.Entry<String, AtlanClient>> clients = List.copyOf(this.clients.asMap().entrySet());
        List<TenantDescriptor> described = Flux.fromIterable(clients)
            .flatMapSequential((entry) -> health(entry.getKey())
                .map((health) -> describe(entry.getValue(), health)))
            .collectList()
            .block();
        Map<String, TenantDescriptor> tenants = new LinkedHashMap<>();
        for (int i = 0; i < clients.size(); i++) {
            tenants.put(clients.get(i).getKey(), described.get(i));
        }
        return new TenantsDescriptor(tenants);
    }

    /**
     * Describes one tenant.
     * @param tenant the tenant's name, such as {@code default}
     * @return the tenant, or {@code null} (HTTP 404) when there is none of that name
     */
    @ReadOperation
    public @Nullable TenantDescriptor tenant(@Selector String tenant) {
        Optional<AtlanClient> client = this.clients.find(tenant);
        return client.map((found) -> describe(found, health(tenant).block())).orElse(null);
    }

    private Mono<HealthDescriptor> health(String tenant) {
        return this.healthChecks.find(tenant)
            .map((check) -> check.check().map(HealthDescriptor::of))
            .orElseGet(() -> Mono.just(HealthDescriptor.NOT_CHECKED));
    }

    private TenantDescriptor describe(AtlanClient client, HealthDescriptor health) {
        AtlanClientSettings settings = client.settings();
        return new TenantDescriptor(settings.baseUrl().toString(),
                (settings.apiKey() != null && !settings.apiKey().isBlank()) ? SET : NOT_SET,
                (settings.oauth() != null) ? settings.oauth().clientId() : NOT_SET,
                duration(settings.connectTimeout()), duration(settings.readTimeout()),
                duration(settings.attemptTimeout()), duration(settings.callTimeout()), settings.maxConnections(),
                size(settings.maxResponseSize()), RetryDescriptor.of(settings.retry()), proxy(settings),
                (settings.sslContext() != null) ? "custom" : "default", health);
    }

    /**
     * The proxy the tenant's client goes through and where it was configured, its password masked; {@code none}
     * when it connects directly (no proxy, or the base URL's host is among the non-proxy hosts).
     */
    static String proxy(AtlanClientSettings settings) {
        ProxySettings proxy = settings.effectiveProxy();
        return (proxy != null) ? proxy.url() + " (from " + proxy.origin() + ")" : "none";
    }

    /** A duration as a property would be written: {@code 30s}, {@code 500ms}. */
    static String duration(Duration duration) {
        long millis = duration.toMillis();
        return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
    }

    private static String size(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + "MB";
        }
        return (bytes % DataSize.ofKilobytes(1).toBytes() == 0) ? size.toKilobytes() + "KB" : bytes + "B";
    }

    /**
     * Every tenant, by name.
     *
     * @param tenants the tenants, {@code default} first when there is one
     */
    public record TenantsDescriptor(Map<String, TenantDescriptor> tenants) implements OperationResponseBody {
    }

    /**
     * One tenant.
     *
     * @param baseUrl the tenant's base URL
     * @param apiKey {@code set} or {@code not set}; never the key
     * @param oauthClientId the OAuth client the tenant authenticates as, or {@code not set}; never its secret
     * @param connectTimeout how long the client waits for a connection
     * @param readTimeout how long the client waits for response data
     * @param attemptTimeout the longest one attempt may take
     * @param callTimeout the longest a whole call may take, retries included
     * @param maxConnections the size of the tenant's connection pool
     * @param maxResponseSize the largest response body the client buffers
     * @param retry how failed calls are retried
     * @param proxy the proxy the client goes through, its password masked, or {@code none}
     * @param tls {@code custom} when an SSL bundle sets the trust, {@code default} for the JVM's
     * @param health the tenant's last health check
     */
    public record TenantDescriptor(String baseUrl, String apiKey, String oauthClientId, String connectTimeout,
            String readTimeout, String attemptTimeout, String callTimeout, int maxConnections, String maxResponseSize, RetryDescriptor retry, String proxy,
            String tls, HealthDescriptor health) implements OperationResponseBody {
    }

    /**
     * A tenant's retry settings.
     *
     * @param enabled whether failed calls are retried
     * @param maxRetries how many retries follow the first attempt
     * @param delay the wait before the first retry
     * @param multiplier how much the wait grows with each retry
     * @param maxDelay the longest wait, and the longest Retry-After waited for
     * @param jitter the random spread around each wait
     * @param statuses the HTTP statuses retried, besides connection failures
     */
    public record RetryDescriptor(boolean enabled, long maxRetries, String delay, double multiplier, String maxDelay,
            String jitter, List<Integer> statuses) {

        static RetryDescriptor of(RetrySettings retry) {
            return new RetryDescriptor(retry.enabled(), retry.maxRetries(), duration(retry.delay()), retry.multiplier(),
                    duration(retry.maxDelay()), duration(retry.jitter()), retry.statuses().stream().sorted().toList());
        }

    }

    /**
     * A tenant's health, as its health check last found it.
     *
     * @param status {@code UP}, {@code DOWN}, or {@code UNKNOWN} when the tenant has no health check
     * @param checkedAt when the check ended, or {@code null}
     * @param details the health details: tenant, base URL, user and latency, or exception and message
     */
    public record HealthDescriptor(String status, @Nullable Instant checkedAt, Map<String, Object> details) {

        static final HealthDescriptor NOT_CHECKED = new HealthDescriptor("UNKNOWN", null, Map.of());

        static HealthDescriptor of(AtlanHealthCheck.Result result) {
            return new HealthDescriptor(result.up() ? "UP" : "DOWN", result.checkedAt(), result.details());
        }

    }

}
