package dev.atlanspring.client.proxy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NonProxyHostsTests {

    @ParameterizedTest(name = "{0} matches {1}:{2}: {3}")
    @CsvSource({ "'*', acme.atlan.com, 443, true", "acme.atlan.com, acme.atlan.com, 443, true",
            "ACME.atlan.com, acme.ATLAN.com., 443, true", "atlan.com, acme.atlan.com, 443, true",
            "atlan.com, atlan.com, 443, true", "atlan.com, notatlan.com, 443, false",
            ".atlan.com, acme.atlan.com, 443, true", ".atlan.com, atlan.com, 443, true",
            "*.atlan.com, acme.atlan.com, 443, true", "acme.atlan.com:8443, acme.atlan.com, 8443, true",
            "acme.atlan.com:8443, acme.atlan.com, 443, false", "127.0.0.1, 127.0.0.1, 80, true",
            "127.0.0.1, 127.0.0.2, 80, false", "10.0.0.0/8, 10.20.30.40, 80, true",
            "10.0.0.0/8, 11.0.0.1, 80, false", "10.0.0.0/8, ten.example.com, 80, false", "::1, ::1, 80, true",
            "'[::1]:8080', '[::1]', 8080, true", "'[::1]:8080', ::1, 80, false", "0:0:0:0:0:0:0:1, '[::1]', 80, true",
            "fd00::/8, fd12::5, 80, true", "localhost, 127.0.0.1, 80, false" })
    void entriesMatchAsInCurlsNoProxy(String entry, String host, int port, boolean matches) {
        assertThat(NonProxyHosts.parse(entry).matches(host, port)).isEqualTo(matches);
    }

    @Test
    void aListIsSplitAtCommasAndSpacesAndBlanksAreDropped() {
        NonProxyHosts hosts = NonProxyHosts.of(List.of("localhost, .corp.example.com", " ", "10.0.0.0/8"));
        assertThat(hosts.entries()).containsExactly("localhost", ".corp.example.com", "10.0.0.0/8");
        assertThat(NonProxyHosts.parse(null)).isEqualTo(NonProxyHosts.NONE);
        assertThat(NonProxyHosts.NONE.matches("acme.atlan.com", 443)).isFalse();
    }

}
