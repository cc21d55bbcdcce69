package dev.atlanspring.test;

import java.util.function.Consumer;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClientBuilder;
import dev.atlanspring.client.ReactiveAtlanClient;
import dev.atlanspring.client.ratelimit.RateLimitSettings;
import dev.atlanspring.embedded.EmbeddedAtlan;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit Jupiter extension for code that uses the Atlan client without Spring: it starts an embedded Atlan on a
 * free loopback port and a client pointed at it, and resolves test and lifecycle method parameters of type
 * {@link EmbeddedAtlan}, {@link AtlanClient} and {@link ReactiveAtlanClient}.
 *
 * <pre>{@code
 * @ExtendWith(EmbeddedAtlanExtension.class)
 * class TableNamesTests {
 *
 *     @Test
 *     void listsTheTablesOfASchema(AtlanClient atlan, EmbeddedAtlan server) { ... }
 * }
 * }</pre>
 *
 * Or, to choose the settings, as a static field:
 * {@code @RegisterExtension static EmbeddedAtlanExtension atlan = EmbeddedAtlanExtension.create().seedDemoCatalog(false);}.
 * Registered statically or with {@code @ExtendWith}, one server serves the whole test class and is
 * {@linkplain EmbeddedAtlan#reset() reset} before each test after the first, so tests do not see each other's
 * writes; as an instance field, each test gets a server of its own. Both stop when their scope ends.
 */
public final class EmbeddedAtlanExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private boolean seedDemoCatalog = true;

    private Consumer<AtlanClientBuilder> clientCustomizer = (builder) -> {
    };

    private EmbeddedAtlan server;

    private AtlanClient client;

    private boolean perClass;

    private boolean used;

    /**
     * Creates the extension with the defaults, for {@code @ExtendWith}.
     */
    public EmbeddedAtlanExtension() {
    }

    /**
     * Creates the extension, for {@code @RegisterExtension} with settings of your own.
     * @return the extension
     */
    public static EmbeddedAtlanExtension create() {
        return new EmbeddedAtlanExtension();
    }

    /**
     * Sets whether the server starts with the demo catalog or empty.
     * @param seed default true
     * @return this extension
     */
    public EmbeddedAtlanExtension seedDemoCatalog(boolean seed) {
        this.seedDemoCatalog = seed;
        return this;
    }

    /**
     * Adjusts the client before it is built, such as its retry settings; the base URL and key are set already.
     * @param customizer changes the builder
     * @return this extension
     */
    public EmbeddedAtlanExtension client(Consumer<AtlanClientBuilder> customizer) {
        this.clientCustomizer = customizer;
        return this;
    }

    /**
     * Returns the running server.
     * @return the server
     * @throws IllegalStateException outside a test
     */
    public EmbeddedAtlan server() {
        if (this.server == null) {
            throw new IllegalStateException("The embedded Atlan runs only while a test class or test runs");
        }
        return this.server;
    }

    /**
     * Returns the client pointed at the running server.
     * @return the client
     * @throws IllegalStateException outside a test
     */
    public AtlanClient client() {
        server();
        return this.client;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        this.perClass = true;
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!this.perClass) {
            start();
        }
        else if (this.used) {
            this.server.reset();
        }
        this.used = true;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!this.perClass) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
        this.perClass = false;
        this.used = false;
    }

    private void start() {
        this.server = EmbeddedAtlan.builder().seedDemoCatalog(this.seedDemoCatalog).start();
        try {
            AtlanClientBuilder builder = AtlanClient.builder()
                .baseUrl(this.server.baseUrl())
                .apiKey(this.server.apiKey())
                .useProxyEnvironment(false)
                // The server limits nothing: pacing for Atlan's rate limits would only slow the tests.
                .rateLimit(RateLimitSettings.DISABLED);
            this.clientCustomizer.accept(builder);
            this.client = builder.build();
        }
        catch (RuntimeException ex) {
            this.server.close();
            this.server = null;
            throw ex;
        }
    }

    private void stop() {
        try {
            if (this.client != null) {
                this.client.close();
            }
        }
        finally {
            this.client = null;
            if (this.server != null) {
                this.server.close();
                this.server = null;
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == EmbeddedAtlan.class || type == AtlanClient.class || type == ReactiveAtlanClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        if (this.server == null) {
            throw new ParameterResolutionException("No embedded Atlan runs yet for " + parameterContext
                .getDeclaringExecutable() + ": ask for it in a test or @BeforeEach method, or register the"
                    + " extension statically to use it in @BeforeAll");
        }
        if (type == EmbeddedAtlan.class) {
            return this.server;
        }
        return (type == AtlanClient.class) ? this.client : this.client.reactive();
    }

}
