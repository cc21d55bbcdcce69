package dev.atlanspring.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetBatch;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.ratelimit.EndpointFamily;
import dev.atlanspring.client.ratelimit.RateLimitSettings;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.client.search.SearchField;
import dev.atlanspring.embedded.EmbeddedAtlan;
import dev.atlanspring.embedded.RateLimits;
import dev.atlanspring.embedded.RateLimits.Counts;
import dev.atlanspring.embedded.RateLimits.Family;
import dev.atlanspring.embedded.RateLimits.Limit;
import tools.jackson.databind.JsonNode;

/**
 * The rate-limited part, in a fresh JVM: an embedded Atlan enforcing nginx-like limits (Atlan's shape, rates scaled
 * up so that a run takes about a minute), one client told those limits, and a number of callers sharing it. They
 * save {@value #ASSETS} assets in batches, then stream them back with a paged search, each caller its own share.
 * It reports the requests the limits let through per second of the run as a fraction of the most the limits allow
 * in that time, the share of requests answered 429, and writes lost or applied twice, checked in the embedded
 * Atlan's store.
 */
public final class RateLimitedBenchmark {

    /** The assets saved at scale 1. */
    static final int ASSETS = 20_000;

    /** Assets per bulk request: an asset batch's default size. */
    static final int BATCH_SIZE = 100;

    /** Assets per search page. */
    static final int PAGE_SIZE = 200;

    /**
     * Bulk requests a second the embedded Atlan allows. Atlan allows 1,000 a minute, but a bulk request there takes
     * longer than the 60 ms between them; here it takes far less, so the rate is scaled down until one caller, whose
     * batch sends one request at a time, still has the time to use it: 200 requests in about 50 s.
     */
    static final double BULK_PER_SECOND = 4;

    /** Index searches a second the embedded Atlan allows: 100 pages in about 20 s. */
    static final double SEARCH_PER_SECOND = 5;

    /** The burst of both: two seconds' worth, as Atlan's 100 is a few seconds' worth. */
    static final int BURST = 8;

    /**
     * Rates no benchmark against the unlimited stub ever waits for: the limiter's bookkeeping still runs on every
     * call, which is what the per-call parts measure.
     */
    static final RateLimitSettings NEVER_WAITS = RateLimitSettings.DEFAULTS
        .with(EndpointFamily.INDEX_SEARCH, new RateLimitSettings.Limit(1e9, 100_000))
        .with(EndpointFamily.BULK, new RateLimitSettings.Limit(1e9, 100_000))
        .with(EndpointFamily.OTHER, new RateLimitSettings.Limit(1e9, 100_000));

    private RateLimitedBenchmark() {
    }

    /**
     * Runs the part and emits its results.
     * @param args the number of callers, then {@code paced}, or {@code unpaced} for the comparison run: pacing off,
     * a quarter of the assets, as a bulk job ran before the client paced itself
     */
    public static void main(String[] args) throws Exception {
        int callers = Integer.parseInt(args[0]);
        boolean paced = !"unpaced".equals(args[1]);
        int assets = Stats.scaled(paced ? ASSETS : ASSETS / 4);
        RateLimits limits = RateLimits.atlanDefaults()
            .with(Family.BULK, Limit.perSecond(BULK_PER_SECOND, BURST))
            .with(Family.INDEX_SEARCH, Limit.perSecond(SEARCH_PER_SECOND, BURST));
        RateLimitSettings told = RateLimitSettings.DEFAULTS
            .with(EndpointFamily.BULK, new RateLimitSettings.Limit(BULK_PER_SECOND * 60, BURST))
            .with(EndpointFamily.INDEX_SEARCH, new RateLimitSettings.Limit(SEARCH_PER_SECOND * 60, BURST));
        Map<String, Object> result = new LinkedHashMap<>();
        try (EmbeddedAtlan atlan = EmbeddedAtlan.builder().seedDemoCatalog(false).rateLimits(limits).start();
                AtlanClient client = AtlanClient.builder().tenant("bench").baseUrl(atlan.baseUrl())
                    .apiKey(atlan.apiKey()).rateLimit(paced ? told : RateLimitSettings.DISABLED).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            AtomicLong notSaved = new AtomicLong();
            AtomicLong searchesFailed = new AtomicLong();
            AtomicLong writtenTwice = new AtomicLong();
            long start = System.nanoTime();
            List<Future<?>> saves = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int caller = c;
                saves.add(pool.submit(() -> save(client, caller, callers, assets, notSaved, writtenTwice)));
            }
            for (Future<?> save : saves) {
                save.get();
            }
            double saveSeconds = (System.nanoTime() - start) / 1e9;
            Fork.progress(callers + " callers saved " + assets + " assets in " + Stats.round(saveSeconds, 1) + " s");

            Set<String> streamed = java.util.concurrent.ConcurrentHashMap.newKeySet();
            AtomicLong streamedTotal = new AtomicLong();
            start = System.nanoTime();
            List<Future<?>> searches = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int caller = c;
                searches.add(pool.submit(() -> stream(client, caller, streamed, streamedTotal, searchesFailed)));
            }
            for (Future<?> search : searches) {
                search.get();
            }
            double searchSeconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            Fork.progress(callers + " callers streamed " + streamedTotal.get() + " assets in "
                    + Stats.round(searchSeconds, 1) + " s");

            Counts bulk = atlan.rateLimitCounts(Family.BULK);
            Counts search = atlan.rateLimitCounts(Family.INDEX_SEARCH);
            double allowedAtMost = BULK_PER_SECOND * saveSeconds + BURST + 1 + SEARCH_PER_SECOND * searchSeconds
                    + BURST + 1;
            Set<String> stored = new HashSet<>();
            List<JsonNode> tables = atlan.entities("Table");
            tables.forEach((table) -> stored.add(table.get("attributes").get("qualifiedName").asString()));
            long lostInStore = assets - stored.size();
            long lostInSearch = assets - streamed.size();
            result.put("callers", callers);
            result.put("paced", paced);
            result.put("assets", assets);
            result.put("saveSeconds", Stats.round(saveSeconds, 2));
            result.put("searchSeconds", Stats.round(searchSeconds, 2));
            result.put("bulkAllowed", bulk.allowed());
            result.put("bulkRefused", bulk.refused());
            result.put("searchAllowed", search.allowed());
            result.put("searchRefused", search.refused());
            result.put("bulkFractionOfLimit",
                    Stats.round(bulk.allowed() / (BULK_PER_SECOND * saveSeconds + BURST + 1), 3));
            result.put("searchFractionOfLimit",
                    Stats.round(search.allowed() / (SEARCH_PER_SECOND * searchSeconds + BURST + 1), 3));
            result.put("fractionOfLimit", Stats.round((bulk.allowed() + search.allowed()) / allowedAtMost, 3));
            long requests = bulk.allowed() + bulk.refused() + search.allowed() + search.refused();
            result.put("requests", requests);
            result.put("refused", bulk.refused() + search.refused());
            result.put("share429", Stats.round((double) (bulk.refused() + search.refused()) / requests, 4));
            result.put("assetsNotSaved", notSaved.get());
            result.put("searchesFailed", searchesFailed.get());
            result.put("lost", Math.max(lostInStore, lostInSearch));
            // Upserts by qualified name cannot store an asset twice; a write applied twice shows as an update or
            // an unchanged asset in a batch that only creates, as an extra entity, or as an asset streamed twice.
            result.put("duplicated", writtenTwice.get() + (tables.size() - stored.size())
                    + (streamedTotal.get() - streamed.size()));
        }
        Fork.emit(result);
    }

    private static void save(AtlanClient client, int caller, int callers, int assets, AtomicLong notSaved,
            AtomicLong writtenTwice) {
        AssetBatch batch = client.assets().batch().maxSize(BATCH_SIZE).captureFailures(true).build();
        try (batch) {
            for (int i = caller; i < assets; i += callers) {
                batch.add(Asset.builder("Table", prefix(caller) + i).name("T" + i).build());
            }
        }
        notSaved.addAndGet(batch.failures().size());
        writtenTwice.addAndGet(batch.updated().size() + batch.unchanged().size());
    }

    private static void stream(AtlanClient client, int caller, Set<String> streamed, AtomicLong streamedTotal,
            AtomicLong failures) {
        Search search = Search.type("Table").filter(new Query.Prefix(SearchField.QUALIFIED_NAME, prefix(caller)))
            .pageSize(PAGE_SIZE);
        try (Stream<Asset> assets = client.assets().search(search).stream()) {
            assets.forEach((asset) -> {
                streamed.add(asset.qualifiedName());
                streamedTotal.incrementAndGet();
            });
        }
        catch (AtlanException ex) {
            failures.incrementAndGet();
        }
    }

    private static String prefix(int caller) {
        return "bench/c" + caller + "/";
    }

}
