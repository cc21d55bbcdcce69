package dev.atlanspring.autoconfigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClients;
import dev.atlanspring.client.WireMockSupport;
import dev.atlanspring.client.user.AtlanUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.test.util.ReflectionTestUtils;
import reactor.core.Disposable;
import reactor.netty.resources.ConnectionProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tenants share nothing but the event loops: each has its own key, server, pool and retry state.
 */
class AtlanTenantsIsolationTests {

    private static final String CURRENT_USER = "/api/service/users/current";

    @RegisterExtension
    static WireMockExtension emeaServer = WireMockSupport.wireMock();

    @RegisterExtension
    static WireMockExtension apacServer = WireMockSupport.wireMock();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, AtlanAutoConfiguration.class))
        .withPropertyValues("atlan.retry.delay=1ms", "atlan.retry.jitter=0", "atlan.max-connections=4");

    private final ApplicationContextRunner emeaAndApac = this.runner.withPropertyValues(
                "atlan.tenants.emea.base-url=http://127.0.0.1:" + emeaServer.getPort(),
                "atlan.tenants.emea.api-key=emea-key-0123456789",
                "atlan.tenants.apac.base-url=http://127.0.0.1:" + apacServer.getPort(),
                "atlan.tenants.apac.api-key=apac-key-0123456789");

    @Test
    void eachTenantsRequestsCarryItsOwnKeyAndReachOnlyItsOwnServer() {
        emeaServer.stubFor(get(CURRENT_USER).willReturn(okJson("{\"username\": \"emea-user\"}")));
        apacServer.stubFor(get(CURRENT_USER).willReturn(okJson("{\"username\": \"apac-user\"}")));
        this.emeaAndApac.run((context) -> {
            AtlanClients clients = context.getBean(AtlanClients.class);
            assertThat(clients.get("emea").users().current().username()).isEqualTo("emea-user");
            assertThat(clients.get("apac").users().current().username()).isEqualTo("apac-user");
            assertThat(clients.get("apac").users().current().username()).isEqualTo("apac-user");
        });
        emeaServer.verify(1, getRequestedFor(urlPathEqualTo(CURRENT_USER)));
        emeaServer.verify(getRequestedFor(urlPathEqualTo(CURRENT_USER))
            .withHeader("Authorization", equalTo("Bearer emea-key-0123456789")));
        apacServer.verify(2, getRequestedFor(urlPathEqualTo(CURRENT_USER))
            .withHeader("Authorization", equalTo("Bearer apac-key-0123456789")));
    }

    @Test
    void whileOneTenantWaitsOutARateLimitAnotherProceeds() {
        // emea is told to come back in 30 s; apac must not wait for that.
        emeaServer.stubFor(get(CURRENT_USER)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30").withBody("slow down")));
        apacServer.stubFor(get(CURRENT_USER).willReturn(okJson("{\"username\": \"apac-user\"}")));
        this.emeaAndApac.withPropertyValues("atlan.retry.max-delay=60s").run((context) -> {
            AtlanClients clients = context.getBean(AtlanClients.class);
            AtomicReference<Object> emeaOutcome = new AtomicReference<>();
            Disposable emeaCall = clients.get("emea")
                .reactive()
                .users()
                .current()
                .subscribe(emeaOutcome::set, emeaOutcome::set);
            try {
                await().until(() -> emeaServer.getAllServeEvents().size() == 1);
                List<AtlanUser> apacUsers = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    apacUsers.add(clients.get("apac").users().current());
                }
                assertThat(apacUsers).hasSize(20).allSatisfy((user) -> assertThat(user.username()).isEqualTo("apac-user"));
                assertThat(emeaOutcome.get()).as("emea is still waiting out its Retry-After").isNull();
                assertThat(emeaServer.getAllServeEvents()).as("emea has not retried yet").hasSize(1);
                apacServer.verify(20, getRequestedFor(urlPathEqualTo(CURRENT_USER)));
            }
            finally {
                emeaCall.dispose();
            }
        });
    }

    @Test
    void fiftyContextsOfFiveTenantsLeaveNoLivePoolAndNoExtraThread() {
        emeaServer.stubFor(get(CURRENT_USER).willReturn(okJson("{\"username\": \"someone\"}")));
        String[] fiveTenants = fiveTenantsOn(emeaServer.getPort());
        // The first context starts what lives as long as the JVM (Reactor Netty's global event loops).
        this.runner.withPropertyValues(fiveTenants).run((context) -> callEveryTenant(context.getBean(AtlanClients.class)));
        Set<String> threadsBefore = liveThreadNames();
        List<ConnectionProvider> pools = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            this.runner.withPropertyValues(fiveTenants).run((context) -> {
                AtlanClients clients = context.getBean(AtlanClients.class);
                assertThat(clients.names()).hasSize(5);
                callEveryTenant(clients);
                clients.asMap().values().forEach((client) -> pools.add(pool(client)));
            });
        }
        assertThat(pools).hasSize(250).doesNotHaveDuplicates();
        assertThat(pools).allSatisfy((pool) -> {
            assertThat(pool.isDisposed()).as("pool %s disposed", pool.name()).isTrue();
            assertThat(pool.name()).startsWith("atlan-tenant-");
        });
        await().untilAsserted(() -> assertThat(clientThreads(liveThreadNames()))
            .as("threads of the client after 50 contexts")
            .isSubsetOf(clientThreads(threadsBefore)));
    }

    private static String[] fiveTenantsOn(int port) {
        List<String> properties = new ArrayList<>();
        for (int t = 1; t <= 5; t++) {
            properties.add("atlan.tenants.tenant-" + t + ".base-url=http://127.0.0.1:" + port);
            properties.add("atlan.tenants.tenant-" + t + ".api-key=key-" + t);
        }
        return properties.toArray(String[]::new);
    }

    private static void callEveryTenant(AtlanClients clients) {
        clients.asMap().forEach((name, client) -> assertThat(client.users().current().username()).isEqualTo("someone"));
    }

    private static ConnectionProvider pool(AtlanClient client) {
        Object http = ReflectionTestUtils.getField(client.reactive(), "http");
        return (ConnectionProvider) ReflectionTestUtils.getField(http, "pool");
    }

    private static Set<String> liveThreadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
            .collect(Collectors.toSet());
    }

    /** Threads a client could start: event loops, Reactor schedulers, pool evictors. */
    private static Set<String> clientThreads(Set<String> names) {
        return names.stream()
            .filter((name) -> Arrays.stream(new String[] { "reactor-", "atlan", "boundedElastic", "parallel",
                    "evictor" }).anyMatch(name::contains))
            .collect(Collectors.toSet());
    }

}
