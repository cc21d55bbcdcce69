package dev.atlanspring.client.typedef;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.http.AtlanRequest;
import dev.atlanspring.client.http.Operation;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * Reads and creates type definitions, without blocking, and keeps the client's cache of Atlan tag names. Obtain
 * it from {@link dev.atlanspring.client.ReactiveAtlanClient#typeDefs()}. Nothing happens until the returned
 * {@link Mono} is subscribed to; errors are {@link dev.atlanspring.client.error.AtlanException}s.
 */
public final class ReactiveTypeDefs {

    /** Lists the type definitions of a category. */
    public static final Operation LIST = new Operation("typedefs.list", HttpMethod.GET, "/api/meta/types/typedefs",
            true);

    /** Reads one type definition by its internal name. */
    public static final Operation GET = new Operation("typedefs.get", HttpMethod.GET,
            "/api/meta/types/typedef/name/{name}", true);

    /** Creates type definitions; not idempotent, since a repeat fails as a duplicate. */
    public static final Operation CREATE = new Operation("typedefs.create", HttpMethod.POST,
            "/api/meta/types/typedefs", false);

    private final AtlanHttp http;

    private final AtlanTagNames tagNames;

    /** Caches built on the type definitions (custom metadata names): told when one is created. */
    private final List<Runnable> onCreate = new CopyOnWriteArrayList<>();

    /**
     * Creates the typedef operations over a tenant's transport; the client does this for you.
     * @param http the tenant's transport
     * @param tagCacheTtl how long the cached Atlan tag names stay fresh
     */
    public ReactiveTypeDefs(AtlanHttp http, Duration tagCacheTtl) {
        this.http = Objects.requireNonNull(http, "http");
        this.tagNames = new AtlanTagNames(this, tagCacheTtl);
    }

    /**
     * Lists every type definition of a category.
     * @param category such as {@link TypeDefCategory#CLASSIFICATION} for the Atlan tags
     * @return the definitions, possibly empty
     */
    public Mono<List<TypeDef>> list(TypeDefCategory category) {
        Objects.requireNonNull(category, "category");
        return this.http.exchange(AtlanRequest.to(LIST).query("type", category.queryValue()).build(),
                TypeDefsEnvelope.class, (envelope) -> envelope.of(category));
    }

    /**
     * Reads one type definition by its internal name (for an Atlan tag, the hashed one; see
     * {@link #atlanTag(String)} to read a tag by the name people see).
     * @param name such as {@code Table}
     * @return the definition; a {@link NotFoundException} when there is none
     */
    public Mono<TypeDef> get(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The type name is blank; pass a type's name, such as 'Table'.");
        }
        return this.http.exchange(AtlanRequest.to(GET).uriVariable("name", name).build(), TypeDef.class);
    }

    /**
     * Reads an Atlan tag's definition by the name people see.
     * @param displayName such as {@code PII}
     * @return the definition; an {@link dev.atlanspring.client.error.AtlanTagNotFoundException} when no tag has
     * that name
     */
    public Mono<TypeDef> atlanTag(String displayName) {
        return this.tagNames.internalName(displayName).flatMap(this::get);
    }

    /**
     * Creates a type definition, such as a new Atlan tag from {@link TypeDef#atlanTag(String, String)}. Creating a
     * definition refreshes the cached tag and custom metadata names on their next use.
     * @param def the definition
     * @return the definitions Atlan created, with the names it assigned
     */
    public Mono<List<TypeDef>> create(TypeDef def) {
        Objects.requireNonNull(def, "def");
        return this.http.exchange(AtlanRequest.to(CREATE).body(TypeDefsEnvelope.of(def)).build(),
                TypeDefsEnvelope.class, TypeDefsEnvelope::all)
            .doOnSuccess((created) -> {
                this.tagNames.invalidate();
                this.onCreate.forEach(Runnable::run);
            });
    }

    /**
     * Registers something to do each time a type definition is created through this client, such as forgetting a
     * cache of names built on the definitions; the client does this for its own caches.
     * @param action run after each successful create
     */
    public void onCreate(Runnable action) {
        this.onCreate.add(Objects.requireNonNull(action, "action"));
    }

    /**
     * Returns the client's cache of Atlan tag names, which translates between the names people see and the
     * hashed names Atlan stores.
     * @return the cache
     */
    public AtlanTagNames tagNames() {
        return this.tagNames;
    }

    String tenant() {
        return this.http.settings().tenant();
    }

}
