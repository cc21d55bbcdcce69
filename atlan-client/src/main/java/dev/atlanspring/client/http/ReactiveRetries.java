package dev.atlanspring.client.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.atlanspring.client.error.ApiConnectionException;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.error.RateLimitException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.Retryable;
import org.springframework.util.backoff.BackOffExecution;
import reactor.core.publisher.Mono;

/**
 * Retries a tenant's calls without blocking a thread: Reactor's {@code retryWhen}, driven by a Spring
 * {@link RetryPolicy} (which failures, how long to back off) and reporting to Spring {@link RetryListener}s as
 * {@link org.springframework.core.retry.RetryTemplate} does. On top of the policy it keeps two rules of its own: a
 * call that is not idempotent is repeated only when the failure proves Atlan did not process it, and a
 * {@code Retry-After} longer than the longest wait allowed fails the call at once.
 */
final class ReactiveRetries {

    private static final Logger logger = LoggerFactory.getLogger(ReactiveRetries.class);

    private final RetryPolicy policy;

    private final Duration maxRetryAfter;

    private final List<RetryListener> listeners;

    private final String tenant;

    ReactiveRetries(RetryPolicy policy, Duration maxRetryAfter, List<RetryListener> listeners, String tenant) {
        this.policy = policy;
        this.maxRetryAfter = maxRetryAfter;
        this.listeners = List.copyOf(listeners);
        this.tenant = tenant;
    }

    /**
     * Wraps the attempts of one logical call. Call it once per call: it holds that call's retry state.
     * @param attempts a publisher that makes a new attempt on every subscription
     * @param operation the operation, for the idempotency rule and the log
     * @param requestId the call's request id, for the log
     * @return the call with its retries
     */
    <T> Mono<T> apply(Mono<T> attempts, Operation operation, String requestId) {
        Call call = new Call(operation, requestId);
        return retried(this.listeners.isEmpty() ? attempts : attempts.doOnSuccess(call::succeeded), call);
    }

    /**
     * Resubscribes to the attempts after each failure the call's state allows, after its back-off. A call that
     * succeeds at once (nearly every call) pays for one operator: Reactor's {@code retryWhen} would set up a
     * companion sink and a {@code concatMap} on every call, needed or not.
     */
    private <T> Mono<T> retried(Mono<T> attempts, Call call) {
        return attempts.onErrorResume((failure) -> call.nextRetry(failure)
            .then(Mono.defer(() -> retried(attempts, call))));
    }

    /** Only a refused connection, 429 or 503 prove the request was not processed. */
    private static boolean provablyNotProcessed(Throwable failure) {
        if (failure instanceof ApiConnectionException connection) {
            return !connection.isRequestSent();
        }
        return failure instanceof AtlanException atlan && (atlan.getStatus() == 429 || atlan.getStatus() == 503);
    }

    private static String reason(Throwable failure) {
        if (failure instanceof ApiConnectionException connection) {
            return connection.getProblem();
        }
        if (failure instanceof AtlanException atlan) {
            return "HTTP " + atlan.getStatus();
        }
        return failure.getClass().getSimpleName();
    }

    /** The retry state of one logical call; Reactor serializes the signals, so no locking is needed. */
    private final class Call implements RetryState, Retryable<Object> {

        private final Operation operation;

        private final String requestId;

        private final long startNanos = System.nanoTime();

        private final List<Throwable> exceptions = new ArrayList<>();

        private @Nullable BackOffExecution backOff;

        private int retryCount;

        Call(Operation operation, String requestId) {
            this.operation = operation;
            this.requestId = requestId;
        }

        Mono<Long> nextRetry(Throwable failure) {
            this.exceptions.add(failure);
            if (this.retryCount > 0) {
                notify((listener) -> listener.onRetryFailure(policy, this, failure));
            }
            notify((listener) -> listener.onRetryableExecution(policy, this, this));
            if (!policy.shouldRetry(failure)) {
                return Mono.error(failure);
            }
            if (!this.operation.idempotent() && !provablyNotProcessed(failure)) {
                logger.debug("Not retrying {} after {}: it is not idempotent and may have reached Atlan"
                        + " (tenant {}, request {})", this.operation, reason(failure), tenant, this.requestId);
                return Mono.error(failure);
            }
            long retryAfter = 0;
            if (failure instanceof RateLimitException rateLimited && rateLimited.getRetryAfter() != null) {
                if (rateLimited.getRetryAfter().compareTo(maxRetryAfter) > 0) {
                    logger.warn("Not retrying {}: Atlan asked to wait {} ms, longer than the {} ms allowed"
                            + " (tenant {}, request {})", this.operation, rateLimited.getRetryAfter().toMillis(),
                            maxRetryAfter.toMillis(), tenant, this.requestId);
                    return Mono.error(failure);
                }
                retryAfter = rateLimited.getRetryAfter().toMillis();
            }
            if (this.backOff == null) {
                this.backOff = policy.getBackOff().start();
            }
            long backOffMillis = this.backOff.nextBackOff();
            if (backOffMillis == BackOffExecution.STOP) {
                RetryException exhausted = new RetryException("Retries of " + this.operation + " are exhausted",
                        failure);
                notify((listener) -> listener.onRetryPolicyExhaustion(policy, this, exhausted));
                return Mono.error(failure);
            }
            long delay = Math.max(backOffMillis, retryAfter);
            if (timedOut(delay)) {
                RetryException timeout = new RetryException("Retries of " + this.operation + " ran out of time",
                        failure);
                notify((listener) -> listener.onRetryPolicyTimeout(policy, this, timeout));
                return Mono.error(failure);
            }
            logger.warn("Retrying {} after {} (attempt {} failed, next in {} ms, tenant {}, request {})",
                    this.operation, reason(failure), this.exceptions.size(), delay, tenant, this.requestId);
            return Mono.delay(Duration.ofMillis(delay)).doOnNext((tick) -> {
                this.retryCount++;
                notify((listener) -> listener.beforeRetry(policy, this, this));
            });
        }

        void succeeded(@Nullable Object result) {
            if (this.retryCount > 0) {
                notify((listener) -> listener.onRetrySuccess(policy, this, result));
            }
            notify((listener) -> listener.onRetryableExecution(policy, this, this));
        }

        private boolean timedOut(long nextDelayMillis) {
            long timeout = policy.getTimeout().toMillis();
            if (timeout <= 0) {
                return false;
            }
            long elapsed = Duration.ofNanos(System.nanoTime() - this.startNanos).toMillis();
            return elapsed + nextDelayMillis > timeout;
        }

        /** A listener that throws must not break the call: it is logged and the retry goes on. */
        private void notify(Consumer<RetryListener> event) {
            for (RetryListener listener : listeners) {
                try {
                    event.accept(listener);
                }
                catch (RuntimeException ex) {
                    logger.warn("RetryListener {} failed on {} (request {}): {}", listener.getClass().getName(),
                            this.operation, this.requestId, ex.toString());
                }
            }
        }

        @Override
        public int getRetryCount() {
            return this.retryCount;
        }

        @Override
        public List<Throwable> getExceptions() {
            return List.copyOf(this.exceptions);
        }

        /** Listeners see the call by the operation's name, such as {@code assets.get}. */
        @Override
        public String getName() {
            return this.operation.name();
        }

        /** The call is repeated by the client's reactive pipeline, never through this method. */
        @Override
        public Object execute() {
            throw new UnsupportedOperationException("The Atlan client retries " + this.operation.name()
                    + " itself; a RetryListener cannot execute it.");
        }

    }

}
