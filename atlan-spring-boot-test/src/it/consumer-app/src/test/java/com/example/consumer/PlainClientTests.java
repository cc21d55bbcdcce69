package com.example.consumer;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.test.EmbeddedAtlanExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(EmbeddedAtlanExtension.class)
class PlainClientTests {

    @Test
    void theServiceWorksWithoutSpringToo(AtlanClient atlan) {
        assertThat(new TableNames(atlan).inSchema("MARKETING")).contains("CAMPAIGNS");
    }

}
