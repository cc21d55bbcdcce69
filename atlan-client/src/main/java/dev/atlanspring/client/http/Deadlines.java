package dev.atlanspring.client.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.TimerTask;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.CoreSubscriber;
import reactor.core.Scannable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Schedulers;

/**
 * The timer behind the client's deadlines (the attempt and call timeouts): one hashed-wheel timer shared by every
 * client in the JVM, on one daemon thread, {@code atlan-deadlines}, that runs only while a client that has made a
 * call is open. (A health probe's single short timeout keeps Reactor's exact timer: it is rare, and a tick late would
 * matter to it.)
 * <p>
 * Every call arms a deadline and nearly every call ends long before it, so arming and disarming is what must be
 * cheap. Reactor's {@code timeout(Duration)} schedules on a {@code ScheduledThreadPoolExecutor}, whose queue takes a
 * lock and wakes its thread whenever a new deadline becomes the earliest (with one call at a time, on every call),
 * and takes the lock again to remove it: measured, the two per call were the largest single cost the client added to
 * a get. Arming a deadline here is a lock-free enqueue and disarming a flag; the wheel's thread ticks every
 * {@value #TICK_MILLIS} ms and finds what expired, so a deadline fires at most one tick late, never early.
 * <p>
 * What a deadline wakes runs on Reactor's parallel scheduler, not on the wheel's thread, so that code after a
 * timeout (an error handler, a fallback) can never hold up other clients' deadlines, and finds itself on a
 * non-blocking thread as it did with Reactor's own timeouts.
 */
final class Deadlines {

    /** How often the wheel looks for expired deadlines; a deadline fires at most this late. */
    static final long TICK_MILLIS = 10;

    private static final Deadlines SHARED = new Deadlines("atlan-deadlines");

    private final String threadName;

    private final Object lock = new Object();

    /** Open clients; guarded by {@link #lock}. */
    private int users;

    /** The wheel, made by the first deadline armed; guarded by {@link #lock}. */
    private @Nullable HashedWheelTimer wheel;

    Deadlines(String threadName) {
        this.threadName = threadName;
    }

    /**
     * Returns the timer every client shares.
     * @return the shared timer
     */
    static Deadlines shared() {
        return SHARED;
    }

    /**
     * Counts an open client, so that the wheel keeps running while it is open. Call {@link #release()} when it
     * closes.
     */
    void acquire() {
        synchronized (this.lock) {
            users++;
        }
    }

    /** Counts a client closed; the last one to close stops the wheel's thread. */
    void release() {
        HashedWheelTimer stopping = null;
        synchronized (this.lock) {
            if (users > 0 && --users == 0) {
                stopping = wheel;
                wheel = null;
            }
        }
        if (stopping != null) {
            // Deadlines still armed belong to calls of closed clients, which end without them.
            stopping.stop();
        }
    }

    /**
     * Returns a publisher that completes once the given time has passed since it was subscribed to (at most a
     * tick later), for {@code Mono.timeout(Publisher, Mono)}; cancelling it disarms the deadline.
     * @param timeout how long from subscription
     * @return the deadline
     */
    Mono<Void> after(Duration timeout) {
        return new After(this, timeout.toNanos());
    }

    /**
     * Arms a task to run once the time has passed, on Reactor's parallel scheduler.
     * @param task what to run
     * @param nanos how long from now
     * @return the armed deadline, to cancel when it is no longer needed
     */
    Timeout schedule(Runnable task, long nanos) {
        TimerTask onWheel = (timeout) -> Schedulers.parallel().schedule(task);
        HashedWheelTimer current = wheel();
        try {
            return current.newTimeout(onWheel, nanos, TimeUnit.NANOSECONDS);
        }
        catch (IllegalStateException stopped) {
            // The last client closed between taking the wheel and arming: a call of a closed client, on a new wheel.
            synchronized (this.lock) {
                if (wheel == current) {
                    wheel = null;
                }
            }
            return wheel().newTimeout(onWheel, nanos, TimeUnit.NANOSECONDS);
        }
    }

    private HashedWheelTimer wheel() {
        HashedWheelTimer current = wheel;
        if (current != null) {
            return current;
        }
        synchronized (this.lock) {
            if (wheel == null) {
                wheel = new HashedWheelTimer(new DefaultThreadFactory(this.threadName, true), TICK_MILLIS,
                        TimeUnit.MILLISECONDS, 512);
            }
            return wheel;
        }
    }

    /** Whether the wheel's thread may be running: for tests. */
    boolean running() {
        synchronized (this.lock) {
            return wheel != null;
        }
    }

    /** A deadline as a publisher: completes when it passes, disarmed when cancelled. */
    private static final class After extends Mono<Void> {

        private final Deadlines timer;

        private final long nanos;

        After(Deadlines timer, long nanos) {
            this.timer = timer;
            this.nanos = nanos;
        }

        @Override
        public void subscribe(CoreSubscriber<? super Void> actual) {
            Armed armed = new Armed(actual);
            actual.onSubscribe(armed);
            armed.arm(this.timer, this.nanos);
        }

    }

    /** One subscription to a deadline. */
    private static final class Armed implements Runnable, org.reactivestreams.Subscription, Scannable {

        private static final AtomicIntegerFieldUpdater<Armed> STATE = AtomicIntegerFieldUpdater
            .newUpdater(Armed.class, "state");

        private static final int ARMED = 0;

        private static final int PASSED = 1;

        private static final int CANCELLED = 2;

        private final CoreSubscriber<? super Void> actual;

        private volatile int state;

        private volatile @Nullable Timeout timeout;

        Armed(CoreSubscriber<? super Void> actual) {
            this.actual = actual;
        }

        void arm(Deadlines timer, long nanos) {
            Timeout armed = timer.schedule(this, nanos);
            this.timeout = armed;
            if (this.state == CANCELLED) {
                // Cancelled while it was being armed.
                armed.cancel();
            }
        }

        @Override
        public void run() {
            if (STATE.compareAndSet(this, ARMED, PASSED)) {
                this.actual.onComplete();
            }
        }

        @Override
        public void request(long n) {
            // Completes without a value: nothing to request.
            Operators.validate(n);
        }

        @Override
        public void cancel() {
            if (STATE.compareAndSet(this, ARMED, CANCELLED)) {
                Timeout armed = this.timeout;
                if (armed != null) {
                    armed.cancel();
                }
            }
        }

        @Override
        public @Nullable Object scanUnsafe(Attr key) {
            if (key == Attr.CANCELLED) {
                return this.state == CANCELLED;
            }
            if (key == Attr.TERMINATED) {
                return this.state == PASSED;
            }
            if (key == Attr.ACTUAL) {
                return this.actual;
            }
            return null;
        }

    }

}
