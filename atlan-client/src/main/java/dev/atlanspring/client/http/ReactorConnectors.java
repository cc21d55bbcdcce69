package dev.atlanspring.client.http;

import java.net.InetSocketAddress;
import java.time.Duration;

import dev.atlanspring.client.AtlanClientSettings;
import dev.atlanspring.client.Secret;
import dev.atlanspring.client.proxy.NonProxyHosts;
import dev.atlanspring.client.proxy.ProxySettings;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslContext;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import reactor.netty.NettyPipeline;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import reactor.netty.transport.ProxyProvider;

/**
 * Builds a tenant's Reactor Netty transport: its own connection pool, named after the tenant, on shared event
 * loops, through the tenant's proxy and with its TLS trust.
 */
final class ReactorConnectors {

    /**
     * Atlan sits behind load balancers that drop idle connections; a pooled connection kept longer than that fails
     * the next request with a premature close, so idle ones are let go well before.
     */
    private static final Duration MAX_IDLE_TIME = Duration.ofSeconds(20);

    private static final Duration MAX_LIFE_TIME = Duration.ofMinutes(5);

    private ReactorConnectors() {
    }

    static ConnectionProvider pool(AtlanClientSettings settings) {
        return ConnectionProvider.builder("atlan-" + settings.tenant())
            .maxConnections(settings.maxConnections())
            .pendingAcquireTimeout(settings.connectTimeout())
            .maxIdleTime(MAX_IDLE_TIME)
            .maxLifeTime(MAX_LIFE_TIME)
            .build();
    }

    static ReactorClientHttpConnector connector(AtlanClientSettings settings, ConnectionProvider pool,
            @Nullable LoopResources loops) {
        HttpClient client = HttpClient.create(pool)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                    settings.connectTimeout().toMillis()))
            .compress(true)
            .doOnChannelInit((observer, channel, address) -> {
                ChannelPipeline pipeline = channel.pipeline().addLast("atlan.headers", new RequestHeadersHandler());
                // Before Reactor Netty's bridge, which takes every inbound message and passes none on.
                ChannelHandler readTimeout = new ReadIdleTimeout.Handler(settings.readTimeout());
                if (pipeline.get(NettyPipeline.ReactiveBridge) != null) {
                    pipeline.addBefore(NettyPipeline.ReactiveBridge, "atlan.readTimeout", readTimeout);
                }
                else {
                    pipeline.addLast("atlan.readTimeout", readTimeout);
                }
            });
        if (loops != null) {
            client = client.runOn(loops);
        }
        ProxySettings proxy = settings.proxy();
        if (proxy != null) {
            client = client.proxy((spec) -> proxy(spec, proxy, settings));
        }
        SslContext sslContext = settings.sslContext();
        if (sslContext != null && "https".equals(settings.baseUrl().getScheme())) {
            client = client.secure((spec) -> spec.sslContext(sslContext));
        }
        return new ReactorClientHttpConnector(client);
    }

    /**
     * Reactor Netty resolves the target's host name at the proxy, so {@code socks5} and {@code socks5h} are alike;
     * the non-proxy hosts are matched against the host name as written in the URL.
     */
    private static ProxyProvider.Builder proxy(ProxyProvider.TypeSpec spec, ProxySettings proxy,
            AtlanClientSettings settings) {
        NonProxyHosts direct = settings.nonProxyHosts();
        ProxyProvider.Builder builder = spec
            .type((proxy.type() == ProxySettings.Type.SOCKS5) ? ProxyProvider.Proxy.SOCKS5 : ProxyProvider.Proxy.HTTP)
            .host(proxy.host())
            .port(proxy.port())
            .connectTimeoutMillis(settings.connectTimeout().toMillis())
            .nonProxyHostsPredicate((address) -> address instanceof InetSocketAddress inet
                    && direct.matches(inet.getHostString(), inet.getPort()));
        String username = proxy.username();
        if (username != null) {
            // Reactor Netty authenticates only with both; "user@host" means an empty password, as in curl.
            Secret password = proxy.password();
            builder.username(username).password((user) -> (password != null) ? password.reveal() : "");
        }
        return builder;
    }

}
