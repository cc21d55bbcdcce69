package dev.atlanspring.client;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetBatch;
import dev.atlanspring.client.asset.BatchFailure;
import dev.atlanspring.client.error.ApiException;
import dev.atlanspring.client.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An asset batch against WireMock, with failures injected into some flushes: every queued asset ends up saved,
 * in the failures, or still pending, never lost.
 */
class AssetBatchTests extends WireMockClientTests {

    private static final String BULK = "/api/meta/entity/bulk";

    private static Asset table(int number) {
        return Asset.builder("Table", "q/T" + number).name("T" + number).build();
    }

    /** Answers a flush whose first asset is {@code first} by creating its assets. */
    private static void createsFlushStartingAt(int first, int... numbers) {
        String created = IntStream.of(numbers)
            .mapToObj((n) -> "{\"typeName\": \"Table\", \"guid\": \"g-%d\", \"status\": \"ACTIVE\", "
                    .formatted(n) + "\"attributes\": {\"qualifiedName\": \"q/T%d\"}}".formatted(n))
            .collect(Collectors.joining(","));
        wireMock.stubFor(post(urlPathEqualTo(BULK)).withRequestBody(firstAsset(first))
            .willReturn(okJson("{\"mutatedEntities\": {\"CREATE\": [" + created + "]}}")));
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern firstAsset(int number) {
        return matchingJsonPath("$.entities[0].attributes.qualifiedName", equalTo("q/T" + number));
    }

    @Test
    void withFailureCaptureEveryAssetIsEitherSavedOrListedWithTheFailureOfItsFlush() {
        createsFlushStartingAt(0, 0, 1, 2);
        wireMock.stubFor(post(urlPathEqualTo(BULK)).withRequestBody(firstAsset(3))
            .willReturn(aResponse().withStatus(503).withBody("{\"errorCode\": \"ATLAS-503-00-001\"}")));
        createsFlushStartingAt(6, 6, 7);
        wireMock.stubFor(post(urlPathEqualTo(BULK)).withRequestBody(firstAsset(9))
            .willReturn(aResponse().withStatus(400).withBody("{\"errorCode\": \"ATLAS-400-00-029\"}")));
        List<Asset> queued = IntStream.range(0, 10).mapToObj(AssetBatchTests::table).toList();

        AssetBatch batch = this.client.assets().batch().maxSize(3).captureFailures(true).build();
        try (batch) {
            queued.forEach(batch::add);
        }

        assertThat(batch.created()).extracting(Asset::guid).containsExactly("g-0", "g-1", "g-2", "g-6", "g-7");
        assertThat(batch.unchanged()).extracting(Asset::qualifiedName).containsExactly("q/T8");
        assertThat(batch.failures()).extracting((failure) -> failure.asset().qualifiedName())
            .containsExactly("q/T3", "q/T4", "q/T5", "q/T9");
        assertThat(batch.failures()).extracting(BatchFailure::failure)
            .hasExactlyElementsOfTypes(ApiException.class, ApiException.class, ApiException.class,
                    InvalidRequestException.class);
        assertThat(batch.pending()).isEmpty();
        Set<String> accounted = Stream
            .of(batch.created().stream(), batch.updated().stream(), batch.restored().stream(),
                    batch.unchanged().stream(), batch.failures().stream().map(BatchFailure::asset))
            .flatMap((assets) -> assets)
            .map(Asset::qualifiedName)
            .collect(Collectors.toSet());
        assertThat(accounted).containsExactlyInAnyOrderElementsOf(queued.stream().map(Asset::qualifiedName).toList());
        wireMock.verify(4, postRequestedFor(urlPathEqualTo(BULK)).withRequestBody(firstAsset(3)));
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(BULK)).withRequestBody(firstAsset(9)));
    }

    @Test
    void withoutFailureCaptureAFailedFlushThrowsAndKeepsItsAssetsQueuedForTheNextFlush() {
        wireMock.stubFor(post(urlPathEqualTo(BULK)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(400).withBody("{\"errorCode\": \"ATLAS-400-00-029\"}"))
            .willSetStateTo("recovered"));
        wireMock.stubFor(post(urlPathEqualTo(BULK)).inScenario("flaky").whenScenarioStateIs("recovered")
            .withRequestBody(firstAsset(0))
            .willReturn(okJson("{\"mutatedEntities\": {\"CREATE\": ["
                    + "{\"typeName\": \"Table\", \"guid\": \"g-0\", \"attributes\": {\"qualifiedName\": \"q/T0\"}},"
                    + "{\"typeName\": \"Table\", \"guid\": \"g-1\", \"attributes\": {\"qualifiedName\": \"q/T1\"}}]}}")));
        AssetBatch batch = this.client.assets().batch().maxSize(2).build();

        batch.add(table(0));
        assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> batch.add(table(1)));
        assertThat(batch.pending()).extracting(Asset::qualifiedName).containsExactly("q/T0", "q/T1");
        assertThat(batch.failures()).isEmpty();

        batch.close();

        assertThat(batch.created()).extracting(Asset::guid).containsExactly("g-0", "g-1");
        assertThat(batch.pending()).isEmpty();
    }

    @Test
    void discardingPendingAssetsGivesThemUpDeliberately() {
        AssetBatch batch = this.client.assets().batch().maxSize(10).build();
        batch.add(table(1));

        assertThat(batch.discardPending()).extracting(Asset::qualifiedName).containsExactly("q/T1");
        batch.close();
        wireMock.verify(0, postRequestedFor(urlPathEqualTo(BULK)));
    }

    @Test
    void anAssetWithoutAQualifiedNameIsRefusedAtOnceAndNotQueued() {
        AssetBatch batch = this.client.assets().batch().build();

        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> batch.add(Asset.builder().typeName("Table").build()))
            .withMessageContaining("no type name or qualified name");
        assertThat(batch.pending()).isEmpty();
    }

    @Test
    void threadsAddingAtOnceLoseNoAsset() throws InterruptedException {
        wireMock.stubFor(post(urlPathEqualTo(BULK)).willReturn(okJson("{}")));
        AssetBatch batch = this.client.assets().batch().maxSize(7).build();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int offset = t * 50;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    batch.add(table(offset + i));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        batch.close();

        Set<String> saved = new HashSet<>();
        batch.unchanged().forEach((asset) -> saved.add(asset.qualifiedName()));
        assertThat(saved).hasSize(200);
        assertThat(wireMock.findAll(postRequestedFor(urlPathEqualTo(BULK)))).hasSize(29);
    }

}
