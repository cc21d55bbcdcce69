package dev.atlanspring.embedded;

import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The nginx in front of the embedded Atlan: refuses a request over its family's rate limit with the answer
 * Atlan's nginx gives ({@code limit_req_status 429}, {@code add_header Retry-After 1 always}, nginx's own HTML
 * error page), and passes every other request to the handler.
 */
final class RateLimitedHandler implements BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> {

    /** nginx's built-in error page for 429. */
    private static final byte[] TOO_MANY_REQUESTS = ("<html>\r\n<head><title>429 Too Many Requests</title></head>\r\n"
            + "<body>\r\n<center><h1>429 Too Many Requests</h1></center>\r\n<hr><center>nginx</center>\r\n"
            + "</body>\r\n</html>\r\n").getBytes(StandardCharsets.US_ASCII);

    private final NginxRateLimiter limiter;

    private final BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> next;

    RateLimitedHandler(NginxRateLimiter limiter,
            BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> next) {
        this.limiter = limiter;
        this.next = next;
    }

    @Override
    public Publisher<Void> apply(HttpServerRequest request, HttpServerResponse response) {
        String path = new QueryStringDecoder(request.uri()).rawPath();
        String agentId = request.requestHeaders().get("x-atlan-agent-id");
        if (this.limiter.allow(path, agentId, request.requestHeaders().get("x-atlan-client-origin"))) {
            return this.next.apply(request, response);
        }
        // The body is read and dropped so that the connection stays usable for the next request.
        return request.receive().then(Mono.defer(() -> {
            response.status(HttpResponseStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaderNames.CONTENT_TYPE, "text/html")
                .header(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(TOO_MANY_REQUESTS.length))
                .header(HttpHeaderNames.RETRY_AFTER, "1");
            if (agentId != null) {
                response.header("X-Debug-Agent-Id", agentId);
            }
            return response.sendByteArray(Mono.just(TOO_MANY_REQUESTS)).then();
        }));
    }
}
