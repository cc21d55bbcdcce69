package dev.atlanspring.client.contract;

import java.util.List;

import dev.atlanspring.client.user.AtlanGroup;
import dev.atlanspring.client.user.AtlanUser;
import dev.atlanspring.client.user.GroupPage;
import dev.atlanspring.client.user.UserPage;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users and groups from Heracles ({@code /api/service/*}): {@code users-list.json} and {@code groups-list.json}
 * mirror {@code atlanhq/atlan-python} {@code tests/unit/data/user_responses/user_list.json} and
 * {@code group_responses/group_list.json} (b0fcd583e); {@code users-current.json} follows pyatlan's
 * {@code UserMinimalResponse} model ({@code pyatlan/model/user.py} L185-217), for which no recording exists.
 */
class UserGroupContractTests extends ContractTests {

    @Test
    void theCurrentUserReadsFieldByFieldAndKeepsTheRest() {
        wireMock.stubFor(get(urlPathEqualTo("/api/service/users/current")).willReturn(ok("users-current.json")));

        AtlanUser user = client.users().current();

        assertThat(user.id()).isEqualTo("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d");
        assertThat(user.username()).isEqualTo("jdoe");
        assertThat(user.email()).isEqualTo("jdoe@example.com");
        assertThat(user.displayName()).isEqualTo("Jane Doe");
        assertThat(user.enabled()).isTrue();
        assertThat(user.attributes()).containsEntry("profileRole", List.of("Data Engineer"));
        assertThat(user.otherFields()).containsEntry("emailVerified", true)
            .containsEntry("totp", false)
            .containsKeys("createdTimestamp", "access", "requiredActions");
        assertThat(encoded(user)).isEqualTo(tree("users-current.json"));
    }

    @Test
    void aPageOfUsersIsListedAndEveryRecordRoundTrips() {
        wireMock.stubFor(get(urlPathEqualTo("/api/service/users")).willReturn(ok("users-list.json")));

        UserPage page = client.users().list(0, 20);

        assertThat(page.totalRecord()).isEqualTo(2);
        assertThat(page.filterRecord()).isEqualTo(2);
        assertThat(page.users()).extracting(AtlanUser::username).containsExactly("jdoe", "rsmith");
        AtlanUser jane = page.users().get(0);
        assertThat(jane.personas()).singleElement().satisfies((persona) ->
                assertThat(persona).containsEntry("name", "Sales Analysts"));
        assertThat(jane.otherFields()).containsEntry("workspaceRole", "$member")
            .containsEntry("groupCount", 1)
            .containsEntry("isScimUser", false)
            .containsKey("loginEvents");
        assertThat(encoded(page)).isEqualTo(tree("users-list.json"));
        wireMock.verify(getRequestedFor(urlPathEqualTo("/api/service/users")).withQueryParam("limit", equalTo("20"))
            .withQueryParam("offset", equalTo("0")));
    }

    @Test
    void everyUserIsListedPageByPage() {
        wireMock.stubFor(get(urlPathEqualTo("/api/service/users")).willReturn(ok("users-list.json")));

        assertThat(client.users().list()).extracting(AtlanUser::username).containsExactly("jdoe", "rsmith");
        assertThat(client.reactive().users().list().collectList().block()).hasSize(2);
    }

    @Test
    void aPageOfGroupsReadsFieldByFieldAndRoundTrips() {
        wireMock.stubFor(get(urlPathEqualTo("/api/service/groups")).willReturn(ok("groups-list.json")));

        GroupPage page = client.users().groups(0, 20);

        AtlanGroup group = page.groups().get(0);
        assertThat(group.id()).isEqualTo("2c3d4e5f-6071-4c8d-8e9f-0a1b2c3d4e5f");
        assertThat(group.name()).isEqualTo("sales_analysts");
        assertThat(group.alias()).isEqualTo("Sales Analysts");
        assertThat(group.displayName()).isEqualTo("Sales Analysts");
        assertThat(group.path()).isEqualTo("/sales_analysts");
        assertThat(group.userCount()).isEqualTo(2);
        assertThat(group.attributes()).containsEntry("createdBy", List.of("admin"));
        assertThat(group.purposes()).singleElement().satisfies((purpose) ->
                assertThat(purpose).containsEntry("name", "PII Handling"));
        assertThat(encoded(page)).isEqualTo(tree("groups-list.json"));
    }

}
