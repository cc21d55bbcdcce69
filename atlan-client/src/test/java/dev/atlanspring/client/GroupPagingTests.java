package dev.atlanspring.client;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.atlanspring.client.user.AtlanGroup;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Groups across pages: the requests sent, and that the next page is asked for only when needed.
 */
class GroupPagingTests extends WireMockClientTests {

    private static final String GROUPS = "/api/service/groups";

    private static String page(int from, int to) {
        String records = IntStream.range(from, to)
            .mapToObj((i) -> "{\"id\": \"id-%d\", \"name\": \"group-%03d\", \"alias\": \"Group %d\"}".formatted(i, i, i))
            .collect(Collectors.joining(","));
        return "{\"totalRecord\": 130, \"filterRecord\": 130, \"records\": [" + records + "]}";
    }

    @Test
    void everyGroupIsReadAHundredAtATimeSortedByName() {
        wireMock.stubFor(get(urlPathEqualTo(GROUPS)).withQueryParam("offset", equalTo("0"))
            .willReturn(okJson(page(0, 100))));
        wireMock.stubFor(get(urlPathEqualTo(GROUPS)).withQueryParam("offset", equalTo("100"))
            .willReturn(okJson(page(100, 130))));

        List<AtlanGroup> groups = this.client.users().groups();

        assertThat(groups).hasSize(130);
        assertThat(groups.get(129).displayName()).isEqualTo("Group 129");
        for (String offset : List.of("0", "100")) {
            wireMock.verify(1, getRequestedFor(urlPathEqualTo(GROUPS)).withQueryParam("offset", equalTo(offset))
                .withQueryParam("limit", equalTo("100"))
                .withQueryParam("sort", equalTo("name")));
        }
    }

    @Test
    void theSecondPageIsAskedForOnlyWhenTheFirstIsUsedUp() {
        wireMock.stubFor(get(urlPathEqualTo(GROUPS)).withQueryParam("offset", equalTo("0"))
            .willReturn(okJson(page(0, 100))));
        wireMock.stubFor(get(urlPathEqualTo(GROUPS)).withQueryParam("offset", equalTo("100"))
            .willReturn(okJson(page(100, 130))));

        StepVerifier.create(this.client.reactive().users().groups(), 0)
            .thenRequest(100)
            .expectNextCount(100)
            .then(() -> assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo(GROUPS)))).hasSize(1))
            .thenRequest(1)
            .expectNextCount(1)
            .then(() -> assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo(GROUPS)))).hasSize(2))
            .thenCancel()
            .verify();
    }

}
