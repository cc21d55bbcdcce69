package dev.atlanspring.client.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.ReadTimeoutException;
import io.netty.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The read timeout ({@code atlan.read-timeout}): an attempt fails when nothing was read from (or written to) the
 * connection for that long, from its request's first byte to its answer's last. Netty's {@code ReadTimeoutHandler}
 * (what Reactor Netty's {@code responseTimeout} installs) raises the timeout as a channel exception, which Reactor
 * Netty logs as a WARN with a stack trace ("The connection observed an error") before the caller hears of it, and
 * again ("observed post termination") when it fires after the caller has gone: noise on every slow answer. Here
 * the Netty handler only measures idleness and tells the attempt, which gives up through Reactor (cancelling the
 * exchange, so Reactor Netty closes the connection quietly) and fails with {@link ReadTimeoutException}, explained by
 * {@link TransportFailures} as before.
 */
final class ReadIdleTimeout {

    /** The request attribute holding the attempt's {@link Signal}; a request without one has no read timeout. */
    static final String SIGNAL = ReadIdleTimeout.class.getName() + ".signal";

    private ReadIdleTimeout() {
    }

    /**
     * Arms the read timeout for one attempt.
     * @param spec the attempt's request
     * @return the signal the connection's handler fires when the connection has been idle too long
     */
    static Signal arm(WebClient.RequestBodySpec spec) {
        Signal signal = new Signal();
        spec.attribute(SIGNAL, signal);
        return signal;
    }

    /**
     * Makes an exchange give up when its signal fires.
     * @param exchange the exchange, from request to decoded answer
     * @param signal the signal armed for its request
     * @return the exchange, failing with {@link ReadTimeoutException} once the connection was idle too long
     */
    static <T> Mono<T> apply(Mono<T> exchange, Signal signal) {
        return exchange.timeout(signal.fired(), Mono.error(() -> ReadTimeoutException.INSTANCE));
    }

    /** One attempt's read timeout: fired at most once, by the handler of the connection carrying the attempt. */
    static final class Signal {

        private final Sinks.One<Boolean> sink = Sinks.one();

        void fire() {
            this.sink.tryEmitValue(Boolean.TRUE);
        }

        Mono<Boolean> fired() {
            return this.sink.asMono();
        }

    }

    /**
     * Measures how long the connection has been idle while an attempt is in flight on it, and fires the attempt's
     * signal when that reaches the read timeout. One per connection; every method runs on its event loop.
     */
    static final class Handler extends ChannelDuplexHandler {

        private final long timeoutNanos;

        private @Nullable Signal signal;

        private long lastActivity;

        private @Nullable ScheduledFuture<?> check;

        Handler(Duration timeout) {
            this.timeoutNanos = timeout.toNanos();
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof HttpRequest) {
                disarm();
                Map<String, Object> attributes = ctx.channel().attr(ReactorClientHttpConnector.ATTRIBUTES_KEY).get();
                Object signal = (attributes != null) ? attributes.get(SIGNAL) : null;
                if (signal instanceof Signal armed) {
                    this.signal = armed;
                    this.lastActivity = System.nanoTime();
                    schedule(ctx, this.timeoutNanos);
                }
            }
            else if (this.signal != null) {
                this.lastActivity = System.nanoTime();
            }
            super.write(ctx, msg, promise);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (this.signal != null) {
                this.lastActivity = System.nanoTime();
                if (msg instanceof LastHttpContent) {
                    disarm();
                }
            }
            super.channelRead(ctx, msg);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            disarm();
            super.channelInactive(ctx);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            disarm();
        }

        private void schedule(ChannelHandlerContext ctx, long delayNanos) {
            this.check = ctx.executor().schedule(() -> check(ctx), delayNanos, TimeUnit.NANOSECONDS);
        }

        private void check(ChannelHandlerContext ctx) {
            Signal armed = this.signal;
            if (armed == null) {
                return;
            }
            long idle = System.nanoTime() - this.lastActivity;
            if (idle >= this.timeoutNanos) {
                disarm();
                armed.fire();
            }
            else {
                schedule(ctx, this.timeoutNanos - idle);
            }
        }

        private void disarm() {
            this.signal = null;
            ScheduledFuture<?> pending = this.check;
            if (pending != null) {
                pending.cancel(false);
                this.check = null;
            }
        }

    }

}
