package dev.atlanspring.embedded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

import org.reactivestreams.Publisher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.netty.ChannelBindException;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * An in-memory demo Atlan on a loopback port. Thread-safe.
 *
 * <p>It answers the parts of Atlan's REST API that apps use most (entities by GUID and by
 * qualifiedName, bulk upsert and delete, index search, typedefs, the current user and groups) with
 * Atlan's JSON shapes and error codes, so an app can be developed and tested with no Atlan tenant.
 * Every request to {@code /api/**} needs {@code Authorization: Bearer <apiKey()>}, or an OAuth access token from
 * {@code POST /api/service/oauth-clients/token} with the demo OAuth client ({@link #oauthClientId()},
 * {@link #oauthClientSecret()}).
 *
 * <pre>{@code
 * try (EmbeddedAtlan atlan = EmbeddedAtlan.start()) {
 *     String url = atlan.baseUrl() + "/api/meta/entity/guid/" + DemoCatalog.ORDERS_TABLE_GUID;
 *     ...
 * }
 * }</pre>
 *
 * <p>Requests are handled on Reactor Netty's shared event loops; nothing in it blocks.
 */
public final class EmbeddedAtlan implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedAtlan.class);
    private static final LongSupplier CLOCK = System::currentTimeMillis;

    /** How far index search pages by {@code from} and {@code size} unless the builder says otherwise. */
    public static final int DEFAULT_MAX_RESULT_WINDOW = 100_000;

    private final String apiKey;
    private final EmbeddedOAuth oauth;
    private final EntityStore store;
    private final TypeRegistry types;
    private final UserDirectory users;
    private final EntityMutations mutations;
    private final boolean seedDemoCatalog;
    private final int generatedAssets;
    private final DisposableServer server;
    private final String baseUrl;
    private final NginxRateLimiter rateLimiter;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedAtlan(Builder builder) {
        this.apiKey = builder.apiKey != null ? builder.apiKey : "demo-" + UUID.randomUUID();
        this.types = new TypeRegistry();
        this.store = new EntityStore();
        this.mutations = new EntityMutations(store, types, CLOCK);
        this.users = new UserDirectory();
        this.seedDemoCatalog = builder.seedDemoCatalog;
        this.generatedAssets = builder.generatedAssets;
        seed();
        this.oauth = new EmbeddedOAuth(builder.oauthClientId,
                builder.oauthClientSecret != null ? builder.oauthClientSecret : "demo-secret-" + UUID.randomUUID(),
                CLOCK);
        AtlanHttpHandler handler = new AtlanHttpHandler(apiKey, oauth,
                new EntityEndpoints(store, mutations, types, DemoCatalog.DEMO_USERNAME),
                new IndexSearch(store, new SearchFields(types, store), builder.maxResultWindow),
                new TypeDefEndpoints(types, DemoCatalog.DEMO_USERNAME, CLOCK),
                users, new BusinessMetadataEndpoints(store, types, DemoCatalog.DEMO_USERNAME, CLOCK));
        handler.withLineage(new LineageEndpoints(store, types));
        this.rateLimiter = builder.rateLimits != null
                ? new NginxRateLimiter(builder.rateLimits, builder.rateLimitClock) : null;
        this.server = bind(builder.host, builder.port,
                rateLimiter != null ? new RateLimitedHandler(rateLimiter, handler) : handler);
        String host = builder.host.contains(":") ? "[" + builder.host + "]" : builder.host;
        this.baseUrl = "http://" + host + ":" + server.port();
        log.info("Embedded demo Atlan listening on {} with {} assets", baseUrl, store.size());
    }

    private void seed() {
        if (seedDemoCatalog) {
            DemoCatalogSeed.seed(types, new EntityMutations(store, types, () -> DemoCatalog.SEED_TIME), users);
        }
        GeneratedCatalog.generate(generatedAssets, store, types);
    }

    private static DisposableServer bind(String host, int port,
            BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> handler) {
        try {
            return HttpServer.create().host(host).port(port).handle(handler).bindNow();
        } catch (ChannelBindException e) {
            throw new IllegalStateException("Cannot start the embedded demo Atlan: port " + port + " on " + host
                    + " is already in use or not available", e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot start the embedded demo Atlan on " + host + ":" + port
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns a builder for a server with non-default settings.
     *
     * @return a new builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts one with the defaults: random free port on 127.0.0.1, random API key, demo catalog seeded.
     *
     * @return the running server
     * @throws IllegalStateException if it cannot bind
     */
    public static EmbeddedAtlan start() {
        return builder().start();
    }

    /**
     * The URL to send requests to.
     *
     * @return {@code http://<host>:<port>}, without a trailing slash
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The port it listens on, the actual one when it was started on port 0.
     *
     * @return the bound port
     */
    public int port() {
        return server.port();
    }

    /**
     * The API key it accepts as {@code Authorization: Bearer <key>}.
     *
     * @return the API key
     */
    public String apiKey() {
        return apiKey;
    }

    /**
     * The id of the demo OAuth client, whose credentials it exchanges for access tokens.
     *
     * @return the client id
     */
    public String oauthClientId() {
        return oauth.clientId();
    }

    /**
     * The secret of the demo OAuth client.
     *
     * @return the client secret
     */
    public String oauthClientSecret() {
        return oauth.clientSecret();
    }

    /**
     * Whether it still serves requests.
     *
     * @return false once {@link #close()} was called
     */
    public boolean isRunning() {
        return !closed.get() && !server.isDisposed();
    }

    /**
     * How many entities the store holds, soft-deleted ones included (they can still be read by GUID);
     * hard-deleted and purged ones are gone.
     *
     * @return the number of stored entities
     */
    public int assetCount() {
        return store.size();
    }

    /**
     * Creates or updates entities directly, without HTTP, with the same upsert semantics as
     * {@code POST /api/meta/entity/bulk}. Meant for tests that need many assets fast: no HTTP and no
     * JSON text, so 200,000 assets take a second or two. Unlike over HTTP, a new entity keeps a GUID it is given (one that is not a
     * negative placeholder), so tests can choose their GUIDs, and a glossary, term or category keeps the
     * qualifiedName it is given instead of getting a generated one (Atlan's glossary checks are not run).
     *
     * @param entities entities in Atlan's JSON shape ({@code typeName}, {@code attributes.qualifiedName}
     *                 required); they are copied, so the caller may reuse them
     * @throws IllegalArgumentException if an entity is invalid; then none is stored
     */
    public void load(Iterable<? extends JsonNode> entities) {
        ArrayNode batch = Json.array();
        entities.forEach(batch::add);
        try {
            mutations.upsert(batch, true, DemoCatalog.DEMO_USERNAME);
        } catch (AtlanError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Returns an entity as {@code GET /api/meta/entity/guid/{guid}} would, relationships included, so that a test
     * can check what the code under test wrote. Soft-deleted entities are found, with {@code status: DELETED}.
     *
     * @param guid the entity's GUID
     * @return a copy of the entity's JSON, or empty if there is no such entity
     */
    public Optional<JsonNode> entity(String guid) {
        StoredEntity entity = store.get(guid);
        return Optional.ofNullable(entity).map(found -> found.toJson(true).deepCopy());
    }

    /**
     * Returns an entity by its type and qualified name, as
     * {@code GET /api/meta/entity/uniqueAttribute/type/{typeName}?attr:qualifiedName=...} would.
     *
     * @param typeName the entity's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return a copy of the entity's JSON, or empty if there is no such entity
     */
    public Optional<JsonNode> entity(String typeName, String qualifiedName) {
        StoredEntity entity = store.findByQualifiedName(typeName, qualifiedName);
        return Optional.ofNullable(entity).map(found -> found.toJson(true).deepCopy());
    }

    /**
     * Returns every stored entity of a type (not its sub types), soft-deleted ones included, oldest first.
     *
     * @param typeName the type, such as {@code Table}
     * @return copies of the entities' JSON
     */
    public List<JsonNode> entities(String typeName) {
        List<StoredEntity> found = new ArrayList<>();
        for (StoredEntity entity : store.all()) {
            if (entity.typeName.equals(typeName)) {
                found.add(entity);
            }
        }
        found.sort(Comparator.comparingLong(entity -> entity.seq));
        return found.stream().map(entity -> (JsonNode) entity.toJson(true).deepCopy()).toList();
    }

    /**
     * Makes sure a tag (Atlan's classification typedef) with this display name exists, creating it with a new
     * hashed name as Atlan does, and returns that name. Entities carry a tag under its hashed name.
     *
     * @param displayName the name users see, such as {@code PII}
     * @return the tag's hashed internal name
     */
    public String createTag(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("A tag needs a display name");
        }
        return types.classificationNamed(displayName.trim(), DemoCatalog.DEMO_USERNAME, CLOCK.getAsLong());
    }

    /**
     * Adds a user to the directory that {@code GET /api/service/users} lists after the demo user.
     *
     * @param username the user name
     * @param email the e-mail address
     * @return the new user's id
     */
    public String addUser(String username, String email) {
        String id = UUID.randomUUID().toString();
        users.addUser(id, username, email, username, "");
        return id;
    }

    /**
     * Adds a group to those {@code GET /api/service/groups} lists.
     *
     * @param name the group's name, such as {@code data-engineers}
     * @param alias the name users see, such as {@code Data Engineers}
     * @param description what the group is for
     * @return the new group's id
     */
    public String addGroup(String name, String alias, String description) {
        String id = UUID.randomUUID().toString();
        users.addGroup(id, name, alias, description, 0);
        return id;
    }

    /**
     * The rate limits it enforces, as set by {@link Builder#rateLimits(RateLimits)}.
     *
     * @return the limits, or empty when it enforces none (the default)
     */
    public Optional<RateLimits> rateLimits() {
        return Optional.ofNullable(rateLimiter).map(NginxRateLimiter::limits);
    }

    /**
     * How many requests of an endpoint family its rate limits let through and refused since it started; requests
     * the limits do not apply to (no {@code x-atlan-agent-id} header) count as let through.
     *
     * @param family the family
     * @return the counts; both 0 when it enforces no limits
     */
    public RateLimits.Counts rateLimitCounts(RateLimits.Family family) {
        return rateLimiter != null ? rateLimiter.counts(family) : new RateLimits.Counts(0, 0);
    }

    /**
     * Puts the server back as it started: every entity, tag, user and group written since is forgotten and the
     * demo catalog (if it was seeded) is seeded again. The API key, port and OAuth client stay. Tests that share a
     * server call it between tests.
     */
    public void reset() {
        store.write(() -> {
            store.clear();
            return null;
        });
        types.clearClassifications();
        users.clear();
        seed();
    }

    /**
     * Stops the server. Idempotent; returns only when the port is released.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.disposeNow();
            log.debug("Embedded demo Atlan on {} stopped", baseUrl);
        }
    }

    /**
     * Names it by its URL; never shows the API key, so it is safe to log.
     *
     * @return {@code EmbeddedAtlan[http://127.0.0.1:<port>]}
     */
    @Override
    public String toString() {
        return "EmbeddedAtlan[" + baseUrl + "]";
    }

    /**
     * Configures and starts an {@link EmbeddedAtlan}.
     */
    public static final class Builder {

        private String host = "127.0.0.1";
        private int port;
        private String apiKey;
        private String oauthClientId = "demo-client";
        private String oauthClientSecret;
        private boolean seedDemoCatalog = true;
        private int generatedAssets;
        private int maxResultWindow = DEFAULT_MAX_RESULT_WINDOW;
        private RateLimits rateLimits;
        private LongSupplier rateLimitClock = System::currentTimeMillis;

        private Builder() {
        }

        /**
         * Adds generated tables to the catalog, for trying search paging over many results: {@code count}
         * tables named {@code TABLE_000001} and so on under
         * {@link DemoCatalog#GENERATED_SCHEMA_QUALIFIED_NAME}, with {@code rowCount} equal to their number, created
         * a thousand at a time with one creation time per thousand.
         *
         * @param count 0 (the default) or more; 200,000 take a second or two
         * @return this builder
         */
        public Builder generatedAssets(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("generatedAssets must not be negative, was " + count);
            }
            this.generatedAssets = count;
            return this;
        }

        /**
         * How far index search pages by {@code from} and {@code size}: a request whose {@code from + size} is
         * larger fails with 400, as Elasticsearch's {@code index.max_result_window} makes Atlan answer; paging
         * past it needs {@code search_after}.
         *
         * @param maxResultWindow at least 1; default 100,000, as in Atlan
         * @return this builder
         */
        public Builder maxResultWindow(int maxResultWindow) {
            if (maxResultWindow < 1) {
                throw new IllegalArgumentException("maxResultWindow must be at least 1, was " + maxResultWindow);
            }
            this.maxResultWindow = maxResultWindow;
            return this;
        }

        /**
         * The address to listen on. Keep it a loopback address: the server has no TLS and one shared key.
         *
         * @param host a host name or IP address; default {@code 127.0.0.1}
         * @return this builder
         */
        public Builder host(String host) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            this.host = host.trim();
            return this;
        }

        /**
         * The port to listen on.
         *
         * @param port 1 to 65535, or 0 (the default) for a random free port
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The API key to accept.
         *
         * @param apiKey any non-blank string; default {@code "demo-" + a random UUID}
         * @return this builder
         * @throws IllegalArgumentException if it is null or blank
         */
        public Builder apiKey(String apiKey) {
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalArgumentException("apiKey must not be blank");
            }
            this.apiKey = apiKey;
            return this;
        }

        /**
         * The demo OAuth client whose credentials to accept.
         *
         * @param clientId any non-blank string; default {@code demo-client}
         * @param clientSecret any non-blank string; default {@code "demo-secret-" + a random UUID}
         * @return this builder
         * @throws IllegalArgumentException if either is null or blank
         */
        public Builder oauthClient(String clientId, String clientSecret) {
            if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
                throw new IllegalArgumentException("clientId and clientSecret must not be blank");
            }
            this.oauthClientId = clientId;
            this.oauthClientSecret = clientSecret;
            return this;
        }

        /**
         * Whether to seed the demo catalog described by {@link DemoCatalog}.
         *
         * @param seed default true; false starts with no entities, tags or groups
         * @return this builder
         */
        public Builder seedDemoCatalog(boolean seed) {
            this.seedDemoCatalog = seed;
            return this;
        }

        /**
         * Enforces request rate limits as the nginx in front of a real Atlan does: a request over its endpoint
         * family's limit is answered 429 with nginx's HTML page and {@code Retry-After: 1}. Off unless set.
         *
         * @param rateLimits the limits, such as {@link RateLimits#atlanDefaults()}; or {@code null} for none
         * @return this builder
         */
        public Builder rateLimits(RateLimits rateLimits) {
            this.rateLimits = rateLimits;
            return this;
        }

        /** The clock the rate limits count milliseconds by; tests move their own. */
        Builder rateLimitClock(LongSupplier clockMillis) {
            this.rateLimitClock = clockMillis;
            return this;
        }

        /**
         * Binds and returns a running server.
         *
         * @return the running server
         * @throws IllegalStateException if it cannot bind, for example because the port is in use
         */
        public EmbeddedAtlan start() {
            return new EmbeddedAtlan(this);
        }
    }
}
