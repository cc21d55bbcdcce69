package dev.atlanspring.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

import dev.atlanspring.client.AtlanClient;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four ways the get-by-GUID benchmark reads one entity: the two floors (raw {@code WebClient}, and raw
 * {@link HttpURLConnection}, the transport of Atlan's Java SDK), each followed by a JSON decode, and our blocking
 * and reactive clients. Every pool allows {@link #CONNECTIONS} connections, so that all of them can keep 64 calls
 * in flight.
 */
final class GetContenders implements AutoCloseable {

    /** The contenders' names, the floors first. */
    static final List<String> NAMES = List.of("rawWebClient", "rawHttpUrlConnection", "blocking", "reactive");

    /** The pool size of every contender. */
    static final int CONNECTIONS = 64;

    private static final String PATH = "/api/meta/entity/guid/";

    private static final String BEARER = "Bearer " + StubAtlan.API_KEY;

    /**
     * One way to get an entity.
     *
     * @param name the name in the report
     * @param blocking gets an entity on the calling thread
     * @param reactive gets an entity without blocking, or {@code null} for a blocking-only contender
     */
    record Contender(String name, Function<String, Object> blocking,
            @Nullable Function<String, Mono<?>> reactive) {
    }

    private final String baseUrl;

    private final JsonMapper mapper = JsonMapper.builder().build();

    private final ConnectionProvider rawPool = ConnectionProvider.builder("raw-webclient")
        .maxConnections(CONNECTIONS)
        .build();

    private final WebClient webClient;

    private final AtlanClient atlan;

    GetContenders(String baseUrl) {
        this.baseUrl = baseUrl;
        this.webClient = WebClient.builder()
            .baseUrl(baseUrl)
            .clientConnector(new ReactorClientHttpConnector(HttpClient.create(this.rawPool)))
            .build();
        this.atlan = AtlanClient.builder()
            .tenant("bench")
            .baseUrl(baseUrl)
            .apiKey(StubAtlan.API_KEY)
            .maxConnections(CONNECTIONS)
            .rateLimit(RateLimitedBenchmark.NEVER_WAITS)
            .build();
        // The JDK keeps 5 idle connections per host unless told otherwise; give it the same pool as the others.
        System.setProperty("http.maxConnections", Integer.toString(CONNECTIONS));
    }

    /**
     * Returns the contenders, the floors first.
     * @return raw WebClient, raw HttpURLConnection, our blocking client, our reactive client
     */
    List<Contender> all() {
        Function<String, Mono<?>> raw = this::rawWebClient;
        Function<String, Mono<?>> reactive = (guid) -> this.atlan.reactive().assets().get(guid);
        return List.of(new Contender("rawWebClient", (guid) -> raw.apply(guid).block(), raw),
                new Contender("rawHttpUrlConnection", this::rawHttpUrlConnection, null),
                new Contender("blocking", (guid) -> this.atlan.assets().get(guid), null),
                new Contender("reactive", (guid) -> reactive.apply(guid).block(), reactive));
    }

    private Mono<JsonNode> rawWebClient(String guid) {
        return this.webClient.get()
            .uri(PATH + "{guid}", guid)
            .header(HttpHeaders.AUTHORIZATION, BEARER)
            .accept(MediaType.APPLICATION_JSON)
            .retrieve()
            .bodyToMono(JsonNode.class);
    }

    private JsonNode rawHttpUrlConnection(String guid) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(this.baseUrl + PATH + guid).toURL()
                .openConnection();
            connection.setRequestProperty(HttpHeaders.AUTHORIZATION, BEARER);
            connection.setRequestProperty(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
            if (connection.getResponseCode() != 200) {
                throw new IllegalStateException("HTTP " + connection.getResponseCode());
            }
            // Read to the end and close, so that the connection goes back to the JDK's keep-alive cache.
            try (InputStream body = connection.getInputStream()) {
                return this.mapper.readTree(body.readAllBytes());
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        this.atlan.close();
        this.rawPool.dispose();
    }

}
