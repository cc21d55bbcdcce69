package dev.atlanspring.client;

import dev.atlanspring.client.ratelimit.EndpointFamily;
import dev.atlanspring.client.ratelimit.RateLimitSettings;
import dev.atlanspring.client.ratelimit.RateLimitSettings.Limit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rate-limit settings: Atlan's own limits by default (atlas-metastore {@code helm/atlas/values.yaml},
 * {@code nginx.default}, {@code nginx.indexsearch}, {@code nginx.bulk}), and a clear error for a wrong value.
 */
class RateLimitSettingsTests {

    @Test
    void defaultsAreTheLimitsAtlansChartGivesItsNginx() {
        RateLimitSettings defaults = AtlanClient.builder().baseUrl("https://acme.atlan.com").apiKey("k").settings()
            .rateLimit();
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.limit(EndpointFamily.INDEX_SEARCH)).isEqualTo(new Limit(500, 100));
        assertThat(defaults.limit(EndpointFamily.BULK)).isEqualTo(new Limit(1000, 100));
        assertThat(defaults.limit(EndpointFamily.OTHER)).isEqualTo(new Limit(500, 20));
    }

    @Test
    void pathsFallIntoTheFamiliesOfAtlansNginxLocations() {
        assertThat(EndpointFamily.of("/api/meta/search/indexsearch")).isEqualTo(EndpointFamily.INDEX_SEARCH);
        assertThat(EndpointFamily.of("/api/meta/entity/bulk")).isEqualTo(EndpointFamily.BULK);
        assertThat(EndpointFamily.of("/api/meta/entity/guid/{guid}")).isEqualTo(EndpointFamily.OTHER);
        assertThat(EndpointFamily.of("/api/meta/lineage/list")).isEqualTo(EndpointFamily.OTHER);
        assertThat(EndpointFamily.of("/api/service/users/current")).isNull();
        assertThat(EndpointFamily.of("/api/service/oauth-clients/token")).isNull();
    }

    @Test
    void aRateOfZeroIsRefusedNamingTheProperty() {
        InvalidSettingException wrong = catchThrowableOfType(InvalidSettingException.class,
                () -> RateLimitSettings.DEFAULTS.with(EndpointFamily.BULK, new Limit(0, 10)));
        assertThat(wrong.getSetting()).isEqualTo(ClientSetting.RATE_LIMIT_BULK_REQUESTS_PER_MINUTE);
        assertThat(wrong.getSetting().propertyName()).isEqualTo("rate-limit.bulk.requests-per-minute");
        assertThat(wrong.getProblem()).isEqualTo("The rate limit bulk requests per minute must be above 0 but is 0.0.");
        assertThat(wrong.getFix()).contains("rate-limit.enabled=false");
    }

    @Test
    void aNegativeBurstIsRefusedNamingTheProperty() {
        InvalidSettingException wrong = catchThrowableOfType(InvalidSettingException.class,
                () -> RateLimitSettings.DEFAULTS.with(EndpointFamily.INDEX_SEARCH, new Limit(500, -1)));
        assertThat(wrong.getSetting().propertyName()).isEqualTo("rate-limit.index-search.burst");
        assertThat(wrong.getProblem()).contains("must be 0 or more but is -1");
    }

    @Test
    void theSettingsShowTheRates() {
        assertThat(AtlanClient.builder().baseUrl("https://acme.atlan.com").apiKey("k")
            .rateLimit(RateLimitSettings.DISABLED).settings().toString()).contains("rateLimit=RateLimitSettings[enabled=false");
    }

}
