package dev.atlanspring.client.http;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Request ids are random version 4 UUIDs, in the form the SDKs send. */
class RequestIdsTests {

    @Test
    void eachIdIsANewVersion4UuidWithTheIetfVariant() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.next();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.toString()).isEqualTo(id);
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(seen.add(id)).as("id %s repeated", id).isTrue();
        }
    }

}
