package dev.atlanspring.autoconfigure;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.atlanspring.client.AtlanClients;
import dev.atlanspring.client.WireMockSupport;
import dev.atlanspring.client.proxy.TestHttpProxy;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An application with three tenants and the actuator, on a random port: {@code default} and {@code rejected} on
 * WireMock (each with its own key, which the tests decide Atlan accepts or not) through a proxy that asks for a
 * password, and {@code unreachable}, on OAuth client credentials, directly to a port nothing listens on. Health checks time out after 2 s and are not cached, so each probe asks again; readiness
 * includes {@code atlan}, as the README suggests. The tests that extend it share one application context.
 */
@SpringBootTest(classes = ActuatorTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ThreeTenantsTests {

    /**
     * Where {@code default} and {@code rejected} connect: one port for every class, as the context is shared while
     * WireMock restarts with each class.
     */
    @RegisterExtension
    protected static final WireMockExtension wireMock = WireMockSupport.wireMock(WireMockSupport.closedPort());

    /** The key of {@code rejected}. */
    protected static final String REJECTED_KEY = "rejected-key-9d1e3f5a7b2c4e68";

    /** The OAuth client secret of {@code unreachable}, which uses OAuth instead of a key. */
    protected static final String UNREACHABLE_KEY = "unreachable-oauth-secret-3e5f7a9c1b2d4f60";

    /** The password of the proxy {@code default} and {@code rejected} go through. */
    protected static final String PROXY_PASSWORD = "proxy-password-7c2a9e4b1d6f";

    /** The proxy {@code default} and {@code rejected} go through, which asks for a user name and password. */
    protected static final TestHttpProxy PROXY = TestHttpProxy.withCredentials("jdoe", PROXY_PASSWORD);

    /**
     * Every secret the application is configured with, by property; {@link #atlan} sets them all, and the leak test
     * looks for each value. A new kind of secret is one more entry here.
     */
    protected static final Map<String, String> SECRETS = Map.of("atlan.api-key", WireMockSupport.API_KEY,
            "atlan.tenants.rejected.api-key", REJECTED_KEY, "atlan.tenants.unreachable.oauth.client-secret",
            UNREACHABLE_KEY, "atlan.proxy.url (its password)", PROXY_PASSWORD);

    /** The port {@code unreachable} connects to, where nothing listens. */
    protected static final int CLOSED_PORT = WireMockSupport.closedPort();

    private static boolean warm;

    /** The application's port. */
    @LocalServerPort
    protected int port;

    /** The three clients. */
    @Autowired
    protected AtlanClients clients;

    @DynamicPropertySource
    static void atlan(DynamicPropertyRegistry registry) {
        String wireMockUrl = "http://127.0.0.1:" + wireMock.getPort();
        registry.add("atlan.base-url", () -> wireMockUrl);
        registry.add("atlan.tenants.rejected.base-url", () -> wireMockUrl);
        registry.add("atlan.tenants.unreachable.base-url", () -> "http://127.0.0.1:" + CLOSED_PORT);
        SECRETS.forEach((property, secret) -> {
            if (!secret.equals(PROXY_PASSWORD)) {
                registry.add(property, () -> secret);
            }
        });
        registry.add("atlan.proxy.url", () -> "http://jdoe:" + PROXY_PASSWORD + "@127.0.0.1:" + PROXY.port());
        registry.add("atlan.proxy.use-environment", () -> "false");
        registry.add("atlan.tenants.unreachable.proxy.non-proxy-hosts", () -> "*");
        registry.add("atlan.tenants.unreachable.oauth.client-id", () -> "unreachable-client");
        registry.add("atlan.retry.delay", () -> "1ms");
        registry.add("atlan.retry.jitter", () -> "0");
        registry.add("atlan.health.timeout", () -> "2s");
        registry.add("atlan.health.cache-ttl", () -> "0s");
        registry.add("management.endpoint.health.group.readiness.include", () -> "readinessState,atlan");
        for (String property : ActuatorTestApplication.ACTUATOR) {
            String[] pair = property.split("=", 2);
            registry.add(pair[0], () -> pair[1]);
        }
    }

    /**
     * Makes one call with each client the first time, so that the 2 s health timeout measures Atlan and not a cold
     * start on a busy machine. Call it after stubbing.
     */
    protected void warmUp() {
        if (!warm) {
            ActuatorTestApplication.warmUp(this.clients);
            warm = true;
        }
    }

    /**
     * GETs a path of the application.
     * @param path the path, such as {@code /actuator/health}
     * @return the answer
     */
    protected ActuatorTestApplication.Answer actuator(String path) {
        return ActuatorTestApplication.get(this.port, path);
    }

}
