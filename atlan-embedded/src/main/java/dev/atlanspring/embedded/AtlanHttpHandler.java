package dev.atlanspring.embedded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The HTTP face of the embedded server: routing, authentication, error bodies and the request log.
 *
 * <p>Handlers are plain functions from {@link ApiRequest} to {@link ApiResponse}; everything
 * Netty-specific stays here. The body is read whole before handling (Atlan requests are small JSON
 * documents), then handling is CPU-only on the event loop, which is why no handler may block.
 */
final class AtlanHttpHandler implements BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> {

    private static final Logger log = LoggerFactory.getLogger(AtlanHttpHandler.class);
    private static final byte[] NO_BODY = new byte[0];

    private record Route(String method, String[] segments, Function<ApiRequest, ApiResponse> handler) {
    }

    private final byte[] apiKey;
    private final EmbeddedOAuth oauth;
    private final List<Route> routes = new ArrayList<>();

    AtlanHttpHandler(String apiKey, EmbeddedOAuth oauth, EntityEndpoints entities, IndexSearch search,
            TypeDefEndpoints typeDefs, UserDirectory users, BusinessMetadataEndpoints businessMetadata) {
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
        this.oauth = oauth;
        route("GET", "/api/meta/entity/guid/{guid}", entities::getByGuid);
        route("GET", "/api/meta/entity/uniqueAttribute/type/{typeName}", entities::getByUniqueAttribute);
        route("PUT", "/api/meta/entity/uniqueAttribute/type/{typeName}", entities::partialUpdateByUniqueAttribute);
        route("POST", "/api/meta/entity/bulk", entities::bulkUpsert);
        route("POST", "/api/meta/entity/guid/{guid}/businessmetadata/{bmName}", businessMetadata::addOrUpdate);
        route("DELETE", "/api/meta/entity/bulk", entities::bulkDelete);
        route("POST", "/api/meta/search/indexsearch",
                request -> ApiResponse.okJson(search.search(request.jsonObjectBody())));
        route("GET", "/api/meta/types/typedefs", typeDefs::list);
        route("POST", "/api/meta/types/typedefs", typeDefs::create);
        route("GET", "/api/meta/types/typedef/name/{name}", typeDefs::byName);
        route("GET", "/api/service/users/current", users::currentUser);
        route("GET", "/api/service/users", users::users);
        route("GET", "/api/service/groups", users::groups);
    }

    /** Also serves Atlan's lineage list API, {@code POST /api/meta/lineage/list}. */
    AtlanHttpHandler withLineage(LineageEndpoints lineage) {
        route("POST", "/api/meta/lineage/list", lineage::list);
        return this;
    }

    private void route(String method, String template, Function<ApiRequest, ApiResponse> handler) {
        routes.add(new Route(method, template.substring(1).split("/"), handler));
    }

    @Override
    public Publisher<Void> apply(HttpServerRequest request, HttpServerResponse response) {
        String method = request.method().name();
        String uri = request.uri();
        String authorization = request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION);
        return request.receive().aggregate().asByteArray()
                .defaultIfEmpty(NO_BODY)
                .map(body -> handle(method, uri, authorization, body))
                .flatMap(result -> send(response, method, uri, result));
    }

    /** Answers one request; never throws, whatever the request holds. */
    ApiResponse handle(String method, String uri, String authorization, byte[] body) {
        try {
            QueryStringDecoder decoder = new QueryStringDecoder(uri);
            String rawPath = decoder.rawPath();
            if (method.equals("POST") && rawPath.equals(EmbeddedOAuth.TOKEN_PATH)) {
                return oauth.issue(new ApiRequest(method, rawPath, List.of(), Map.of(), body));
            }
            if ((rawPath.equals("/api") || rawPath.startsWith("/api/")) && !authorized(authorization)) {
                throw AtlanError.unauthorized();
            }
            List<String> segments = segments(rawPath);
            boolean pathKnown = false;
            for (Route route : routes) {
                List<String> params = match(route, segments);
                if (params == null) {
                    continue;
                }
                pathKnown = true;
                if (route.method.equals(method)) {
                    Map<String, List<String>> query = decodedQuery(decoder);
                    return route.handler.apply(new ApiRequest(method, rawPath, params, query, body));
                }
            }
            throw pathKnown ? AtlanError.methodNotAllowed(method, rawPath) : AtlanError.noSuchEndpoint(method, rawPath);
        } catch (AtlanError e) {
            return ApiResponse.error(e);
        } catch (RuntimeException e) {
            log.warn("The embedded demo Atlan failed on {} {}", method, pathOf(uri), e);
            return ApiResponse.error(AtlanError.internal());
        }
    }

    private Mono<Void> send(HttpServerResponse response, String method, String uri, ApiResponse result) {
        byte[] bytes = result.body();
        // Only the path: query strings carry user data, and nothing here may ever echo the key.
        log.debug("{} {} -> {}", method, pathOf(uri), result.status());
        response.status(result.status())
                .header(HttpHeaderNames.CONTENT_TYPE, "application/json")
                .header(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(bytes.length));
        if (result.status() == 401) {
            response.header(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"atlan\"");
        }
        return response.sendByteArray(Mono.just(bytes)).then();
    }

    /**
     * The API key or an OAuth access token this server issued. Constant-time comparison of the key, so response
     * timing does not reveal how much of a guessed key was right.
     */
    private boolean authorized(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String token = authorization.substring(7).trim();
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), apiKey) || oauth.accepts(token);
    }

    private static List<String> match(Route route, List<String> segments) {
        if (route.segments.length != segments.size()) {
            return null;
        }
        List<String> params = new ArrayList<>();
        for (int i = 0; i < route.segments.length; i++) {
            String expected = route.segments[i];
            if (expected.startsWith("{")) {
                params.add(segments.get(i));
            } else if (!expected.equals(segments.get(i))) {
                return null;
            }
        }
        return params;
    }

    /** Path segments, percent-decoded; a {@code +} in a path is a plus, unlike in a query string. */
    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (!raw.isEmpty()) {
                segments.add(decode(raw.replace("+", "%2B")));
            }
        }
        return segments;
    }

    private static Map<String, List<String>> decodedQuery(QueryStringDecoder decoder) {
        try {
            return Collections.unmodifiableMap(decoder.parameters());
        } catch (IllegalArgumentException e) {
            throw AtlanError.badRequest("Malformed query string: " + e.getMessage());
        }
    }

    private static String decode(String component) {
        try {
            return QueryStringDecoder.decodeComponent(component);
        } catch (IllegalArgumentException e) {
            throw AtlanError.badRequest("Malformed path: " + e.getMessage());
        }
    }

    private static String pathOf(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}
