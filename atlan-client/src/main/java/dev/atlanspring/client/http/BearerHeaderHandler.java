package dev.atlanspring.client.http;

import java.util.Map;

import dev.atlanspring.client.Secret;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * Adds the {@code Authorization} header to a request as Netty writes it, below everything Spring has: no
 * {@code WebClient} filter, codec log ({@code spring.codec.log-request-details} with TRACE on
 * {@code ExchangeFunctions}), observation or {@code toString} of the request ever holds it. The credential travels
 * to here as a request attribute, which Spring puts on the channel ({@link ReactorClientHttpConnector#ATTRIBUTES_KEY})
 * before the request is written; a request without one (the OAuth token request) gets no header. It sits after the
 * HTTP codec, so a proxy's {@code CONNECT}, written by the proxy handler before it, never carries the credential.
 */
final class BearerHeaderHandler extends ChannelOutboundHandlerAdapter {

    /** The request attribute holding the {@link Secret} to send as the bearer token. */
    static final String CREDENTIAL = BearerHeaderHandler.class.getName() + ".credential";

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof HttpRequest request) {
            Map<String, Object> attributes = ctx.channel().attr(ReactorClientHttpConnector.ATTRIBUTES_KEY).get();
            Object credential = (attributes != null) ? attributes.get(CREDENTIAL) : null;
            if (credential instanceof Secret secret) {
                request.headers().set(HttpHeaderNames.AUTHORIZATION, "Bearer " + secret.reveal());
            }
            else {
                request.headers().remove(HttpHeaderNames.AUTHORIZATION);
            }
        }
        super.write(ctx, msg, promise);
    }

}
