package dev.atlanspring.client.http;

import java.util.Map;

import dev.atlanspring.client.Secret;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.AsciiString;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * Adds the headers every request to Atlan carries as Netty writes the request, below everything Spring has.
 * <ul>
 * <li>{@code Authorization}: so that no {@code WebClient} filter, codec log ({@code spring.codec.log-request-details}
 * with TRACE on {@code ExchangeFunctions}), observation or {@code toString} of the request ever holds it. The
 * credential travels to here as a request attribute, which Spring puts on the channel
 * ({@link ReactorClientHttpConnector#ATTRIBUTES_KEY}) before the request is written; a request without one (the
 * OAuth token request) gets no header.</li>
 * <li>The SDK's identity ({@code User-Agent}, {@code x-atlan-agent}, {@code x-atlan-agent-id},
 * {@code x-atlan-client-origin}) and {@code Accept: application/json} (in place of Reactor Netty's own
 * {@code User-Agent} and {@code Accept: *}{@code /*}): the same on every request, so written here from constants
 * rather than merged into every request's headers by {@code WebClient} as default headers, which copies them
 * through several case-insensitive maps on every call. Neither a filter nor a default header of a customized
 * {@code WebClient.Builder} can change them.</li>
 * </ul>
 * It sits after the HTTP codec, so a proxy's {@code CONNECT}, written by the proxy handler before it, carries
 * none of them.
 */
final class RequestHeadersHandler extends ChannelOutboundHandlerAdapter {

    /** The request attribute holding the {@link Secret} to send as the bearer token. */
    static final String CREDENTIAL = RequestHeadersHandler.class.getName() + ".credential";

    private static final AsciiString USER_AGENT = AsciiString.cached(AtlanHeaders.USER_AGENT);

    private static final AsciiString AGENT = AsciiString.cached(AtlanHeaders.AGENT);

    private static final AsciiString AGENT_ID = AsciiString.cached(AtlanHeaders.AGENT_ID);

    private static final AsciiString CLIENT_ORIGIN = AsciiString.cached(AtlanHeaders.CLIENT_ORIGIN);

    private static final AsciiString SDK = AsciiString.cached("sdk");

    private static final AsciiString JAVA = AsciiString.cached("java");

    private static final AsciiString PRODUCT_SDK = AsciiString.cached("product_sdk");

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof HttpRequest request) {
            HttpHeaders headers = request.headers();
            headers.set(HttpHeaderNames.USER_AGENT, USER_AGENT);
            headers.set(AGENT, SDK);
            headers.set(AGENT_ID, JAVA);
            headers.set(CLIENT_ORIGIN, PRODUCT_SDK);
            headers.set(HttpHeaderNames.ACCEPT, HttpHeaderValues.APPLICATION_JSON);
            Map<String, Object> attributes = ctx.channel().attr(ReactorClientHttpConnector.ATTRIBUTES_KEY).get();
            Object credential = (attributes != null) ? attributes.get(CREDENTIAL) : null;
            if (credential instanceof Secret secret) {
                headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + secret.reveal());
            }
            else {
                headers.remove(HttpHeaderNames.AUTHORIZATION);
            }
        }
        super.write(ctx, msg, promise);
    }

}
