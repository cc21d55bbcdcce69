package dev.atlanspring.client.ratelimit;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several {@link RateLimitListener}s told as one; a listener that throws is logged and the call goes on.
 */
public final class RateLimitListeners implements RateLimitListener {

    private static final Logger logger = LoggerFactory.getLogger(RateLimitListeners.class);

    private final List<RateLimitListener> listeners;

    private RateLimitListeners(List<RateLimitListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Combines listeners.
     * @param listeners the listeners, told in order
     * @return one listener telling them all
     */
    public static RateLimitListener of(List<RateLimitListener> listeners) {
        return (listeners.size() == 1) ? listeners.get(0) : new RateLimitListeners(listeners);
    }

    @Override
    public void waited(EndpointFamily family, Duration wait) {
        for (RateLimitListener listener : this.listeners) {
            try {
                listener.waited(family, wait);
            }
            catch (RuntimeException ex) {
                logger.warn("RateLimitListener {} failed: {}", listener.getClass().getName(), ex.toString());
            }
        }
    }

    @Override
    public void slowedDown(EndpointFamily family, double requestsPerMinute, Duration pause) {
        for (RateLimitListener listener : this.listeners) {
            try {
                listener.slowedDown(family, requestsPerMinute, pause);
            }
            catch (RuntimeException ex) {
                logger.warn("RateLimitListener {} failed: {}", listener.getClass().getName(), ex.toString());
            }
        }
    }

}
