package dev.atlanspring.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class EmbeddedAtlanLifecycleTest {

    @Test
    void startsOnARandomFreeLoopbackPortWithTheDemoCatalog() {
        try (EmbeddedAtlan atlan = EmbeddedAtlan.start()) {
            assertThat(atlan.port()).isPositive();
            assertThat(atlan.baseUrl()).isEqualTo("http://127.0.0.1:" + atlan.port());
            assertThat(atlan.isRunning()).isTrue();
            assertThat(atlan.assetCount()).isEqualTo(DemoCatalog.ASSET_COUNT);
            assertThat(new AtlanTestClient(atlan).get("/api/service/users/current").status()).isEqualTo(200);
        }
    }

    @Test
    void closeReleasesThePortAndCanBeCalledTwice() throws IOException {
        EmbeddedAtlan atlan = EmbeddedAtlan.start();
        int port = atlan.port();
        new AtlanTestClient(atlan).get("/api/service/users/current");

        atlan.close();
        atlan.close();

        assertThat(atlan.isRunning()).isFalse();
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aClosedPortCanBeBoundAgainByTheNextServer() {
        int port;
        try (EmbeddedAtlan first = EmbeddedAtlan.start()) {
            port = first.port();
        }
        try (EmbeddedAtlan second = EmbeddedAtlan.builder().port(port).start()) {
            assertThat(second.port()).isEqualTo(port);
        }
    }

    @Test
    void aPortInUseFailsWithAMessageNamingThePort() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> EmbeddedAtlan.builder().port(port).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(String.valueOf(port));
        }
    }

    @Test
    void toStringShowsTheUrlButNeverTheKey() {
        try (EmbeddedAtlan atlan = EmbeddedAtlan.builder().apiKey("s3cret-key").start()) {
            assertThat(atlan.toString()).isEqualTo("EmbeddedAtlan[" + atlan.baseUrl() + "]")
                    .doesNotContain("s3cret-key");
            assertThat(atlan.apiKey()).isEqualTo("s3cret-key");
        }
    }

    @Test
    void eachServerGetsItsOwnRandomDemoKey() {
        try (EmbeddedAtlan one = EmbeddedAtlan.start(); EmbeddedAtlan two = EmbeddedAtlan.start()) {
            assertThat(one.apiKey()).startsWith("demo-").isNotEqualTo(two.apiKey());
            assertThat(one.port()).isNotEqualTo(two.port());
        }
    }

    @Test
    void theBuilderRejectsABlankKeyAndAnImpossiblePort() {
        assertThatThrownBy(() -> EmbeddedAtlan.builder().apiKey(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedAtlan.builder().apiKey(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedAtlan.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedAtlan.builder().host("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutTheSeedTheCatalogStartsEmpty() {
        try (EmbeddedAtlan atlan = EmbeddedAtlan.builder().seedDemoCatalog(false).start()) {
            assertThat(atlan.assetCount()).isZero();
            AtlanTestClient client = new AtlanTestClient(atlan);
            assertThat(client.get("/api/meta/types/typedefs?type=classification").json()
                    .get("classificationDefs")).isEmpty();
            assertThat(client.get("/api/service/groups").json().get("totalRecord").asInt()).isZero();
            assertThat(client.get("/api/service/users/current").json().get("username").asString())
                    .isEqualTo(DemoCatalog.DEMO_USERNAME);
        }
    }
}
