package dev.atlanspring.client.retry;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

import dev.atlanspring.client.ClientSetting;
import dev.atlanspring.client.InvalidSettingException;
import org.springframework.core.retry.RetryPolicy;

/**
 * How a tenant's failed calls are retried: exponential backoff with jitter, on connection failures and on the
 * listed HTTP statuses. {@link #toRetryPolicy()} turns them into a Spring {@link RetryPolicy}.
 *
 * @param enabled whether failed calls are retried at all
 * @param maxRetries how many retries follow the first attempt (so {@code maxRetries + 1} attempts at most)
 * @param delay the wait before the first retry
 * @param multiplier how much the wait grows with each retry (1 keeps it fixed)
 * @param maxDelay the longest wait between retries; a {@code Retry-After} longer than this is not waited for
 * @param jitter the random spread added to or taken from each wait, so that many clients do not retry in step
 * @param statuses the HTTP statuses that are retried
 */
public record RetrySettings(boolean enabled, long maxRetries, Duration delay, double multiplier, Duration maxDelay,
        Duration jitter, Set<Integer> statuses) {

    /** The statuses retried unless set: 403 (Atlan grants permissions asynchronously), 429 and 5xx gateway errors. */
    public static final Set<Integer> DEFAULT_STATUSES = Set.of(403, 429, 500, 502, 503, 504);

    /** Three retries after 500 ms, 1 s and 2 s (each give or take 100 ms), never waiting more than 10 s. */
    public static final RetrySettings DEFAULTS = new RetrySettings(true, 3, Duration.ofMillis(500), 2.0,
            Duration.ofSeconds(10), Duration.ofMillis(100), DEFAULT_STATUSES);

    /** No retries at all. */
    public static final RetrySettings DISABLED = new RetrySettings(false, 0, Duration.ofMillis(500), 2.0,
            Duration.ofSeconds(10), Duration.ZERO, DEFAULT_STATUSES);

    /**
     * Checks every value.
     * @throws InvalidSettingException naming the first wrong value
     */
    public RetrySettings {
        if (maxRetries < 0) {
            throw invalid(ClientSetting.RETRY_MAX_RETRIES, "must be 0 or more but is " + maxRetries,
                    "Set it to 0 for no retries, or to a small number such as 3.");
        }
        if (delay == null || delay.isNegative()) {
            throw invalid(ClientSetting.RETRY_DELAY, "must be 0 or more but is " + delay, "Set it to a duration such as 500ms.");
        }
        if (!(multiplier >= 1.0)) {
            throw invalid(ClientSetting.RETRY_MULTIPLIER, "must be 1 or more but is " + multiplier,
                    "Set it to 1 for a fixed delay, or to a growth factor such as 2.");
        }
        if (maxDelay == null || maxDelay.compareTo(delay) < 0) {
            throw invalid(ClientSetting.RETRY_MAX_DELAY, "must be at least the retry delay (" + delay + ") but is "
                    + maxDelay, "Set it to a duration such as 10s.");
        }
        if (jitter == null || jitter.isNegative()) {
            throw invalid(ClientSetting.RETRY_JITTER, "must be 0 or more but is " + jitter,
                    "Set it to a duration such as 100ms, or 0 for none.");
        }
        if (statuses == null) {
            statuses = DEFAULT_STATUSES;
        }
        for (Integer status : statuses) {
            if (status == null || status < 100 || status > 599) {
                throw invalid(ClientSetting.RETRY_STATUSES, "hold an HTTP status that is not one: " + status,
                        "List HTTP statuses between 100 and 599, such as 429,503.");
            }
        }
        statuses = Set.copyOf(statuses);
    }

    private static InvalidSettingException invalid(ClientSetting setting, String problem, String fix) {
        return new InvalidSettingException(setting, "The " + setting.description() + " " + problem + ".", fix);
    }

    /**
     * Builds the Spring retry policy these settings describe: exponential backoff over
     * {@link RetryableFailures#of(Set) the retryable failures}.
     * @return the policy
     */
    public RetryPolicy toRetryPolicy() {
        return RetryPolicy.builder()
            .maxRetries(this.enabled ? this.maxRetries : 0)
            .delay(this.delay)
            .multiplier(this.multiplier)
            .maxDelay(this.maxDelay)
            .jitter(this.jitter)
            .predicate(RetryableFailures.of(this.statuses))
            .build();
    }

    @Override
    public String toString() {
        return "RetrySettings[enabled=" + this.enabled + ", maxRetries=" + this.maxRetries + ", delay=" + this.delay
                + ", multiplier=" + this.multiplier + ", maxDelay=" + this.maxDelay + ", jitter=" + this.jitter
                + ", statuses=" + new TreeSet<>(this.statuses) + "]";
    }

}
