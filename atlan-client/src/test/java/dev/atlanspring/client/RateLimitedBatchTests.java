package dev.atlanspring.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetBatch;
import dev.atlanspring.client.ratelimit.EndpointFamily;
import dev.atlanspring.client.ratelimit.RateLimitSettings;
import dev.atlanspring.client.retry.RetrySettings;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.embedded.EmbeddedAtlan;
import dev.atlanspring.embedded.RateLimits;
import dev.atlanspring.embedded.RateLimits.Family;
import dev.atlanspring.embedded.RateLimits.Limit;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batch writes and lazy searches from 8 threads on one client, against an embedded Atlan that enforces nginx's
 * limits (429 with {@code Retry-After: 1} past the burst): every asset is saved exactly once, whether the client
 * knows the limit or has to find it out from the 429s. Checked in the embedded Atlan's store, not by timing.
 */
@Timeout(120)
class RateLimitedBatchTests {

    private static final int CALLERS = 8;

    private static final int ASSETS_PER_CALLER = 40;

    /** The embedded Atlan lets 20 bulk requests a second through, 4 more at once. */
    private static final RateLimits SERVER_LIMITS = RateLimits.atlanDefaults()
        .with(Family.BULK, Limit.perSecond(20, 4))
        .with(Family.INDEX_SEARCH, Limit.perSecond(20, 4));

    @Test
    void aClientThatKnowsTheLimitSavesEveryAssetExactlyOnce() throws Exception {
        RateLimitSettings known = RateLimitSettings.DEFAULTS
            .with(EndpointFamily.BULK, new RateLimitSettings.Limit(1200, 4))
            .with(EndpointFamily.INDEX_SEARCH, new RateLimitSettings.Limit(1200, 4));
        saveFromEightCallersThenSearch(known, RetrySettings.DEFAULTS);
    }

    @Test
    void aClientThatThinksTheLimitFiveTimesHigherLearnsItFromThe429sAndStillSavesEveryAssetExactlyOnce()
            throws Exception {
        RateLimitSettings tooHigh = RateLimitSettings.DEFAULTS
            .with(EndpointFamily.BULK, new RateLimitSettings.Limit(6000, 40))
            .with(EndpointFamily.INDEX_SEARCH, new RateLimitSettings.Limit(6000, 40));
        SimpleMeterRegistry meters = saveFromEightCallersThenSearch(tooHigh,
                new RetrySettings(true, 20, Duration.ofMillis(200), 2.0, Duration.ofSeconds(2), Duration.ofMillis(50),
                        RetrySettings.DEFAULT_STATUSES));
        assertThat(meters.get("atlan.client.rate-limit.slowdowns").tag("family", "bulk").counter().count())
            .isPositive();
    }

    private SimpleMeterRegistry saveFromEightCallersThenSearch(RateLimitSettings rateLimit, RetrySettings retry)
            throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (EmbeddedAtlan atlan = EmbeddedAtlan.builder().seedDemoCatalog(false).rateLimits(SERVER_LIMITS).start();
                AtlanClient client = AtlanClient.builder()
                    .baseUrl(atlan.baseUrl())
                    .apiKey(atlan.apiKey())
                    .rateLimit(rateLimit)
                    .retry(retry)
                    .meterRegistry(meters)
                    .build()) {
            ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
            List<Future<AssetBatch>> batches = new ArrayList<>();
            for (int caller = 0; caller < CALLERS; caller++) {
                int first = caller * ASSETS_PER_CALLER;
                batches.add(callers.submit(() -> {
                    AssetBatch batch = client.assets().batch().maxSize(5).build();
                    try (batch) {
                        for (int i = first; i < first + ASSETS_PER_CALLER; i++) {
                            batch.add(Asset.builder("Table", "rl/T" + i).name("T" + i).build());
                        }
                    }
                    return batch;
                }));
            }
            List<String> created = new ArrayList<>();
            for (Future<AssetBatch> batch : batches) {
                AssetBatch done = batch.get();
                assertThat(done.pending()).isEmpty();
                assertThat(done.failures()).isEmpty();
                assertThat(done.updated()).as("assets written a second time").isEmpty();
                assertThat(done.unchanged()).as("assets written a second time").isEmpty();
                done.created().forEach((asset) -> created.add(asset.qualifiedName()));
            }
            callers.shutdown();
            int expected = CALLERS * ASSETS_PER_CALLER;
            assertThat(created).hasSize(expected).doesNotHaveDuplicates();
            List<JsonNode> stored = atlan.entities("Table");
            Set<String> storedNames = new HashSet<>();
            stored.forEach((entity) -> storedNames.add(entity.get("attributes").get("qualifiedName").asString()));
            assertThat(stored).hasSize(expected);
            assertThat(storedNames).hasSize(expected).containsAll(created);

            // A lazy search pages through the same limiter: 5 assets a page, so 64 pages, none lost.
            try (var results = client.assets()
                .search(Search.type("Table").pageSize(5))
                .stream()) {
                assertThat(results.map(Asset::qualifiedName).distinct().count()).isEqualTo(expected);
            }
            assertThat(atlan.rateLimitCounts(Family.BULK).allowed()).isGreaterThanOrEqualTo(expected / 5);
        }
        return meters;
    }

}
