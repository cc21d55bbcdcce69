package dev.atlanspring.client.http;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline timer: a deadline fires once its time has passed and never before, on Reactor's parallel scheduler;
 * a cancelled one never fires; the wheel's thread runs only while a client is open. Each test has a timer of its
 * own, so that the clients of other tests (which share {@link Deadlines#shared()}) do not count.
 */
class DeadlinesTests {

    private final Deadlines deadlines = new Deadlines("atlan-deadlines-test");

    @AfterEach
    void closeClient() {
        this.deadlines.release();
    }

    @Test
    void aDeadlineCompletesOnceItsTimeHasPassedAndOnAParallelThread() throws InterruptedException {
        this.deadlines.acquire();
        CountDownLatch passed = new CountDownLatch(1);
        AtomicReference<String> thread = new AtomicReference<>();
        long start = System.nanoTime();
        AtomicReference<Long> elapsed = new AtomicReference<>();
        this.deadlines.after(Duration.ofMillis(150)).subscribe(null, null, () -> {
            elapsed.set(System.nanoTime() - start);
            thread.set(Thread.currentThread().getName());
            passed.countDown();
        });

        assertThat(passed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(elapsed.get())).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(thread.get()).startsWith("parallel-");
    }

    @Test
    void aCancelledDeadlineNeverFires() throws InterruptedException {
        this.deadlines.acquire();
        CountDownLatch fired = new CountDownLatch(1);
        Disposable subscription = this.deadlines.after(Duration.ofMillis(50)).subscribe(null, null, fired::countDown);
        subscription.dispose();
        CountDownLatch later = new CountDownLatch(1);
        this.deadlines.after(Duration.ofMillis(300)).subscribe(null, null, later::countDown);

        assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(fired.getCount()).isEqualTo(1);
    }

    @Test
    void aTimeoutOnADeadlineEndsTheSlowPublisherWithTheFallback() {
        this.deadlines.acquire();
        Mono<String> slow = Mono.<String>never().timeout(this.deadlines.after(Duration.ofMillis(100)),
                Mono.error(new IllegalStateException("too late")));
        Mono<String> fast = Mono.just("on time").timeout(this.deadlines.after(Duration.ofSeconds(30)),
                Mono.error(new IllegalStateException("too late")));

        assertThat(fast.block(Duration.ofSeconds(10))).isEqualTo("on time");
        assertThat(slow.onErrorResume(IllegalStateException.class, (ex) -> Mono.just(ex.getMessage()))
            .block(Duration.ofSeconds(10))).isEqualTo("too late");
    }

    @Test
    void theWheelRunsOnlyFromTheFirstDeadlineUntilTheLastClientCloses() throws InterruptedException {
        this.deadlines.acquire();
        this.deadlines.acquire();
        assertThat(this.deadlines.running()).isFalse();
        assertThat(wheelThreads()).isZero();

        this.deadlines.after(Duration.ofMillis(10)).block(Duration.ofSeconds(10));
        assertThat(this.deadlines.running()).isTrue();
        assertThat(wheelThreads()).isOne();

        this.deadlines.release();
        assertThat(this.deadlines.running()).isTrue();
        this.deadlines.release();
        assertThat(this.deadlines.running()).isFalse();
        for (int i = 0; i < 100 && wheelThreads() > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(wheelThreads()).isZero();

        // A client opened after that gets a new wheel.
        this.deadlines.acquire();
        this.deadlines.after(Duration.ofMillis(10)).block(Duration.ofSeconds(10));
        assertThat(this.deadlines.running()).isTrue();
    }

    private static long wheelThreads() {
        return Thread.getAllStackTraces().keySet().stream()
            .filter((thread) -> thread.getName().startsWith("atlan-deadlines-test") && thread.isAlive())
            .count();
    }

}
