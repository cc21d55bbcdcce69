package dev.atlanspring.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the {@code atlan.client.requests} observation of each logical call to Atlan. Implement it (or
 * extend {@link DefaultAtlanClientObservationConvention}) to change the tags; in Spring Boot, declare it as a bean.
 */
public interface AtlanClientObservationConvention extends ObservationConvention<AtlanClientObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof AtlanClientObservationContext;
    }

}
