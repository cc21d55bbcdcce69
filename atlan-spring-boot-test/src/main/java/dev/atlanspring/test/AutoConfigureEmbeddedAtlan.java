package dev.atlanspring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test against an embedded Atlan, in the style of Spring Boot's {@code @AutoConfigureTestDatabase}:
 * one in-memory Atlan starts with the test's application context, on a free loopback port, and stops with it. The
 * default {@code AtlanClient} (and the {@link #tenants() named tenants} you list) point at it, whatever
 * {@code atlan.*} settings the application has, so a test never reaches a real tenant. The server is a bean of type
 * {@link dev.atlanspring.embedded.EmbeddedAtlan}: inject it to seed assets, tags, users and groups and to check what
 * the code under test wrote.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureEmbeddedAtlan
 * class CatalogServiceTests {
 *
 *     @Autowired CatalogService service;
 *     @Autowired EmbeddedAtlan atlan;
 *
 *     @AfterEach void reset() { atlan.reset(); }
 *     ...
 * }
 * }</pre>
 *
 * Contexts are cached as usual, so test classes with the same configuration share one server: call
 * {@link dev.atlanspring.embedded.EmbeddedAtlan#reset()} between tests that write.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureEmbeddedAtlan {

    /**
     * Names of {@code atlan.tenants} whose clients also point at the embedded Atlan.
     * @return the tenant names; none by default
     */
    String[] tenants() default {};

    /**
     * Whether the default client (the top-level {@code atlan.*} settings) points at the embedded Atlan. Turn it off
     * for an application that configures only named tenants and {@code atlan.default-tenant}.
     * @return true by default
     */
    boolean defaultClient() default true;

    /**
     * Whether the server starts with the demo catalog (a Snowflake connection, tables, columns, a glossary and two
     * tags, named in {@link dev.atlanspring.embedded.DemoCatalog}), or empty.
     * @return true by default
     */
    boolean seedDemoCatalog() default true;

}
