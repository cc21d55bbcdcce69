package dev.atlanspring.embedded;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The request rate limits an {@link EmbeddedAtlan} enforces, the way the nginx in front of a real Atlan does
 * (atlas-metastore {@code helm/atlas/templates/nginx-cm.yaml}): one {@code limit_req} zone per endpoint family,
 * each a rate and a burst, keyed on the {@code x-atlan-agent-id} header, with {@code nodelay}. A request over the
 * limit is refused at once with an HTML 429 page and {@code Retry-After: 1}, before Atlan sees it.
 *
 * <pre>{@code
 * EmbeddedAtlan.builder().rateLimits(RateLimits.atlanDefaults().with(Family.BULK, Limit.perSecond(20, 10))).start();
 * }</pre>
 *
 * Immutable. Off unless given to {@link EmbeddedAtlan.Builder#rateLimits(RateLimits)}.
 */
public final class RateLimits {

    /**
     * The endpoint families nginx limits separately, each with its own zone. Paths outside {@code /api/meta/} and
     * {@code /api/atlas/} (such as {@code /api/service/...}) fall under nginx's {@code location /}, which has no
     * limit.
     */
    public enum Family {

        /** {@code = /api/meta/search/indexsearch} and {@code = /api/atlas/v2/search/indexsearch}. */
        INDEX_SEARCH,

        /** {@code = /api/meta/entity/bulk} and {@code = /api/atlas/v2/entity/bulk}, any method. */
        BULK,

        /** Every other path under {@code /api/meta/} and {@code /api/atlas/}. */
        OTHER;

        /**
         * Finds the family nginx would put a path in, by its locations: exact ones first, then the prefixes.
         *
         * @param path the request path, without the query string
         * @return the family, or {@code null} for a path nginx does not limit
         */
        public static Family of(String path) {
            return switch (path) {
                case "/api/meta/search/indexsearch", "/api/atlas/v2/search/indexsearch" -> INDEX_SEARCH;
                case "/api/meta/entity/bulk", "/api/atlas/v2/entity/bulk" -> BULK;
                default -> (path.startsWith("/api/meta/") || path.startsWith("/api/atlas/")) ? OTHER : null;
            };
        }
    }

    /**
     * One zone's limit, as nginx's {@code rate=} and {@code burst=}: requests are let through at {@code perSecond}
     * on average, and up to {@code burst} more at once.
     *
     * @param perSecond the sustained rate in requests per second, above 0
     * @param burst how many requests beyond the rate are let through at once, 0 or more
     */
    public record Limit(double perSecond, int burst) {

        /** Checks the values. */
        public Limit {
            if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
                throw new IllegalArgumentException("A rate limit's rate must be above 0 requests a second, was "
                        + perSecond);
            }
            if (burst < 0) {
                throw new IllegalArgumentException("A rate limit's burst must be 0 or more, was " + burst);
            }
        }

        /**
         * A limit written as nginx's {@code rate=<n>r/m}.
         *
         * @param perMinute requests a minute
         * @param burst the burst
         * @return the limit
         */
        public static Limit perMinute(double perMinute, int burst) {
            return new Limit(perMinute / 60.0, burst);
        }

        /**
         * A limit written as nginx's {@code rate=<n>r/s}.
         *
         * @param perSecond requests a second
         * @param burst the burst
         * @return the limit
         */
        public static Limit perSecond(double perSecond, int burst) {
            return new Limit(perSecond, burst);
        }
    }

    /**
     * How many requests of a family the limits let through and refused.
     *
     * @param allowed requests that reached the embedded Atlan
     * @param refused requests answered 429 by the limit
     */
    public record Counts(long allowed, long refused) {
    }

    private final Map<Family, Limit> limits;

    private RateLimits(Map<Family, Limit> limits) {
        this.limits = limits;
    }

    /**
     * The limits Atlan's chart configures ({@code helm/atlas/values.yaml}, {@code nginx:}): index search 500 a
     * minute with a burst of 100, bulk 1,000 a minute with a burst of 100, everything else 500 a minute with a
     * burst of 20.
     *
     * @return the limits
     */
    public static RateLimits atlanDefaults() {
        Map<Family, Limit> limits = new EnumMap<>(Family.class);
        limits.put(Family.INDEX_SEARCH, Limit.perMinute(500, 100));
        limits.put(Family.BULK, Limit.perMinute(1000, 100));
        limits.put(Family.OTHER, Limit.perMinute(500, 20));
        return new RateLimits(limits);
    }

    /**
     * Returns these limits with one family's replaced.
     *
     * @param family the family
     * @param limit its new limit
     * @return new limits
     */
    public RateLimits with(Family family, Limit limit) {
        Map<Family, Limit> changed = new EnumMap<>(this.limits);
        changed.put(Objects.requireNonNull(family, "family"), Objects.requireNonNull(limit, "limit"));
        return new RateLimits(changed);
    }

    /**
     * Returns a family's limit.
     *
     * @param family the family
     * @return its limit
     */
    public Limit limit(Family family) {
        return this.limits.get(family);
    }

    @Override
    public String toString() {
        return "RateLimits" + this.limits;
    }
}
