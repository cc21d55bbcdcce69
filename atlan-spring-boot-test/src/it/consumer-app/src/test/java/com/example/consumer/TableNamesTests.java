package com.example.consumer;

import dev.atlanspring.embedded.EmbeddedAtlan;
import dev.atlanspring.test.AutoConfigureEmbeddedAtlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureEmbeddedAtlan
class TableNamesTests {

    @Autowired
    TableNames tableNames;

    @Autowired
    EmbeddedAtlan atlan;

    @Test
    void listsTheTablesOfTheDemoSalesSchema() {
        System.out.println("Consumer app on Spring Boot " + SpringBootVersion.getVersion());
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("expected.boot.version"));
        assertThat(this.tableNames.inSchema("SALES")).contains("CUSTOMERS", "ORDERS", "PAYMENTS");
    }

}
