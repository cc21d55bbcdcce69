package dev.atlanspring.client.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Supplier;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.ReadTimeoutException;
import io.netty.util.Timeout;
import io.netty.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;

/**
 * The read timeout ({@code atlan.read-timeout}): an attempt fails when nothing was read from (or written to) the
 * connection for that long, from its request's first byte to its answer's last. Netty's {@code ReadTimeoutHandler}
 * (what Reactor Netty's {@code responseTimeout} installs) raises the timeout as a channel exception, which Reactor
 * Netty logs as a WARN with a stack trace ("The connection observed an error") before the caller hears of it, and
 * again ("observed post termination") when it fires after the caller has gone: noise on every slow answer. Here
 * the Netty handler only measures idleness and tells the attempt, which gives up through Reactor (cancelling the
 * exchange, so Reactor Netty closes the connection quietly) and fails with {@link ReadTimeoutException}, explained by
 * {@link TransportFailures} as before.
 * <p>
 * The attempt deadline ({@code atlan.attempt-timeout}) rides on the same signal, armed on the {@link Deadlines}
 * timer, so that an attempt has one timeout operator, not two.
 */
final class ReadIdleTimeout {

    /** The request attribute holding the attempt's {@link Signal}; a request without one has no read timeout. */
    static final String SIGNAL = ReadIdleTimeout.class.getName() + ".signal";

    private ReadIdleTimeout() {
    }

    /**
     * Arms the read timeout alone for one exchange, such as the OAuth token request.
     * @param spec the exchange's request
     * @return the signal the connection's handler fires when the connection has been idle too long
     */
    static Signal arm(WebClient.RequestBodySpec spec) {
        return arm(spec, Deadlines.shared(), Duration.ZERO);
    }

    /**
     * Makes an exchange armed with {@link #arm(WebClient.RequestBodySpec)} give up when the connection was idle too
     * long.
     * @param exchange the exchange, from request to decoded answer
     * @param signal the signal armed for its request
     * @return the exchange, failing with {@link ReadTimeoutException} once the connection was idle too long
     */
    static <T> Mono<T> apply(Mono<T> exchange, Signal signal) {
        return apply(exchange, signal, () -> new IllegalStateException("An exchange without a deadline passed it"));
    }

    /**
     * Arms the read timeout and the attempt deadline of one attempt.
     * @param spec the attempt's request
     * @param deadlines the timer the attempt deadline is armed on
     * @param attemptTimeout the attempt deadline ({@code atlan.attempt-timeout}), from the exchange's subscription;
     * zero for none
     * @return the attempt's signal, fired by the connection's handler when the connection has been idle too long
     * and by the deadline timer when the attempt has taken too long
     */
    static Signal arm(WebClient.RequestBodySpec spec, Deadlines deadlines, Duration attemptTimeout) {
        Signal signal = new Signal(deadlines, attemptTimeout.toNanos());
        spec.attribute(SIGNAL, signal);
        return signal;
    }

    /**
     * Makes an exchange give up when its signal fires.
     * @param exchange the exchange, from request to decoded answer
     * @param signal the signal armed for its request
     * @param deadlineExceeded the failure when the attempt deadline passed
     * @return the exchange, failing with {@link ReadTimeoutException} once the connection was idle too long, and
     * with the given failure once the attempt deadline passed
     */
    static <T> Mono<T> apply(Mono<T> exchange, Signal signal, Supplier<? extends Throwable> deadlineExceeded) {
        return exchange.timeout(signal, Mono.error(() -> signal.idle() ? ReadTimeoutException.INSTANCE
                : deadlineExceeded.get()));
    }

    /**
     * One attempt's timeouts, fired at most once: by the handler of the connection carrying the attempt when it has
     * been idle too long, or by the {@link Deadlines} timer when the attempt deadline passes. A publisher that
     * completes when it fires, for {@code Mono.timeout}; one subscriber, the attempt's. Lock-free and allocating
     * nothing more: it replaces a {@code Sinks.One} and a second timeout on every attempt.
     */
    static final class Signal extends Mono<Void> implements Subscription, Runnable {

        private static final AtomicIntegerFieldUpdater<Signal> STATE = AtomicIntegerFieldUpdater
            .newUpdater(Signal.class, "state");

        private static final int ARMED = 0;

        private static final int IDLE = 1;

        private static final int DEADLINE = 2;

        private static final int CANCELLED = 3;

        private final Deadlines deadlines;

        private final long attemptNanos;

        private volatile int state;

        private volatile @Nullable CoreSubscriber<? super Void> actual;

        private volatile @Nullable Timeout deadline;

        Signal(Deadlines deadlines, long attemptNanos) {
            this.deadlines = deadlines;
            this.attemptNanos = attemptNanos;
        }

        @Override
        public void subscribe(CoreSubscriber<? super Void> subscriber) {
            this.actual = subscriber;
            subscriber.onSubscribe(this);
            if (this.state != ARMED) {
                // Fired before anyone listened.
                if (this.state != CANCELLED) {
                    subscriber.onComplete();
                }
                return;
            }
            if (this.attemptNanos <= 0) {
                return;
            }
            Timeout armed = this.deadlines.schedule(this, this.attemptNanos);
            this.deadline = armed;
            if (this.state != ARMED) {
                armed.cancel();
            }
        }

        /** The connection was idle for the read timeout; called on its event loop. */
        void fire() {
            end(IDLE);
        }

        /** The attempt deadline passed; called on Reactor's parallel scheduler. */
        @Override
        public void run() {
            end(DEADLINE);
        }

        /**
         * Returns whether it fired because the connection was idle, rather than because the deadline passed.
         * @return {@code true} for the read timeout
         */
        boolean idle() {
            return this.state == IDLE;
        }

        private void end(int reason) {
            if (STATE.compareAndSet(this, ARMED, reason)) {
                disarmDeadline();
                CoreSubscriber<? super Void> subscriber = this.actual;
                if (subscriber != null) {
                    subscriber.onComplete();
                }
            }
        }

        @Override
        public void request(long n) {
            // Completes without a value: nothing to request.
        }

        @Override
        public void cancel() {
            if (STATE.compareAndSet(this, ARMED, CANCELLED)) {
                disarmDeadline();
            }
        }

        private void disarmDeadline() {
            Timeout armed = this.deadline;
            if (armed != null) {
                armed.cancel();
            }
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
