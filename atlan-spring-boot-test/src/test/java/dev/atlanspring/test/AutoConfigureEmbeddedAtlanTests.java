package dev.atlanspring.test;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.embedded.DemoCatalog;
import dev.atlanspring.embedded.EmbeddedAtlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's Spring test with {@link AutoConfigureEmbeddedAtlan}: the application's own {@code atlan.base-url} points
 * at a production tenant, and the test still talks only to the embedded Atlan, seeds it and inspects what the code
 * under test wrote.
 */
@SpringBootTest(classes = AutoConfigureEmbeddedAtlanTests.App.class,
        properties = { "atlan.base-url=https://prod.atlan.example", "atlan.api-key=prod-key-never-used",
                "spring.reactor.netty.shutdown-quiet-period=0s" })
@AutoConfigureEmbeddedAtlan
class AutoConfigureEmbeddedAtlanTests {

    @Autowired
    AtlanClient atlan;

    @Autowired
    EmbeddedAtlan server;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void reset() {
        this.server.reset();
    }

    @Test
    void theDefaultClientTalksToTheEmbeddedAtlanInsteadOfTheConfiguredTenant() {
        assertThat(this.atlan.baseUrl()).hasToString(this.server.baseUrl());
        assertThat(this.atlan.settings().rateLimit().enabled()).isFalse();
        assertThat(this.atlan.users().current().username()).isEqualTo(DemoCatalog.DEMO_USERNAME);
        assertThat(this.context.getBeansOfType(EmbeddedAtlan.class)).containsOnlyKeys("embeddedAtlan");
    }

    @Test
    void theTestSeesWhatTheCodeUnderTestWrote() {
        this.atlan.assets()
            .save(Asset.builder("Table", DemoCatalog.SALES_SCHEMA_QUALIFIED_NAME + "/REFUNDS").name("REFUNDS").build());

        JsonNode written = this.server.entity("Table", DemoCatalog.SALES_SCHEMA_QUALIFIED_NAME + "/REFUNDS")
            .orElseThrow();
        assertThat(written.path("attributes").path("name").stringValue()).isEqualTo("REFUNDS");
        assertThat(written.path("status").stringValue()).isEqualTo("ACTIVE");
        assertThat(this.server.entities("Table")).extracting((table) -> table.path("attributes").path("name")
            .stringValue()).contains("ORDERS", "REFUNDS");
    }

    @Test
    void theTestSeedsTagsAndAssetsTheCodeUnderTestReads() {
        String hashed = this.server.createTag("Gold");
        JsonNode table = JsonMapper.builder().build().readTree("""
                {"typeName":"Table","attributes":{"qualifiedName":"seeded/GOLD_TABLE","name":"GOLD_TABLE"},
                 "classifications":[{"typeName":"%s"}]}""".formatted(hashed));
        this.server.load(java.util.List.of(table));

        Asset found = this.atlan.assets()
            .search(Search.type("Table").filter(Query.term("qualifiedName", "seeded/GOLD_TABLE")))
            .stream()
            .findFirst()
            .orElseThrow();
        assertThat(found.name()).isEqualTo("GOLD_TABLE");
        assertThat(this.atlan.assets().search(Search.type("Table").tagged("Gold")).stream()).hasSize(1);
    }

    @Test
    void resetForgetsWhatATestWrote() {
        this.atlan.assets().save(Asset.builder("Table", "scratch/T1").name("T1").build());
        this.server.addUser("jdoe", "jdoe@example.com");
        assertThat(this.server.entity("Table", "scratch/T1")).isPresent();

        this.server.reset();

        assertThat(this.server.entity("Table", "scratch/T1")).isEmpty();
        assertThat(this.server.entity(DemoCatalog.ORDERS_TABLE_GUID)).isPresent();
        assertThat(this.server.assetCount()).isEqualTo(DemoCatalog.ASSET_COUNT);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

    }

}
