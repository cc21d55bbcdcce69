package dev.atlanspring.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.error.DeadlineExceededException;
import dev.atlanspring.client.error.RateLimitException;
import dev.atlanspring.client.observation.AtlanRateLimitMeters;
import dev.atlanspring.client.ratelimit.EndpointFamily;
import dev.atlanspring.client.ratelimit.RateLimitListener;
import dev.atlanspring.client.ratelimit.RateLimitSettings;
import dev.atlanspring.client.retry.RetrySettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The client's pacing against WireMock answering as Atlan's nginx does when a limit is passed: HTML 429 with
 * {@code Retry-After: 1} ({@code limit_req_status 429} and {@code add_header Retry-After 1 always} in atlas-metastore
 * {@code helm/atlas/templates/nginx-cm.yaml}). Assertions are on requests received, exceptions and reported waits,
 * never on how many milliseconds passed.
 */
class RateLimitTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    private static final String BULK = "/api/meta/entity/bulk";

    private static final String NGINX_429 = "<html>\r\n<head><title>429 Too Many Requests</title></head>\r\n<body>\r\n"
            + "<center><h1>429 Too Many Requests</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    private static final String CREATED = "{\"mutatedEntities\": {\"CREATE\": [{\"typeName\": \"Table\", \"guid\": "
            + "\"g-1\", \"status\": \"ACTIVE\", \"attributes\": {\"qualifiedName\": \"q/T1\"}}]}}";

    /** Fast retries that still wait for a Retry-After of a second. */
    private static final RetrySettings RETRIES_WAITING_A_SECOND = WireMockSupport.fastRetries(3,
            Duration.ofSeconds(2), RetrySettings.DEFAULT_STATUSES);

    private final List<String> waits = new CopyOnWriteArrayList<>();

    private final RateLimitListener recorder = new RateLimitListener() {

        @Override
        public void waited(EndpointFamily family, Duration wait) {
            RateLimitTests.this.waits.add(family.tag() + " " + wait.toMillis());
        }

    };

    private static ResponseDefinitionBuilder tooManyRequests(int retryAfterSeconds) {
        return aResponse().withStatus(429)
            .withHeader("Content-Type", "text/html")
            .withHeader("Retry-After", String.valueOf(retryAfterSeconds))
            .withBody(NGINX_429);
    }

    /** The first bulk request is refused, every later one accepted. */
    private static void firstBulkRequestRefused(int retryAfterSeconds) {
        wireMock.stubFor(post(urlPathEqualTo(BULK)).inScenario("limited")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(tooManyRequests(retryAfterSeconds))
            .willSetStateTo("accepting"));
        wireMock.stubFor(post(urlPathEqualTo(BULK)).inScenario("limited")
            .whenScenarioStateIs("accepting")
            .willReturn(okJson(CREATED)));
    }

    private static Asset table() {
        return Asset.builder("Table", "q/T1").name("T1").build();
    }

    private AtlanClientBuilder paced(String tenant) {
        return WireMockSupport.builder(wireMock.getPort())
            .tenant(tenant)
            .rateLimit(RateLimitSettings.DEFAULTS)
            .rateLimitListener(this.recorder);
    }

    /**
     * A new client's first calls, made at once, wait for the rate on the scheduler the limiter takes on its first
     * wait (not when the client is made), and all of them are sent.
     */
    @Test
    void concurrentFirstCallsOfANewClientWaitForTheRateAndAllSucceed() {
        wireMock.stubFor(post(urlPathEqualTo(BULK)).willReturn(okJson(CREATED)));
        // Two a second, with a burst of 2 of which the client uses 1: two go at once, the other two wait.
        RateLimitSettings twoPerSecond = RateLimitSettings.DEFAULTS.with(EndpointFamily.BULK,
                new RateLimitSettings.Limit(120, 2));
        try (AtlanClient atlan = paced("default").rateLimit(twoPerSecond).build()) {
            List<Integer> created = Flux.range(0, 4)
                .flatMap((i) -> atlan.reactive().assets().save(List.of(table())), 4)
                .map((result) -> result.created().size())
                .collectList()
                .block(Duration.ofSeconds(30));
            assertThat(created).hasSize(4).containsOnly(1);
        }
        assertThat(wireMock.findAll(postRequestedFor(urlPathEqualTo(BULK)))).hasSize(4);
        assertThat(this.waits).hasSize(2).allMatch((wait) -> wait.startsWith("bulk "));
    }

    @Test
    void afterA429TheNextCallWaitsForTheRetryAfterInsteadOfFailing() {
        firstBulkRequestRefused(2);
        try (AtlanClient atlan = paced("default").retry(RetrySettings.DISABLED).build()) {
            RateLimitException refused = catchThrowableOfType(RateLimitException.class,
                    () -> atlan.assets().save(table()));
            assertThat(refused.getRetryAfter()).isEqualTo(Duration.ofSeconds(2));
            assertThat(this.waits).isEmpty();

            assertThat(atlan.assets().save(table()).created()).extracting(Asset::guid).containsExactly("g-1");
        }
        assertThat(wireMock.findAll(postRequestedFor(urlPathEqualTo(BULK)))).hasSize(2);
        assertThat(this.waits).singleElement().satisfies((wait) -> {
            assertThat(wait).startsWith("bulk ");
            assertThat(Long.parseLong(wait.substring(5))).isPositive().isLessThanOrEqualTo(2000);
        });
    }

    @Test
    void a429IsCountedAsASlowdownAndTheWaitsThatFollowAreTimed() {
        firstBulkRequestRefused(1);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (AtlanClient atlan = paced("default").meterRegistry(meters).retry(RETRIES_WAITING_A_SECOND).build()) {
            // Retried after the Retry-After; the retry and the next call go through the limiter.
            assertThat(atlan.assets().save(table()).created()).hasSize(1);
            assertThat(atlan.assets().save(table()).created()).hasSize(1);
        }
        assertThat(meters.get(AtlanRateLimitMeters.SLOWDOWNS).tag("atlan.tenant", "default").tag("family", "bulk")
            .counter().count()).isEqualTo(1.0);
        assertThat(meters.get(AtlanRateLimitMeters.SLOWDOWNS).tag("family", "index-search").counter().count())
            .isZero();
        assertThat(meters.get(AtlanRateLimitMeters.WAITS).tag("family", "bulk").timer().count())
            .isEqualTo(this.waits.size());
        assertThat(wireMock.findAll(postRequestedFor(urlPathEqualTo(BULK)))).hasSize(3);
    }

    @Test
    void oneTenantsLimitNeverSlowsAnother() {
        firstBulkRequestRefused(30);
        try (AtlanClient acme = paced("acme").retry(RetrySettings.DISABLED).callTimeout(Duration.ofSeconds(5)).build();
                AtlanClient emea = paced("emea").retry(RetrySettings.DISABLED).build()) {
            catchThrowableOfType(RateLimitException.class, () -> acme.assets().save(table()));

            // acme must now wait 30 s, past its 5 s call deadline: it fails at once, sending nothing.
            DeadlineExceededException tooLate = catchThrowableOfType(DeadlineExceededException.class,
                    () -> acme.assets().save(table()));
            assertThat(tooLate.getMessage()).contains("bulk rate limit of tenant acme");
            assertThat(tooLate.getDeadline()).isEqualTo(DeadlineExceededException.Deadline.CALL);
            assertThat(wireMock.findAll(postRequestedFor(urlPathEqualTo(BULK)))).hasSize(1);

            // emea goes at once.
            for (int i = 0; i < 3; i++) {
                assertThat(emea.assets().save(table()).created()).hasSize(1);
            }
        }
        assertThat(this.waits).isEmpty();
        assertThat(wireMock.findAll(postRequestedFor(urlPathEqualTo(BULK)))).hasSize(4)
            .extracting((request) -> request.getHeader("x-atlan-agent-id")).containsOnly("java");
    }

    @Test
    void withPacingOffA429IsOnlyRetried() {
        firstBulkRequestRefused(1);
        try (AtlanClient atlan = paced("default").rateLimit(RateLimitSettings.DISABLED)
            .retry(RETRIES_WAITING_A_SECOND)
            .build()) {
            assertThat(atlan.assets().save(table()).created()).hasSize(1);
            assertThat(atlan.assets().save(table()).created()).hasSize(1);
        }
        assertThat(this.waits).isEmpty();
    }

}
