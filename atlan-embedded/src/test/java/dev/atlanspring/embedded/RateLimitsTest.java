package dev.atlanspring.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.atlanspring.embedded.RateLimits.Counts;
import dev.atlanspring.embedded.RateLimits.Family;
import dev.atlanspring.embedded.RateLimits.Limit;

/**
 * The embedded nginx limits, on a clock the test moves. Semantics from atlas-metastore
 * {@code helm/atlas/templates/nginx-cm.yaml} ({@code limit_req zone=... burst=N nodelay}, zones keyed on
 * {@code $http_x_atlan_agent_id}, {@code product_webapp} mapped to an empty key) and nginx's
 * {@code ngx_http_limit_req_lookup} (excess in thousandths of a request, millisecond granularity).
 */
class RateLimitsTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    private final NginxRateLimiter limiter = new NginxRateLimiter(RateLimits.atlanDefaults()
        .with(Family.BULK, Limit.perSecond(10, 5)), this.now::get);

    @Test
    void pathsFallIntoTheFamiliesOfAtlansNginxLocations() {
        assertThat(Family.of("/api/meta/search/indexsearch")).isEqualTo(Family.INDEX_SEARCH);
        assertThat(Family.of("/api/atlas/v2/search/indexsearch")).isEqualTo(Family.INDEX_SEARCH);
        assertThat(Family.of("/api/meta/entity/bulk")).isEqualTo(Family.BULK);
        assertThat(Family.of("/api/atlas/v2/entity/bulk")).isEqualTo(Family.BULK);
        assertThat(Family.of("/api/meta/entity/bulk/extra")).isEqualTo(Family.OTHER);
        assertThat(Family.of("/api/meta/entity/guid/abc")).isEqualTo(Family.OTHER);
        assertThat(Family.of("/api/service/users/current")).isNull();
    }

    @Test
    void theBurstPlusOnePassAtOnceThenOneEveryIntervalOfTheRate() {
        for (int i = 0; i < 6; i++) {
            assertThat(bulk()).as("request %d of the burst", i).isTrue();
        }
        assertThat(bulk()).isFalse();
        this.now.addAndGet(99);
        assertThat(bulk()).as("before 100 ms have drained one request").isFalse();
        this.now.addAndGet(1);
        assertThat(bulk()).isTrue();
        assertThat(bulk()).isFalse();
        assertThat(this.limiter.counts(Family.BULK)).isEqualTo(new Counts(7, 3));
    }

    @Test
    void aRefusedRequestDoesNotFillTheBucket() {
        for (int i = 0; i < 6; i++) {
            bulk();
        }
        for (int i = 0; i < 50; i++) {
            assertThat(bulk()).isFalse();
        }
        this.now.addAndGet(100);
        assertThat(bulk()).isTrue();
    }

    @Test
    void eachAgentIdHasItsOwnBucketAndFamiliesDoNotShareOne() {
        for (int i = 0; i < 6; i++) {
            bulk();
        }
        assertThat(bulk()).isFalse();
        assertThat(this.limiter.allow("/api/meta/entity/bulk", "python", "product_sdk")).isTrue();
        assertThat(this.limiter.allow("/api/meta/search/indexsearch", "java", "product_sdk")).isTrue();
        assertThat(this.limiter.allow("/api/meta/entity/guid/x", "java", "product_sdk")).isTrue();
    }

    @Test
    void requestsWithoutAnAgentIdOrFromTheWebAppAreNotLimited() {
        for (int i = 0; i < 100; i++) {
            assertThat(this.limiter.allow("/api/meta/entity/bulk", null, "product_sdk")).isTrue();
            assertThat(this.limiter.allow("/api/meta/entity/bulk", "java", "product_webapp")).isTrue();
            assertThat(this.limiter.allow("/api/service/users/current", "java", "product_sdk")).isTrue();
        }
    }

    @Test
    void badLimitsAreRefusedWithTheirValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> Limit.perMinute(0, 1)).withMessageContaining("above 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Limit.perSecond(1, -1))
            .withMessageContaining("burst must be 0 or more, was -1");
    }

    @Test
    void anEmbeddedAtlanOverItsLimitAnswersNginxs429Page() {
        try (EmbeddedAtlan atlan = EmbeddedAtlan.builder()
            .rateLimits(RateLimits.atlanDefaults().with(Family.INDEX_SEARCH, Limit.perMinute(60, 1)))
            .rateLimitClock(this.now::get)
            .start()) {
            AtlanTestClient client = new AtlanTestClient(atlan);
            String search = "{\"dsl\":{\"size\":1,\"query\":{\"match_all\":{}}}}";
            String key = "Bearer " + atlan.apiKey();
            assertThat(client.send("POST", "/api/meta/search/indexsearch", search, key, "java").status())
                .isEqualTo(200);
            assertThat(client.send("POST", "/api/meta/search/indexsearch", search, key, "java").status())
                .isEqualTo(200);
            AtlanTestClient.Reply refused = client.send("POST", "/api/meta/search/indexsearch", search, key, "java");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.contentType()).isEqualTo("text/html");
            assertThat(refused.body()).contains("<title>429 Too Many Requests</title>");
            assertThat(refused.retryAfter()).isEqualTo("1");
            assertThat(client.send("GET", "/api/service/users/current", null, key, "java").status()).isEqualTo(200);
            this.now.addAndGet(1000);
            assertThat(client.send("POST", "/api/meta/search/indexsearch", search, key, "java").status())
                .isEqualTo(200);
            assertThat(atlan.rateLimitCounts(Family.INDEX_SEARCH)).isEqualTo(new Counts(3, 1));
            assertThat(atlan.rateLimits()).isPresent();
        }
    }

    @Test
    void anEmbeddedAtlanEnforcesNoLimitUnlessAsked() {
        try (EmbeddedAtlan atlan = EmbeddedAtlan.builder().seedDemoCatalog(false).start()) {
            assertThat(atlan.rateLimits()).isEmpty();
            assertThat(atlan.rateLimitCounts(Family.BULK)).isEqualTo(new Counts(0, 0));
        }
    }

    private boolean bulk() {
        return this.limiter.allow("/api/meta/entity/bulk", "java", "product_sdk");
    }
}
