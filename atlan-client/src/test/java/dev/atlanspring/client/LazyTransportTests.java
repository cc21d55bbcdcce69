package dev.atlanspring.client;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.resources.ConnectionProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The tenant's connection pool and WebClient are made by the first call rather than by {@code build()}, which keeps
 * them out of an application's start-up: the WebClient builder is asked for once, by the first call, even when many
 * calls come first at once; a client closed before any call made nothing and refuses calls; and the settings are
 * still all checked by {@code build()}.
 */
class LazyTransportTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    @Test
    void buildingAsksForNoWebClientBuilderAndMakesNoPool() {
        CountingBuilders builders = new CountingBuilders();
        try (AtlanClient client = WireMockSupport.builder(wireMock.getPort())
            .webClientBuilderSupplier(builders)
            .build()) {
            assertThat(builders.asked).hasValue(0);
            assertThat(pool(client)).isNull();
        }
        assertThat(builders.asked).as("closing a client that made no call").hasValue(0);
    }

    @Test
    void theFirstCallMakesTheTransportFromTheSuppliedBuilderAndLaterCallsReuseIt() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
        CountingBuilders builders = new CountingBuilders();
        ConnectionProvider pool;
        try (AtlanClient client = WireMockSupport.builder(wireMock.getPort())
            .webClientBuilderSupplier(builders)
            .build()) {
            assertThat(client.users().current().username()).isEqualTo("jdoe");
            pool = pool(client);
            assertThat(client.users().current().username()).isEqualTo("jdoe");
            assertThat(builders.asked).hasValue(1);
            assertThat(pool(client)).isSameAs(pool);
            assertThat(pool.isDisposed()).isFalse();
        }
        assertThat(pool.isDisposed()).as("the pool after close").isTrue();
        // The supplied builder's own default header proves that it is the one the client started from.
        wireMock.verify(2, getRequestedFor(urlPathEqualTo("/api/service/users/current"))
            .withHeader("X-From-Supplied-Builder", equalTo("yes"))
            .withHeader("Authorization", equalTo("Bearer " + WireMockSupport.API_KEY)));
    }

    @Test
    void concurrentFirstCallsMakeOneTransportAndAllSucceed() throws Exception {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
        CountingBuilders builders = new CountingBuilders();
        int callers = 16;
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try (AtlanClient client = WireMockSupport.builder(wireMock.getPort())
            .webClientBuilderSupplier(builders)
            .build()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> names = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                names.add(threads.submit(() -> {
                    start.await();
                    return client.users().current().username();
                }));
            }
            start.countDown();
            for (Future<String> name : names) {
                assertThat(name.get(30, TimeUnit.SECONDS)).isEqualTo("jdoe");
            }
            assertThat(builders.asked).hasValue(1);
        }
        finally {
            threads.shutdownNow();
        }
        wireMock.verify(callers, getRequestedFor(urlPathEqualTo("/api/service/users/current")));
    }

    @Test
    void aClientClosedBeforeAnyCallRefusesCallsAndMakesNothing() {
        CountingBuilders builders = new CountingBuilders();
        AtlanClient client = WireMockSupport.builder(wireMock.getPort()).webClientBuilderSupplier(builders).build();
        client.close();

        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> client.users().current())
            .withMessageContaining("The Atlan client of tenant default is closed");
        assertThat(builders.asked).hasValue(0);
        assertThat(pool(client)).isNull();
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void wrongSettingsStillFailWhenTheClientIsBuiltNotOnItsFirstCall() {
        CountingBuilders builders = new CountingBuilders();
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> WireMockSupport.builder(wireMock.getPort())
                .webClientBuilderSupplier(builders)
                .maxResponseSize(DataSize.ofGigabytes(3))
                .build())
            .withMessageContaining("max response size must be between 1B and 2GB");
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> WireMockSupport.builder(wireMock.getPort())
                .webClientBuilderSupplier(builders)
                .proxy("ftp://proxy.corp:21")
                .build())
            .withMessageContaining("proxy");
        assertThat(builders.asked).hasValue(0);
    }

    /** The client does not expose its pool, so the test reaches it as the isolation tests and the pool probe do. */
    private static ConnectionProvider pool(AtlanClient client) {
        return (ConnectionProvider) field(field(client.reactive(), "http"), "pool");
    }

    private static Object field(Object target, String name) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return field.get(target);
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Hands out a builder with a default header of its own, counting how often it is asked. */
    private static final class CountingBuilders implements Supplier<WebClient.Builder> {

        private final AtomicInteger asked = new AtomicInteger();

        @Override
        public WebClient.Builder get() {
            this.asked.incrementAndGet();
            return WebClient.builder().defaultHeader("X-From-Supplied-Builder", "yes");
        }

    }

}
