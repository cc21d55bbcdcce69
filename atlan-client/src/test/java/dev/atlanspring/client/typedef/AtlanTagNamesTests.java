package dev.atlanspring.client.typedef;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.WireMockSupport;
import dev.atlanspring.client.error.AtlanTagNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The tag-name cache on its own, with a clock the test moves: when it reads the tags again, and when it does not.
 */
class AtlanTagNamesTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    private static final String TYPEDEFS = "/api/meta/types/typedefs";

    private static final String PII_ONLY = """
            {"classificationDefs": [{"category": "CLASSIFICATION", "name": "hashPII", "displayName": "PII"}]}
            """;

    private static final String PII_AND_GDPR = """
            {"classificationDefs": [{"category": "CLASSIFICATION", "name": "hashPII", "displayName": "PII"},
                                    {"category": "CLASSIFICATION", "name": "hashGDPR", "displayName": "GDPR"}]}
            """;

    private final AtomicLong now = new AtomicLong();

    private AtlanClient client;

    private AtlanTagNames names;

    @BeforeEach
    void createCache() {
        this.client = WireMockSupport.client(wireMock.getPort());
        this.names = new AtlanTagNames(this.client.reactive().typeDefs(), Duration.ofMinutes(10), this.now::get);
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    private static void tagsChangeAfterTheFirstRead() {
        wireMock.stubFor(get(urlPathEqualTo(TYPEDEFS)).inScenario("tags").whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson(PII_ONLY)).willSetStateTo("GDPR added"));
        wireMock.stubFor(get(urlPathEqualTo(TYPEDEFS)).inScenario("tags").whenScenarioStateIs("GDPR added")
            .willReturn(okJson(PII_AND_GDPR)));
    }

    private static int reads() {
        return wireMock.findAll(getRequestedFor(urlPathEqualTo(TYPEDEFS))).size();
    }

    @Test
    void translatesBothWaysFromOneReadWhileFresh() {
        tagsChangeAfterTheFirstRead();

        assertThat(this.names.internalName("PII").block()).isEqualTo("hashPII");
        assertThat(this.names.displayNames(List.of("hashPII")).block()).isEqualTo(Map.of("hashPII", "PII"));
        assertThat(this.names.internalName("hashPII").block()).as("an internal name is kept").isEqualTo("hashPII");
        this.now.addAndGet(Duration.ofMinutes(9).toNanos());
        assertThat(this.names.internalName("PII").block()).isEqualTo("hashPII");

        assertThat(reads()).isEqualTo(1);
    }

    @Test
    void readsTheTagsAgainOnceTheTimeToLiveHasPassed() {
        tagsChangeAfterTheFirstRead();
        this.names.internalName("PII").block();

        this.now.addAndGet(Duration.ofMinutes(10).toNanos());
        this.names.internalName("PII").block();

        assertThat(reads()).isEqualTo(2);
    }

    @Test
    void aTagCreatedAfterTheCacheWasFilledIsFoundByReadingAgainOnTheMiss() {
        tagsChangeAfterTheFirstRead();
        this.names.internalName("PII").block();

        assertThat(this.names.internalName("GDPR").block()).isEqualTo("hashGDPR");
        assertThat(this.names.displayNames(List.of("hashGDPR")).block()).containsEntry("hashGDPR", "GDPR");
        assertThat(reads()).isEqualTo(2);
    }

    @Test
    void aNameUnknownAfterReadingAgainIsAnErrorOnTheWayOutAndKeptOnTheWayIn() {
        wireMock.stubFor(get(urlPathEqualTo(TYPEDEFS)).willReturn(okJson(PII_ONLY)));
        this.names.internalName("PII").block();

        assertThatExceptionOfType(AtlanTagNotFoundException.class)
            .isThrownBy(() -> this.names.internalName("Secret").block())
            .withMessageContaining("'Secret'");
        assertThat(this.names.displayNames(List.of("hashGone")).block()).containsEntry("hashGone", "hashGone");
        assertThat(reads()).isEqualTo(3);
    }

    @Test
    void concurrentMissesShareOneRead() {
        wireMock.stubFor(get(urlPathEqualTo(TYPEDEFS)).willReturn(okJson(PII_AND_GDPR).withFixedDelay(200)));

        List<String> internal = Flux.range(0, 8)
            .flatMap((i) -> this.names.internalName((i % 2 == 0) ? "PII" : "GDPR"))
            .collectList()
            .block();

        assertThat(internal).hasSize(8).containsOnly("hashPII", "hashGDPR");
        assertThat(reads()).isEqualTo(1);
    }

    @Test
    void creatingATagThroughTheClientForgetsTheCachedNames() {
        wireMock.stubFor(get(urlPathEqualTo(TYPEDEFS)).willReturn(okJson(PII_ONLY)));
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(TYPEDEFS))
            .willReturn(okJson(PII_AND_GDPR)));
        AtlanTagNames clientNames = this.client.reactive().typeDefs().tagNames();
        clientNames.internalName("PII").block();

        this.client.typeDefs().create(TypeDef.atlanTag("GDPR", "Personal data of EU residents"));
        clientNames.internalName("PII").block();

        assertThat(reads()).isEqualTo(2);
    }


    @Test
    void theCachedNamesAreOfferedOnlyWhileFreshAndWithoutReading() {
        tagsChangeAfterTheFirstRead();
        assertThat(this.names.cachedDisplayNames()).as("nothing read yet").isNull();
        assertThat(reads()).isZero();

        this.names.displayNames(List.of("hashPII")).block();
        var cached = this.names.cachedDisplayNames();
        assertThat(cached).isNotNull();
        assertThat(cached.apply("hashPII")).isEqualTo("PII");
        assertThat(cached.apply("hashGDPR")).as("not in the cache: the caller must ask displayNames").isNull();
        assertThat(reads()).isOne();

        this.now.addAndGet(Duration.ofMinutes(11).toNanos());
        assertThat(this.names.cachedDisplayNames()).as("stale").isNull();
        assertThat(reads()).isOne();
    }

}
