package dev.atlanspring.client;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.client.search.SearchField;
import dev.atlanspring.client.search.SortOrder;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging through search results: lazily, on demand, and across the switch from from/size to search_after, with
 * the requests WireMock received.
 */
class SearchPagingTests extends WireMockClientTests {

    private static final String SEARCH = "/api/meta/search/indexsearch";

    /** Three assets share each creation time, so paging by creation time must break ties by GUID. */
    private static long createTime(int number) {
        return 1_700_000_000_000L + number / 3;
    }

    @Test
    void fluxAsksForNoPageBeforeAnAssetIsDemandedAndForTheNextOnlyWhenThePageIsUsedUp() {
        stubFromSize(0, 5, 1, 2);
        stubFromSize(2, 5, 3, 4);
        stubFromSize(4, 5, 5);

        Flux<Asset> assets = this.client.reactive().assets().search(Search.type("Table").pageSize(2)).flux();

        StepVerifier.create(assets.map(Asset::guid), 0)
            .expectSubscription()
            .then(() -> assertThat(searches()).as("before any demand").isZero())
            .thenRequest(1)
            .expectNext("g-1")
            .then(() -> assertThat(searches()).isEqualTo(1))
            .thenRequest(1)
            .expectNext("g-2")
            .then(() -> assertThat(searches()).as("page used up, nothing more demanded").isEqualTo(1))
            .thenRequest(2)
            .expectNext("g-3", "g-4")
            .then(() -> assertThat(searches()).isEqualTo(2))
            .thenRequest(10)
            .expectNext("g-5")
            .verifyComplete();
        assertThat(searches()).as("a short page is the last").isEqualTo(3);
    }

    @Test
    void pastTheResultWindowPagingContinuesWithSearchAfterOnCreationTimeAndGuidInBothFaces() {
        stubFromSize(0, 7, 1, 2);
        stubFromSize(2, 7, 3, 4);
        stubAfter(4, 7, 5, 6);
        stubAfter(6, 7, 7);
        Search search = Search.type("Table").pageSize(2).maxResultWindow(5);

        List<String> streamed;
        try (Stream<Asset> stream = this.client.assets().search(search).stream()) {
            streamed = stream.map(Asset::guid).toList();
        }
        List<String> fluxed = this.client.reactive().assets().search(search).flux().map(Asset::guid).collectList()
            .block();

        List<String> all = List.of("g-1", "g-2", "g-3", "g-4", "g-5", "g-6", "g-7");
        assertThat(streamed).containsExactlyElementsOf(all);
        assertThat(fluxed).containsExactlyElementsOf(all);
        assertThat(searches()).isEqualTo(8);
        wireMock.verify(2, postRequestedFor(urlPathEqualTo(SEARCH)).withRequestBody(equalToJson("""
                {"dsl": {"size": 2, "search_after": [%d, "g-4"],
                  "query": {"bool": {"filter": [{"term": {"__state": "ACTIVE"}},
                                                {"term": {"__typeName.keyword": "Table"}}]}},
                  "sort": [{"__timestamp": {"order": "asc"}}, {"__guid": {"order": "asc"}}],
                  "track_total_hits": true}}
                """.formatted(createTime(4)))));
        wireMock.verify(0, postRequestedFor(urlPathEqualTo(SEARCH))
            .withRequestBody(matchingJsonPath("$.dsl.from", equalTo("4"))));
    }

    @Test
    void aSortedSearchLargerThanTheWindowIsReadInCreationOrderInstead() {
        wireMock.stubFor(search(matchingJsonPath("$.dsl.sort[0]['name.keyword']"))
            .willReturn(okJson(page(7, 7, 6))));
        stubFromSize(0, 7, 1, 2);
        stubFromSize(2, 7, 3, 4);
        stubAfter(4, 7, 5, 6);
        stubAfter(6, 7, 7);

        List<String> guids = this.client.reactive().assets()
            .search(Search.type("Table").sort(SearchField.NAME, SortOrder.DESC).pageSize(2).maxResultWindow(4))
            .flux()
            .map(Asset::guid)
            .collectList()
            .block();

        assertThat(guids).containsExactly("g-1", "g-2", "g-3", "g-4", "g-5", "g-6", "g-7");
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(SEARCH)).withRequestBody(
                matchingJsonPath("$.dsl.sort[1].__guid.order", equalTo("asc"))).withRequestBody(
                        matchingJsonPath("$.dsl.sort[0]['name.keyword'].order", equalTo("desc"))));
        assertThat(searches()).isEqualTo(5);
    }

    @Test
    void aPageShortOfAssetsTheKeyMayNotSeeDoesNotEndTheSearchBeforeTheCountIsReached() {
        stubFromSize(0, 6, 1, 2);
        stubFromSize(3, 6, 4, 5, 6);
        stubFromSize(6, 6);

        List<String> guids = this.client.reactive().assets().search(Search.type("Table").pageSize(3)).flux()
            .map(Asset::guid)
            .collectList()
            .block();

        assertThat(guids).containsExactly("g-1", "g-2", "g-4", "g-5", "g-6");
        assertThat(searches()).as("the short first page, the full second, the empty third").isEqualTo(3);
    }

    @Test
    void theBlockingIteratorAsksForAPageOnlyWhenItReachesItAndNoneAfterClose() {
        stubFromSize(0, 5, 1, 2);
        stubFromSize(2, 5, 3, 4);
        stubFromSize(4, 5, 5);

        try (CloseableIterator<Asset> iterator = this.client.assets().search(Search.type("Table").pageSize(2))
            .iterator()) {
            assertThat(searches()).isZero();
            assertThat(iterator.next().guid()).isEqualTo("g-1");
            assertThat(iterator.next().guid()).isEqualTo("g-2");
            assertThat(searches()).isEqualTo(1);
            assertThat(iterator.next().guid()).isEqualTo("g-3");
            assertThat(searches()).isEqualTo(2);
            iterator.close();
            assertThat(iterator.hasNext()).isFalse();
        }
        try (Stream<Asset> stream = this.client.assets().search(Search.type("Table").pageSize(2)).stream()) {
            assertThat(stream.limit(2).map(Asset::guid)).containsExactly("g-1", "g-2");
        }
        assertThat(searches()).isEqualTo(3);
    }

    @Test
    void theStreamReusesAFirstPageAlreadyReadForTheCount() {
        stubFromSize(0, 3, 1, 2);
        stubFromSize(2, 3, 3);
        var result = this.client.assets().search(Search.type("Table").pageSize(2));

        assertThat(result.approximateCount()).isEqualTo(3);
        Iterator<Asset> all = result.iterator();
        assertThat(all).toIterable().extracting(Asset::guid).containsExactly("g-1", "g-2", "g-3");
        assertThat(searches()).isEqualTo(2);
    }

    private static int searches() {
        return wireMock.findAll(postRequestedFor(urlPathEqualTo(SEARCH))).size();
    }

    private static void stubFromSize(int from, long count, int... numbers) {
        wireMock.stubFor(search(matchingJsonPath("$.dsl.from", equalTo(String.valueOf(from))))
            .withRequestBody(matchingJsonPath("$.dsl.sort[0].__timestamp"))
            .willReturn(okJson(page(count, numbers))));
    }

    private static void stubAfter(int afterNumber, long count, int... numbers) {
        wireMock.stubFor(search(matchingJsonPath("$.dsl.search_after[1]", equalTo("g-" + afterNumber)))
            .withRequestBody(matchingJsonPath("$.dsl.search_after[0]", equalTo(String.valueOf(createTime(afterNumber)))))
            .willReturn(okJson(page(count, numbers))));
    }

    private static MappingBuilder search(com.github.tomakehurst.wiremock.matching.StringValuePattern body) {
        return post(urlPathEqualTo(SEARCH)).withRequestBody(body);
    }

    private static String page(long count, int... numbers) {
        String entities = IntStream.of(numbers)
            .mapToObj((n) -> """
                    {"typeName": "Table", "guid": "g-%d", "status": "ACTIVE",
                     "attributes": {"qualifiedName": "q/T%d", "name": "T%d"}, "createTime": %d}"""
                .formatted(n, n, n, createTime(n)))
            .collect(Collectors.joining(","));
        return "{\"approximateCount\": " + count + ", \"entities\": [" + entities + "]}";
    }

}
