package dev.atlanspring.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A minimal, fast Atlan for the benchmark: Reactor Netty on 127.0.0.1 answering with precomputed bytes, so that the
 * stub is never the bottleneck. It serves an entity by GUID (404 for GUIDs starting {@code missing}), the Atlan tag
 * typedefs, the current user, index search over a generated catalog of {@link StubBodies#CATALOG_SIZE} assets (from/size and
 * {@code search_after}), and its own counters at {@code GET /stub/stats}. With {@link StubFaults} it injects errors,
 * rate limits, resets and delays at random. It checks the bearer key like Atlan does. Thread-safe.
 */
final class StubAtlan implements AutoCloseable {

    /** The API key the stub accepts. */
    static final String API_KEY = "bench-api-key-0c5e1d7a9b3f";

    private static final String BEARER = "Bearer " + API_KEY;

    private static final byte[] UNAUTHORIZED = "{\"errorCode\":\"ATLAS-401-00-001\",\"errorMessage\":\"Unauthorized\"}"
        .getBytes(StandardCharsets.UTF_8);

    private static final int[] SERVER_ERRORS = { 500, 502, 503 };

    private final StubFaults faults;

    private final JsonMapper mapper = JsonMapper.builder().build();

    private final LongAdder requests = new LongAdder();

    private final Map<StubFaults.Kind, LongAdder> injected = new EnumMap<>(StubFaults.Kind.class);

    private final AtomicInteger openConnections = new AtomicInteger();

    private final DisposableServer server;

    private StubAtlan(StubFaults faults, LoopResources loops) {
        this.faults = faults;
        for (StubFaults.Kind kind : StubFaults.Kind.values()) {
            this.injected.put(kind, new LongAdder());
        }
        this.server = HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .runOn(loops)
            .doOnConnection((connection) -> {
                this.openConnections.incrementAndGet();
                connection.onDispose(this.openConnections::decrementAndGet);
            })
            .handle(this::handle)
            .bindNow();
    }

    /**
     * Starts a stub on a free loopback port.
     * @param faults the faults to inject, or {@link StubFaults#NONE}
     * @param loops the event loops to serve on, kept apart from the clients' own
     * @return the running stub
     */
    static StubAtlan start(StubFaults faults, LoopResources loops) {
        return new StubAtlan(faults, loops);
    }

    /**
     * Returns the base URL to point a client at.
     * @return {@code http://127.0.0.1:<port>}
     */
    String baseUrl() {
        return "http://127.0.0.1:" + this.server.port();
    }

    private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        String uri = request.uri();
        int query = uri.indexOf('?');
        String path = (query < 0) ? uri : uri.substring(0, query);
        if (path.equals("/stub/stats")) {
            return send(response, 200, stats().getBytes(StandardCharsets.UTF_8));
        }
        this.requests.increment();
        if (!BEARER.equals(request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION))) {
            return send(response, 401, UNAUTHORIZED);
        }
        StubFaults.Kind fault = this.faults.draw();
        this.injected.get(fault).increment();
        return switch (fault) {
            case SERVER_ERROR -> send(response,
                    SERVER_ERRORS[ThreadLocalRandom.current().nextInt(SERVER_ERRORS.length)], StubBodies.SERVER_ERROR);
            case RATE_LIMIT -> send(response.header(HttpHeaderNames.RETRY_AFTER,
                    (ThreadLocalRandom.current().nextInt(5) == 0) ? "1" : "0"), 429, StubBodies.RATE_LIMITED);
            case RESET -> reset(response);
            case RESET_MID_BODY -> resetMidBody(response);
            case DELAY -> Mono.delay(Duration.ofMillis(ThreadLocalRandom.current().nextLong(5, 51)))
                .then(Mono.defer(() -> Mono.from(answer(request, response, path))));
            case STALL -> Mono.delay(Duration.ofMillis(StubFaults.STALL_MILLIS))
                .then(Mono.defer(() -> Mono.from(answer(request, response, path))));
            case NONE -> answer(request, response, path);
        };
    }

    private Publisher<Void> answer(HttpServerRequest request, HttpServerResponse response, String path) {
        if (request.method() == HttpMethod.GET && path.startsWith("/api/meta/entity/guid/")) {
            boolean missing = path.startsWith("missing", "/api/meta/entity/guid/".length());
            return missing ? send(response, 404, StubBodies.NOT_FOUND) : send(response, 200, StubBodies.ENTITY);
        }
        if (request.method() == HttpMethod.GET && path.equals("/api/meta/types/typedefs")) {
            return send(response, 200, StubBodies.TAG_TYPEDEFS);
        }
        if (request.method() == HttpMethod.GET && path.equals("/api/service/users/current")) {
            return send(response, 200, StubBodies.CURRENT_USER);
        }
        if (request.method() == HttpMethod.POST && path.equals("/api/meta/search/indexsearch")) {
            return request.receive().aggregate().asByteArray().flatMap((body) -> searchPage(response, body));
        }
        return send(response, 404, StubBodies.NOT_FOUND);
    }

    private Mono<Void> searchPage(HttpServerResponse response, byte[] body) {
        JsonNode dsl = this.mapper.readTree(body).path("dsl");
        long from = dsl.path("from").asLong(0);
        int size = dsl.path("size").asInt(10);
        JsonNode after = dsl.path("search_after");
        if (after.isArray() && !after.isEmpty()) {
            from = continueAfter(after);
        }
        ByteBuf page = response.alloc().buffer(256 + 330 * Math.max(0, Math.min(size, 10_000)));
        StubBodies.writeSearchPage(page, from, size);
        return response.status(200)
            .header(HttpHeaderNames.CONTENT_TYPE, "application/json")
            .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(page.readableBytes()))
            .sendObject(page)
            .then();
    }

    /** The catalog is ordered by number, GUID and creation time alike: continue after whichever was sent. */
    private static long continueAfter(JsonNode after) {
        for (JsonNode value : after) {
            if (value.isString() && StubBodies.number(value.asString()) >= 0) {
                return StubBodies.number(value.asString()) + 1;
            }
        }
        return after.get(0).asLong() - StubBodies.FIRST_CREATE_TIME + 1;
    }

    private static Mono<Void> send(HttpServerResponse response, int status, byte[] body) {
        return response.status(status)
            .header(HttpHeaderNames.CONTENT_TYPE, "application/json")
            .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length))
            .sendObject(Unpooled.wrappedBuffer(body))
            .then();
    }

    /** Closes the connection with a TCP reset, as a crashing proxy would. */
    private static Mono<Void> reset(HttpServerResponse response) {
        return Mono.fromRunnable(() -> response.withConnection((connection) -> {
            connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
            connection.channel().close();
        }));
    }

    /** Promises the whole entity, sends half of it, then resets: the client sees a premature close. */
    private static Mono<Void> resetMidBody(HttpServerResponse response) {
        byte[] body = StubBodies.ENTITY;
        return response.status(200)
            .header(HttpHeaderNames.CONTENT_TYPE, "application/json")
            .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length))
            .sendObject(Unpooled.wrappedBuffer(body, 0, body.length / 2))
            .then()
            .then(reset(response));
    }

    /**
     * Returns the stub's counters as JSON: requests, open connections and the faults injected by kind.
     * @return the counters
     */
    String stats() {
        StringBuilder json = new StringBuilder("{\"requests\":").append(this.requests.sum())
            .append(",\"openConnections\":").append(this.openConnections.get());
        this.injected.forEach((kind, count) -> json.append(",\"").append(kind).append("\":").append(count.sum()));
        return json.append('}').toString();
    }

    /**
     * Returns how many connections are open to the stub now.
     * @return the count
     */
    int openConnections() {
        return this.openConnections.get();
    }

    @Override
    public void close() {
        this.server.disposeNow(Duration.ofSeconds(5));
    }

}
