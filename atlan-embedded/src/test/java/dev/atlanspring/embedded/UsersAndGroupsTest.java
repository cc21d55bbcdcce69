package dev.atlanspring.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UsersAndGroupsTest extends SeededServerTests {


    @Test
    void theCurrentUserIsTheDemoUser() {
        JsonNode user = client.get("/api/service/users/current").json();

        assertThat(user.get("id").asString()).isEqualTo(DemoCatalog.DEMO_USER_ID);
        assertThat(user.get("username").asString()).isEqualTo(DemoCatalog.DEMO_USERNAME);
        assertThat(user.get("email").asString()).isEqualTo(DemoCatalog.DEMO_USER_EMAIL);
        assertThat(user.get("firstName").asString()).isEqualTo("Demo");
        assertThat(user.get("lastName").asString()).isEqualTo("User");
        assertThat(user.get("enabled").asBoolean()).isTrue();
        assertThat(user.get("attributes").isObject()).isTrue();
        assertThat(user.get("personas").isArray()).isTrue();
        assertThat(user.get("purposes").isArray()).isTrue();
    }

    @Test
    void groupsComeInPagesWithTheirTotals() {
        List<String> names = new ArrayList<>();
        for (int offset = 0; offset < DemoCatalog.GROUP_COUNT; offset += 3) {
            JsonNode page = client.get("/api/service/groups?limit=3&offset=" + offset
                    + "&sort=name&filter=%7B%7D").json();
            assertThat(page.get("totalRecord").asInt()).isEqualTo(DemoCatalog.GROUP_COUNT);
            assertThat(page.get("filterRecord").asInt()).isEqualTo(DemoCatalog.GROUP_COUNT);
            page.get("records").forEach(group -> names.add(group.get("name").asString()));
        }
        assertThat(names).hasSize(DemoCatalog.GROUP_COUNT).doesNotHaveDuplicates().contains("data-engineers");
    }

    @Test
    void aGroupHasItsIdNameAliasAndPath() {
        JsonNode group = client.get("/api/service/groups").json().get("records").get(0);

        assertThat(group.get("id").asString()).isNotBlank();
        assertThat(group.get("name").asString()).isEqualTo("data-engineers");
        assertThat(group.get("alias").asString()).isEqualTo("Data Engineers");
        assertThat(group.get("path").asString()).isEqualTo("/data-engineers");
        assertThat(group.get("attributes").get("alias").get(0).asString()).isEqualTo("Data Engineers");
        assertThat(group.get("userCount").asInt()).isPositive();
    }

    @Test
    void anOffsetPastTheEndGivesNoRecords() {
        JsonNode page = client.get("/api/service/groups?limit=20&offset=100").json();

        assertThat(page.get("records")).isEmpty();
        assertThat(page.get("totalRecord").asInt()).isEqualTo(DemoCatalog.GROUP_COUNT);
    }

    @Test
    void aNegativeOrNonNumericLimitGets400() {
        assertThat(client.get("/api/service/groups?limit=-1").status()).isEqualTo(400);
        assertThat(client.get("/api/service/groups?offset=ten").status()).isEqualTo(400);
    }
}
