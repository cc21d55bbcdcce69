package dev.atlanspring.client;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AtlanClientBuilderTests {

    private static AtlanClientBuilder valid() {
        return AtlanClient.builder().baseUrl("https://acme.atlan.com").apiKey("k3y-value-123");
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        AtlanClientSettings settings = valid().settings();
        assertThat(settings.tenant()).isEqualTo("default");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.maxResponseSize()).isEqualTo(DataSize.ofMegabytes(64));
        assertThat(settings.maxConnections()).isEqualTo(50);
        assertThat(settings.tagCacheTtl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.searchPageSize()).isEqualTo(300);
    }

    @Test
    void tagCacheTtlAndSearchPageSizeAreKeptWhenValid() {
        AtlanClientSettings settings = valid().tagCacheTtl(Duration.ofSeconds(30)).searchPageSize(1000).settings();
        assertThat(settings.tagCacheTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.searchPageSize()).isEqualTo(1000);
    }

    @Test
    void nonPositiveTagCacheTtlIsRefusedNamingTheSetting() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> valid().tagCacheTtl(Duration.ZERO).settings())
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(ClientSetting.TAG_CACHE_TTL))
            .satisfies((ex) -> assertThat(ex.getSetting().propertyName()).isEqualTo("tag-cache-ttl"))
            .withMessageStartingWith("The tag cache time-to-live must be a positive duration but is PT0S.");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, -1, 5001 })
    void searchPageSizeOutsideOneToFiveThousandIsRefused(int pageSize) {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> valid().searchPageSize(pageSize).settings())
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(ClientSetting.SEARCH_PAGE_SIZE))
            .satisfies((ex) -> assertThat(ex.getSetting().propertyName()).isEqualTo("search.page-size"))
            .withMessage("The search page size must be between 1 and 5000 but is " + pageSize
                    + ". Set it to a number such as 300.");
    }

    @Test
    void trailingSlashesAreDroppedFromTheBaseUrl() {
        assertThat(valid().baseUrl("https://acme.atlan.com/").settings().baseUrl())
            .hasToString("https://acme.atlan.com");
        assertThat(valid().baseUrl("https://acme.atlan.com:8443/atlan//").settings().baseUrl())
            .hasToString("https://acme.atlan.com:8443/atlan");
    }

    @Test
    void missingBaseUrlSaysWhatToSet() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> AtlanClient.builder().apiKey("k").build())
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(ClientSetting.BASE_URL))
            .withMessage("No base URL is set. Set it to your tenant's URL, such as https://acme.atlan.com.");
    }

    @ParameterizedTest
    @ValueSource(strings = { "acme.atlan.com", "ftp://acme.atlan.com", "https://", "https://acme atlan.com",
            "/relative/path", "https://acme.atlan.com/?x=1", "https://acme.atlan.com/#top" })
    void malformedBaseUrlIsRefusedNamingTheValue(String url) {
        assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> valid().baseUrl(url).settings())
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(ClientSetting.BASE_URL))
            .satisfies((ex) -> assertThat(ex.getProblem()).contains("The base URL '"))
            .satisfies((ex) -> assertThat(ex.getFix()).contains("https://acme.atlan.com"));
    }

    @Test
    void credentialsInTheBaseUrlAreRefusedWithoutEchoingThem() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> valid().baseUrl("https://admin:hunter2@acme.atlan.com").settings())
            .satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("hunter2").contains("credentials"));
    }

    @Test
    void plainHttpToARemoteHostIsRefusedUnlessAllowed() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> valid().baseUrl("http://acme.atlan.com").settings())
            .satisfies((ex) -> assertThat(ex.getProblem()).contains("clear text"))
            .satisfies((ex) -> assertThat(ex.getFix()).contains("atlan.allow-insecure-http=true"));
        assertThat(valid().baseUrl("http://acme.atlan.com").allowInsecureHttp(true).settings().baseUrl())
            .hasToString("http://acme.atlan.com");
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost:8080", "http://127.0.0.1:1234", "http://[::1]:99", "http://127.5.6.7" })
    void plainHttpToLoopbackIsAllowed(String url) {
        assertThat(valid().baseUrl(url).settings().baseUrl()).hasToString(url);
    }

    @Test
    void blankApiKeyIsRefused() {
        assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> valid().apiKey("  ").settings())
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(ClientSetting.API_KEY))
            .withMessageStartingWith("The API key is blank.");
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> valid().apiKey((String) null).settings())
            .withMessageStartingWith("No API key is set.");
    }

    @Test
    void nonPositiveDurationsAreRefusedNamingTheSetting() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> valid().connectTimeout(Duration.ofSeconds(-5)).settings())
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(ClientSetting.CONNECT_TIMEOUT))
            .withMessageStartingWith("The connect timeout must be a positive duration but is PT-5S.");
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> valid().readTimeout(Duration.ZERO).settings())
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(ClientSetting.READ_TIMEOUT));
    }

    @Test
    void outOfRangeSizesAreRefused() {
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> valid().maxResponseSize(DataSize.ofGigabytes(3)).settings())
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(ClientSetting.MAX_RESPONSE_SIZE));
        assertThatExceptionOfType(InvalidSettingException.class)
            .isThrownBy(() -> valid().maxConnections(0).settings())
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(ClientSetting.MAX_CONNECTIONS));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "emea_1", "-emea", "emea-", "a b", "é" })
    void badTenantNamesAreRefused(String tenant) {
        assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> valid().tenant(tenant).settings())
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(ClientSetting.TENANT))
            .withMessageContaining("letters, digits and dashes");
    }

    @Test
    void settingsAndClientsNeverShowTheKey() {
        AtlanClientSettings settings = valid().settings();
        assertThat(settings.toString()).doesNotContain("k3y-value-123").contains("apiKey=******");
        assertThat(Secret.of("k3y-value-123")).hasToString("******");
        try (AtlanClient client = valid().build()) {
            assertThat(client.toString()).isEqualTo("AtlanClient[tenant=default, baseUrl=https://acme.atlan.com]");
            assertThat(client.reactive().toString()).doesNotContain("k3y-value-123");
        }
    }

}
