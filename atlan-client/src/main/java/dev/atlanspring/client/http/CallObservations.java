package dev.atlanspring.client.http;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.observation.AtlanClientObservationContext;
import dev.atlanspring.client.observation.AtlanClientObservationConvention;
import dev.atlanspring.client.observation.AtlanClientObservationDocumentation;
import dev.atlanspring.client.observation.DefaultAtlanClientObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Wraps each logical call, all its attempts and retries included, in one {@code atlan.client.requests} observation.
 * The observation is put into the Reactor context under {@link ObservationThreadLocalAccessor#KEY}, where the
 * {@code WebClient} looks for its parent: so each attempt's {@code http.client.requests} observation (and span) is
 * a child of the call's, and a trace holds both the request id and every attempt.
 */
final class CallObservations {

    private static final DefaultAtlanClientObservationConvention DEFAULT_CONVENTION =
            new DefaultAtlanClientObservationConvention();

    private final ObservationRegistry registry;

    private final @Nullable AtlanClientObservationConvention convention;

    CallObservations(ObservationRegistry registry, @Nullable AtlanClientObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    /**
     * Returns whether calls are observed at all; when not, no context need be made for them.
     * @return {@code false} for {@link ObservationRegistry#NOOP} and a registry that is otherwise a no-op
     */
    boolean enabled() {
        return !this.registry.isNoop();
    }

    <R> Mono<R> observe(AtlanClientObservationContext context, Mono<R> call) {
        return Mono.deferContextual((reactorContext) -> {
            // The caller's observation: from the Reactor context, else the calling thread's (a blocking call).
            Observation parent = reactorContext.getOrDefault(ObservationThreadLocalAccessor.KEY,
                    this.registry.getCurrentObservation());
            Observation observation = AtlanClientObservationDocumentation.ATLAN_CLIENT_REQUESTS
                .observation(this.convention, DEFAULT_CONVENTION, () -> context, this.registry)
                .parentObservation(parent)
                .start();
            // Stopped before the signal travels on, so a blocked caller that wakes up finds the call recorded.
            AtomicBoolean stopped = new AtomicBoolean();
            Runnable stop = () -> {
                if (stopped.compareAndSet(false, true)) {
                    observation.stop();
                }
            };
            return call.doOnSuccess((result) -> {
                context.succeeded();
                stop.run();
            })
                .doOnError((failure) -> {
                    if (failure instanceof AtlanException atlan && atlan.getStatus() > 0) {
                        context.setStatus(atlan.getStatus());
                    }
                    observation.error(failure);
                    stop.run();
                })
                .doOnCancel(stop)
                .contextWrite((reactor) -> reactor.put(ObservationThreadLocalAccessor.KEY, observation));
        });
    }

}
