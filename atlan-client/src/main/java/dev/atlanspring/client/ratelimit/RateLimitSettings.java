package dev.atlanspring.client.ratelimit;

import dev.atlanspring.client.ClientSetting;
import dev.atlanspring.client.InvalidSettingException;

/**
 * The request rates a tenant's client paces itself to, one per {@link EndpointFamily}, so that calls wait before
 * they are sent instead of failing with 429 and waiting after. The defaults are the limits Atlan's chart gives
 * its nginx (atlas-metastore {@code helm/atlas/values.yaml}): index search 500 a minute with a burst of 100, bulk
 * 1,000 a minute with a burst of 100, the rest 500 a minute with a burst of 20. When Atlan answers 429 anyway (a
 * tenant configured lower, or other clients sharing the limit), the client slows that family down by itself.
 *
 * @param enabled whether calls are paced at all
 * @param indexSearch the limit of index searches
 * @param bulk the limit of bulk entity requests
 * @param other the limit of every other metadata request
 */
public record RateLimitSettings(boolean enabled, Limit indexSearch, Limit bulk, Limit other) {

    /** Atlan's own limits, paced to. */
    public static final RateLimitSettings DEFAULTS = new RateLimitSettings(true, new Limit(500, 100),
            new Limit(1000, 100), new Limit(500, 20));

    /** No pacing: every call is sent at once, and a 429 is only retried. */
    public static final RateLimitSettings DISABLED = new RateLimitSettings(false, DEFAULTS.indexSearch(),
            DEFAULTS.bulk(), DEFAULTS.other());

    /**
     * Checks every value.
     * @throws InvalidSettingException naming the first wrong value
     */
    public RateLimitSettings {
        check(indexSearch, ClientSetting.RATE_LIMIT_INDEX_SEARCH_REQUESTS_PER_MINUTE,
                ClientSetting.RATE_LIMIT_INDEX_SEARCH_BURST);
        check(bulk, ClientSetting.RATE_LIMIT_BULK_REQUESTS_PER_MINUTE, ClientSetting.RATE_LIMIT_BULK_BURST);
        check(other, ClientSetting.RATE_LIMIT_OTHER_REQUESTS_PER_MINUTE, ClientSetting.RATE_LIMIT_OTHER_BURST);
    }

    private static void check(Limit limit, ClientSetting rate, ClientSetting burst) {
        if (limit == null) {
            throw new InvalidSettingException(rate, "The " + rate.description() + " is not set.",
                    "Set it to the rate Atlan allows, such as 500.");
        }
        if (!(limit.requestsPerMinute() > 0) || Double.isInfinite(limit.requestsPerMinute())) {
            throw new InvalidSettingException(rate, "The " + rate.description() + " must be above 0 but is "
                    + limit.requestsPerMinute() + ".",
                    "Set it to the rate Atlan allows, such as 500, or turn pacing off with rate-limit.enabled=false.");
        }
        if (limit.burst() < 0) {
            throw new InvalidSettingException(burst, "The " + burst.description() + " must be 0 or more but is "
                    + limit.burst() + ".", "Set it to the burst Atlan allows, such as 20.");
        }
    }

    /**
     * Returns the limit of one family.
     * @param family the family
     * @return its limit
     */
    public Limit limit(EndpointFamily family) {
        return switch (family) {
            case INDEX_SEARCH -> this.indexSearch;
            case BULK -> this.bulk;
            case OTHER -> this.other;
        };
    }

    /**
     * Returns these settings with one family's limit replaced.
     * @param family the family
     * @param limit its new limit
     * @return new settings
     */
    public RateLimitSettings with(EndpointFamily family, Limit limit) {
        return new RateLimitSettings(this.enabled, (family == EndpointFamily.INDEX_SEARCH) ? limit : this.indexSearch,
                (family == EndpointFamily.BULK) ? limit : this.bulk, (family == EndpointFamily.OTHER) ? limit : this.other);
    }

    /**
     * Returns these settings switched on or off.
     * @param enabled whether calls are paced
     * @return new settings
     */
    public RateLimitSettings enabled(boolean enabled) {
        return new RateLimitSettings(enabled, this.indexSearch, this.bulk, this.other);
    }

    /**
     * One family's limit, as Atlan's nginx writes it ({@code rate=500r/m burst=20}).
     *
     * @param requestsPerMinute the sustained rate; fractions are allowed
     * @param burst how many requests beyond the rate Atlan lets through at once. The client sends at most half of
     * them at once, keeping the rest as room for requests that the network bunches together on their way.
     */
    public record Limit(double requestsPerMinute, int burst) {

        /**
         * Returns the sustained rate in requests a second.
         * @return the rate
         */
        public double requestsPerSecond() {
            return this.requestsPerMinute / 60.0;
        }

    }

}
