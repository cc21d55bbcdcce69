package dev.atlanspring.client.custommetadata;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.WireMockSupport;
import dev.atlanspring.client.typedef.TypeDef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The custom metadata name cache on its own, with a clock the test moves: one read shared by concurrent misses
 * (as {@code AtlanTagNames} shares one), reads again on a miss and after the time-to-live, and archived attributes
 * (option {@code isArchived}, as atlanhq/atlan-python {@code tests/unit/data/typedefs.json} records them) left out.
 */
class CustomMetadataNamesTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    private static final String TYPEDEFS = "/api/meta/types/typedefs";

    private static final String QUALITY = """
            {"businessMetadataDefs": [{"category": "BUSINESS_METADATA", "name": "hashDQ", "displayName": "Quality",
              "attributeDefs": [
                {"name": "hashScore", "displayName": "Score", "typeName": "float", "options": {"isArchived": "false"}},
                {"name": "hashOld", "displayName": "Owner-archived-1690000000000", "typeName": "string",
                 "options": {"isArchived": "true", "archivedAt": "1690000000000", "archivedBy": "jdoe"}}]}]}
            """;

    private static final String QUALITY_AND_COST = """
            {"businessMetadataDefs": [
              {"category": "BUSINESS_METADATA", "name": "hashDQ", "displayName": "Quality",
               "attributeDefs": [{"name": "hashScore", "displayName": "Score", "typeName": "float"}]},
              {"category": "BUSINESS_METADATA", "name": "hashCost", "displayName": "Cost",
               "attributeDefs": [{"name": "hashMonthly", "displayName": "Monthly", "typeName": "double"}]}]}
            """;

    private final AtomicLong now = new AtomicLong();

    private AtlanClient client;

    private CustomMetadataNames names;

    @BeforeEach
    void createCache() {
        this.client = WireMockSupport.client(wireMock.getPort());
        this.names = new CustomMetadataNames(this.client.reactive().typeDefs(), "test", Duration.ofMinutes(10),
                this.now::get);
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    private static int reads() {
        return wireMock.findAll(getRequestedFor(urlPathEqualTo(TYPEDEFS))).size();
    }

    @Test
    void concurrentMissesShareOneRead() {
        wireMock.stubFor(get(urlPathEqualTo(TYPEDEFS)).willReturn(okJson(QUALITY_AND_COST).withFixedDelay(200)));

        List<String> sets = Flux.range(0, 8)
            .flatMap((i) -> this.names.set((i % 2 == 0) ? "Quality" : "Cost"))
            .map(CustomMetadataNames.SetDef::name)
            .collectList()
            .block();

        assertThat(sets).hasSize(8).containsOnly("hashDQ", "hashCost");
        assertThat(reads()).isEqualTo(1);
    }

    @Test
    void concurrentFirstReadsThroughTheClientShareOneRequestToo() {
        wireMock.stubFor(get(urlPathEqualTo(TYPEDEFS)).willReturn(okJson(QUALITY_AND_COST).withFixedDelay(200)));

        List<String> fields = Flux.range(0, 6)
            .flatMap((i) -> this.client.reactive().customMetadata().searchField("Cost", "Monthly"))
            .collectList()
            .block();

        assertThat(fields).containsOnly("hashMonthly").hasSize(6);
        assertThat(reads()).isEqualTo(1);
    }

    @Test
    void aSetCreatedAfterTheCacheWasFilledIsFoundByReadingAgainAndTheTimeToLiveRefreshes() {
        wireMock.stubFor(get(urlPathEqualTo(TYPEDEFS)).inScenario("sets").whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson(QUALITY)).willSetStateTo("Cost added"));
        wireMock.stubFor(get(urlPathEqualTo(TYPEDEFS)).inScenario("sets").whenScenarioStateIs("Cost added")
            .willReturn(okJson(QUALITY_AND_COST)));

        this.names.set("Quality").block();
        this.now.addAndGet(Duration.ofMinutes(9).toNanos());
        this.names.set("Quality", "Score").block();
        assertThat(reads()).isEqualTo(1);

        assertThat(this.names.set("Cost").block().name()).isEqualTo("hashCost");
        assertThat(reads()).isEqualTo(2);

        this.now.addAndGet(Duration.ofMinutes(10).toNanos());
        this.names.set("Quality").block();
        assertThat(reads()).isEqualTo(3);
    }

    @Test
    void creatingATypeDefinitionThroughTheClientMakesTheNextLookupReadAgain() {
        wireMock.stubFor(get(urlPathEqualTo(TYPEDEFS)).willReturn(okJson(QUALITY)));
        wireMock.stubFor(post(urlPathEqualTo(TYPEDEFS)).willReturn(okJson(QUALITY_AND_COST)));

        this.names.set("Quality").block();
        this.names.set("Quality").block();
        assertThat(reads()).isEqualTo(1);

        this.client.typeDefs().create(TypeDef.atlanTag("Restricted", "Only the data team may read it."));
        this.names.set("Quality").block();
        assertThat(reads()).isEqualTo(2);
    }

    @Test
    void anArchivedAttributeCannotBeNamedAndIsNotListed() {
        wireMock.stubFor(get(urlPathEqualTo(TYPEDEFS)).willReturn(okJson(QUALITY)));

        assertThat(this.names.set("Quality").block().attributesByName()).containsOnlyKeys("hashScore");
        assertThatExceptionOfType(CustomMetadataNotFoundException.class)
            .isThrownBy(() -> this.names.set("Quality", "Owner-archived-1690000000000").block())
            .withMessageContaining("[Score]");
    }

    @Test
    void aFailedReadIsNotKeptSoTheNextCallReadsAgain() {
        wireMock.stubFor(get(urlPathEqualTo(TYPEDEFS)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson("{\"errorCode\":\"ATLAS-400-00-001\"}").withStatus(400)).willSetStateTo("fixed"));
        wireMock.stubFor(get(urlPathEqualTo(TYPEDEFS)).inScenario("flaky").whenScenarioStateIs("fixed")
            .willReturn(okJson(QUALITY)));

        assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> this.names.set("Quality").block());
        assertThat(this.names.set("Quality").block().name()).isEqualTo("hashDQ");
        assertThat(reads()).isEqualTo(2);
    }

}
