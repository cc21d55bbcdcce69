package dev.atlanspring.client;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A base URL that cannot be used is reported without the parts that may be secret (user info, query, fragment),
 * however badly it is written; and plain http passes only for hosts that are loopback for certain.
 */
class BaseUrlValidationTests {

    private static AtlanClientBuilder valid() {
        return AtlanClient.builder().baseUrl("https://acme.atlan.com").apiKey("test-key").useProxyEnvironment(false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "https://jdoe:S3cr@tPw@acme.atlan.com | S3cr,tPw | 'https://...@acme.atlan.com' holds credentials",
            "https://jdoe:S3cr tPw@acme.atlan.com | S3cr,tPw | 'https://...@acme.atlan.com' holds credentials",
            "https://jdoe:p%40ss@acme.atlan.com/atlan | jdoe,p%40ss | 'https://...@acme.atlan.com/atlan' holds credentials",
            "https://acme.atlan.com/?api_key=k3y-in-the-query | k3y-in-the-query,api_key | 'https://acme.atlan.com/' has a query",
            "https://acme.atlan.com#token=fr4gment-t0ken | fr4gment-t0ken,token | 'https://acme.atlan.com' has a query or fragment",
            "https ://acme.atlan.com?api_key=sp4ce-key | sp4ce-key,api_key | 'https ://acme.atlan.com' has a query",
            "http://jdoe:S3cr@tPw@127.attacker.example | S3cr,tPw,jdoe | holds credentials" })
    void aBadUrlIsDescribedWithoutItsSecretParts(String url, String secrets, String said) {
        assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> valid().baseUrl(url).settings())
            .satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(ClientSetting.BASE_URL))
            .satisfies((ex) -> assertThat(ex.getMessage()).contains(said))
            .satisfies((ex) -> {
                for (String secret : secrets.split(",")) {
                    assertThat(ex.getMessage()).doesNotContain(secret);
                }
            });
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://127.attacker.example", "http://127.0.0.1.attacker.example", 
            "http://localhost.attacker.example", "http://app.localhost", "http://[::2]", "http://1.2.3.127" })
    void plainHttpToAHostThatOnlyLooksLoopbackIsRefused(String url) {
        assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> valid().baseUrl(url).settings())
            .satisfies((ex) -> assertThat(ex.getProblem()).contains("is not loopback"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1:8080", "http://127.255.0.9", "http://LOCALHOST:1", "http://[::1]:99",
            "http://[0:0:0:0:0:0:0:1]" })
    void plainHttpToALoopbackLiteralIsAllowed(String url) {
        assertThat(valid().baseUrl(url).settings().baseUrl().getScheme()).isEqualTo("http");
    }

}
