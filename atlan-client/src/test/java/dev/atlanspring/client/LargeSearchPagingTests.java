package dev.atlanspring.client;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.ratelimit.RateLimitSettings;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.client.search.SearchField;
import dev.atlanspring.client.search.SearchResult;
import dev.atlanspring.embedded.DemoCatalog;
import dev.atlanspring.embedded.EmbeddedAtlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More than 100,000 results against the embedded Atlan, which refuses from/size paging past 100,000 as
 * Elasticsearch does (so reading them all proves the switch happened): both faces read every asset exactly once across the switch to search_after, and a thousand
 * assets share each creation time, so the switch lands among equal times and only the GUID tells them apart.
 */
@Timeout(120)
class LargeSearchPagingTests {

    /** Past the window, and not a multiple of the page size, so the last page is short. */
    private static final int GENERATED = 100_000 + 1_234;

    private static EmbeddedAtlan atlan;

    private static AtlanClient client;

    @BeforeAll
    static void start() {
        atlan = EmbeddedAtlan.builder().generatedAssets(GENERATED).start();
        // The embedded Atlan here enforces no rate limit: pacing would only slow the paging down.
        client = AtlanClient.builder().baseUrl(atlan.baseUrl()).apiKey(atlan.apiKey())
            .rateLimit(RateLimitSettings.DISABLED).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        atlan.close();
    }

    /**
     * Pages of 1,700: the last from/size page ends at 98,600, inside a group of a thousand equal creation times,
     * and the whole read takes 60 requests rather than the 338 of pages of 300.
     */
    private static Search generatedTables() {
        return Search.type("Table")
            .filter(Query.prefix(SearchField.QUALIFIED_NAME, DemoCatalog.GENERATED_SCHEMA_QUALIFIED_NAME + "/"))
            .pageSize(1_700);
    }

    @Test
    void theStreamReadsEveryAssetExactlyOnceAcrossTheSwitch() {
        Set<String> seen = new HashSet<>(GENERATED * 2);
        AtomicInteger duplicates = new AtomicInteger();
        SearchResult result = client.assets().search(generatedTables());
        assertThat(result.approximateCount()).isEqualTo(GENERATED);
        try (Stream<Asset> assets = result.stream()) {
            assets.forEach((asset) -> {
                if (!seen.add(asset.guid())) {
                    duplicates.incrementAndGet();
                }
            });
        }

        assertThat(duplicates).hasValue(0);
        assertThat(seen).hasSize(GENERATED);
    }

    @Test
    void theFluxReadsEveryAssetExactlyOnceAcrossTheSwitchInCreationOrder() {
        Set<String> seen = new HashSet<>(GENERATED * 2);
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger outOfOrder = new AtomicInteger();
        long[] lastTime = { Long.MIN_VALUE };

        client.reactive().assets().search(generatedTables()).flux().doOnNext((asset) -> {
            if (!seen.add(asset.guid())) {
                duplicates.incrementAndGet();
            }
            long time = asset.createTime().toEpochMilli();
            if (time < lastTime[0]) {
                outOfOrder.incrementAndGet();
            }
            lastTime[0] = time;
        }).blockLast();

        assertThat(duplicates).hasValue(0);
        assertThat(outOfOrder).hasValue(0);
        assertThat(seen).hasSize(GENERATED);
    }

}
