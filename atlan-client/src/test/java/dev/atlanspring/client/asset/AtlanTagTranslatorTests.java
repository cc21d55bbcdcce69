package dev.atlanspring.client.asset;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.WireMockSupport;
import dev.atlanspring.client.typedef.AtlanTagNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Translating the tags of an asset read from Atlan to display names: from the cache while it is fresh, reading the
 * tags again for a name it does not know, and changing nothing but the tags' names.
 */
class AtlanTagTranslatorTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    private static final String TYPEDEFS = "/api/meta/types/typedefs";

    private AtlanClient client;

    private AtlanTagTranslator translator;

    @BeforeEach
    void createTranslator() {
        wireMock.stubFor(get(urlPathEqualTo(TYPEDEFS)).willReturn(okJson("""
                {"classificationDefs": [{"category": "CLASSIFICATION", "name": "hashPII", "displayName": "PII"},
                                        {"category": "CLASSIFICATION", "name": "hashGDPR", "displayName": "GDPR"}]}
                """)));
        this.client = WireMockSupport.client(wireMock.getPort());
        this.translator = new AtlanTagTranslator(new AtlanTagNames(this.client.reactive().typeDefs(),
                Duration.ofMinutes(10)));
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    private static int reads() {
        return wireMock.findAll(getRequestedFor(urlPathEqualTo(TYPEDEFS))).size();
    }

    private static Asset tagged(String... tags) {
        Asset.Builder builder = Asset.builder("Table", "default/snowflake/1/db/schema/CUSTOMERS")
            .guid("5eed0700-0000-4000-8000-000000000001")
            .attribute("name", "CUSTOMERS")
            .attribute("columnCount", 12);
        for (String tag : tags) {
            builder.classification(AtlanTag.builder(tag).propagate(true).build());
        }
        return builder.build();
    }

    @Test
    void anAssetWithoutTagsIsPassedOnAsItIsWithoutReadingTheTags() {
        Asset untagged = tagged();

        assertThat(this.translator.toDisplayNames(untagged).block()).isSameAs(untagged);
        assertThat(reads()).isZero();
    }

    @Test
    void onlyTheTagNamesChange() {
        Asset read = tagged("hashPII", "hashGDPR");

        Asset translated = this.translator.toDisplayNames(read).block();

        assertThat(translated.classifications()).extracting(AtlanTag::typeName).containsExactly("PII", "GDPR");
        assertThat(translated.classifications()).extracting(AtlanTag::propagate).containsOnly(true);
        assertThat(translated.toBuilder().classifications(read.classifications()).build())
            .usingRecursiveComparison().isEqualTo(read);
        assertThat(translated.attributes()).isEqualTo(Map.of("qualifiedName", "default/snowflake/1/db/schema/CUSTOMERS",
                "name", "CUSTOMERS", "columnCount", 12));
    }

    @Test
    void whileTheCacheIsFreshManyAssetsAreTranslatedFromOneRead() {
        for (int i = 0; i < 50; i++) {
            assertThat(this.translator.toDisplayNames(tagged("hashPII")).block().classifications())
                .extracting(AtlanTag::typeName).containsExactly("PII");
        }
        assertThat(this.translator.toDisplayNames(List.of(tagged("hashGDPR"), tagged())).block())
            .extracting((asset) -> asset.classifications().stream().map(AtlanTag::typeName).toList())
            .containsExactly(List.of("GDPR"), List.of());

        assertThat(reads()).isOne();
    }

    @Test
    void aTagTheCacheDoesNotKnowReadsTheTagsAgainAndAnUnknownOneKeepsItsName() {
        this.translator.toDisplayNames(tagged("hashPII")).block();

        Asset translated = this.translator.toDisplayNames(tagged("hashPII", "hashNEW")).block();

        assertThat(translated.classifications()).extracting(AtlanTag::typeName).containsExactly("PII", "hashNEW");
        assertThat(reads()).isEqualTo(2);
    }

}
